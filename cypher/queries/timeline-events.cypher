// Events in date order (undated ones last), within a date range and of some event types,
// reading only the days the answer needs (events of one participant:
// timeline-events-of.cypher). Each event is in the bucket of its day, Event.timelineDay
// (an index on both engines, entered by equality); the months (derived/030_timeline.cypher)
// list their days in order with how many events each holds, and how many of each type the
// month holds. An event that spans a period is in the bucket 'span', read every time; an
// undated one in 'undated', after the months, read only without a range.
//
// Months are taken in order up to the first whose predecessors in the range hold $limit
// events of the types asked for (the first is not counted when `from` falls after its
// first day; the last of the range is reached only when all of it is read). Without a type
// filter, the days of those months are taken the same way, else all of them: the events
// read hold the first $limit. The rows are ordered and cut before they are projected.
MATCH (m:TimelineMonth)
WHERE CASE
        WHEN $from IS NULL AND $to IS NULL THEN true
        ELSE m.key <> 'undated'
             AND ($from IS NULL OR m.key >= left($from, 7))
             AND ($to IS NULL OR m.key <= left($to, 7))
      END
WITH m
ORDER BY m.key
WITH collect({
       month: m,
       events: CASE
                 WHEN size($eventTypes) = 0 THEN m.events
                 ELSE reduce(total = 0, i IN range(0, size(m.types) - 1) |
                        total + CASE WHEN m.types[i] IN $eventTypes THEN m.typeEvents[i] ELSE 0 END)
               END
     }) AS months
WITH reduce(read = {months: [], events: 0}, month IN months |
       CASE
         WHEN read.events >= $limit THEN read
         ELSE {months: read.months + [month.month],
               events: read.events + CASE
                                       WHEN size(read.months) = 0 AND $from IS NOT NULL AND right($from, 2) <> '01' THEN 0
                                       ELSE month.events
                                     END}
       END) AS read
UNWIND read.months AS m
UNWIND range(0, size(m.days) - 1) AS i
WITH m.days[i] AS day, m.dayEvents[i] AS events
WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
WITH day, events
ORDER BY day
WITH collect({day: day, events: CASE WHEN size($eventTypes) = 0 THEN events ELSE 0 END}) AS days
WITH reduce(read = {days: [], events: 0}, day IN days |
       CASE WHEN read.events >= $limit THEN read ELSE {days: read.days + [day.day], events: read.events + day.events} END) AS read
UNWIND read.days + ['span'] AS key
MATCH (e:Event {timelineDay: key})
WHERE ($from IS NULL OR coalesce(e.endDate, e.date) >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND (size($eventTypes) = 0 OR e.eventType IN $eventTypes)
WITH e
ORDER BY e.date, e.id
LIMIT $limit
RETURN e {.*, searchText: null, timelineDay: null, kind: 'Event'} AS node
