// Events in date order (undated ones last), within a date range and of some event types,
// reading only the buckets the answer needs (events of one participant:
// timeline-events-of.cypher). The buckets (derived/030_timeline.cypher) are the months,
// in order, each with how many events start in it, of each type; an event that spans a
// period is in the bucket 'span', read every time; an undated one in 'undated', after
// the months, read only without a range. The months are read up to the first whose
// predecessors in the range hold $limit events of the types asked for (the first month
// is not counted when `from` falls after its first day; the last is reached only when
// all the range is read), so the events read hold the first $limit. Each bucket is
// entered by equality on Event.timelineMonth (an index on both engines); the rows are
// ordered and cut before they are projected.
MATCH (m:TimelineMonth)
WHERE m.key <> 'span'
  AND CASE
        WHEN $from IS NULL AND $to IS NULL THEN true
        ELSE m.key <> 'undated'
             AND ($from IS NULL OR m.key >= left($from, 7))
             AND ($to IS NULL OR m.key <= left($to, 7))
      END
WITH m
ORDER BY m.key
WITH collect({
       key: m.key,
       events: CASE
                 WHEN size($eventTypes) = 0 THEN m.events
                 ELSE reduce(total = 0, i IN range(0, size(m.types) - 1) |
                        total + CASE WHEN m.types[i] IN $eventTypes THEN m.typeEvents[i] ELSE 0 END)
               END
     }) AS months
WITH reduce(read = {keys: [], events: 0}, month IN months |
       CASE
         WHEN read.events >= $limit THEN read
         ELSE {keys: read.keys + [month.key],
               events: read.events + CASE
                                       WHEN size(read.keys) = 0 AND $from IS NOT NULL AND right($from, 2) <> '01' THEN 0
                                       ELSE month.events
                                     END}
       END) AS read
UNWIND read.keys + ['span'] AS key
MATCH (e:Event {timelineMonth: key})
WHERE ($from IS NULL OR coalesce(e.endDate, e.date) >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND (size($eventTypes) = 0 OR e.eventType IN $eventTypes)
WITH e
ORDER BY e.date, e.id
LIMIT $limit
RETURN e {.*, searchText: null, timelineMonth: null, kind: 'Event'} AS node
