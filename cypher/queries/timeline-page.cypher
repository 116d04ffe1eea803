// A page of events in date order (undated last either way), within a date range and of some
// event types, reading only the days the page needs (events of one participant:
// timeline-page-of.cypher). Each event is in the bucket of the day it starts on,
// Event.timelineDay (an index on both engines, entered by equality); the months
// (derived/030_timeline.cypher) list their days in order with how many events each holds,
// and how many of each type the month holds. An event that spans a period is in the bucket
// 'span', read by every page; an undated one in 'undated', after the months (before them
// when the scan runs from the end), read only without a range.
//
// Keyset paging (src/graph/keyset.ts): rows strictly after $start and before $stop in scan
// order ($ascending, rows without a primary value last when $missingLast), cut at $limit.
// Months are taken in scan order from the one that holds $start, up to the first whose
// predecessors hold $limit events of the types asked for (the first is not counted when it
// is only partly in the page: it holds $start, or `from` or `to` cuts it); without a type
// filter their days are taken the same way (the day of $start not counted), else all of
// them: the events read hold the page. The rows are ordered and cut before they are projected.
MATCH (m:TimelineMonth)
WHERE CASE
        WHEN m.key = 'undated' THEN $from IS NULL AND $to IS NULL
             AND CASE WHEN $start IS NULL OR $start.missing THEN true ELSE $missingLast END
        ELSE ($from IS NULL OR m.key >= left($from, 7))
             AND ($to IS NULL OR m.key <= left($to, 7))
             AND CASE
                   WHEN $start IS NULL THEN true
                   WHEN $start.missing THEN NOT $missingLast
                   WHEN $ascending THEN m.key >= left($start.primary, 7)
                   ELSE m.key <= left($start.primary, 7)
                 END
      END
WITH m
ORDER BY CASE WHEN (m.key = 'undated') = $missingLast THEN 1 ELSE 0 END,
         CASE WHEN $ascending THEN m.key END,
         CASE WHEN $ascending THEN null ELSE m.key END DESC
WITH collect({
       month: m,
       events: CASE
                 WHEN size($eventTypes) = 0 THEN m.events
                 ELSE reduce(total = 0, i IN range(0, size(m.types) - 1) |
                        total + CASE WHEN m.types[i] IN $eventTypes THEN m.typeEvents[i] ELSE 0 END)
               END
     }) AS months
WITH months,
     CASE
       WHEN $start IS NOT NULL THEN true
       WHEN $ascending THEN $from IS NOT NULL AND right($from, 2) <> '01'
       ELSE $to IS NOT NULL
     END AS firstPartial
WITH reduce(read = {months: [], events: 0}, month IN months |
       CASE
         WHEN read.events >= $limit THEN read
         ELSE {months: read.months + [month.month],
               events: read.events + CASE WHEN size(read.months) = 0 AND firstPartial THEN 0 ELSE month.events END}
       END) AS read
UNWIND read.months AS m
UNWIND range(0, size(m.days) - 1) AS i
WITH m.days[i] AS day, m.dayEvents[i] AS events
WHERE CASE
        WHEN day = 'undated' THEN true
        ELSE ($from IS NULL OR day >= $from)
             AND ($to IS NULL OR day <= $to)
             AND CASE
                   WHEN $start IS NULL OR $start.missing THEN true
                   WHEN $ascending THEN day >= $start.primary
                   ELSE day <= $start.primary
                 END
      END
WITH day, events
ORDER BY CASE WHEN (day = 'undated') = $missingLast THEN 1 ELSE 0 END,
         CASE WHEN $ascending THEN day END,
         CASE WHEN $ascending THEN null ELSE day END DESC
WITH collect({
       day: day,
       events: CASE
                 WHEN size($eventTypes) > 0 THEN 0
                 WHEN $start IS NULL THEN events
                 WHEN day = CASE WHEN $start.missing THEN 'undated' ELSE $start.primary END THEN 0
                 ELSE events
               END
     }) AS days
WITH reduce(read = {days: [], events: 0}, day IN days |
       CASE WHEN read.events >= $limit THEN read ELSE {days: read.days + [day.day], events: read.events + day.events} END) AS read
UNWIND read.days + ['span'] AS key
MATCH (e:Event {timelineDay: key})
WHERE ($from IS NULL OR coalesce(e.endDate, e.date) >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND (size($eventTypes) = 0 OR e.eventType IN $eventTypes)
WITH e, e.date AS primary, e.id AS tie, date($start.primary) AS startPrimary, date($stop.primary) AS stopPrimary
WHERE ($start IS NULL OR CASE
        WHEN (primary IS NULL) <> $start.missing THEN (primary IS NULL) = $missingLast
        WHEN primary IS NULL OR primary = startPrimary THEN CASE WHEN $ascending THEN tie > $start.tie ELSE tie < $start.tie END
        WHEN $ascending THEN primary > startPrimary
        ELSE primary < startPrimary
      END)
  AND ($stop IS NULL OR CASE
        WHEN (primary IS NULL) <> $stop.missing THEN (primary IS NULL) <> $missingLast
        WHEN primary IS NULL OR primary = stopPrimary THEN CASE WHEN $ascending THEN tie < $stop.tie ELSE tie > $stop.tie END
        WHEN $ascending THEN primary < stopPrimary
        ELSE primary > stopPrimary
      END)
WITH e, primary, tie
ORDER BY CASE WHEN (primary IS NULL) = $missingLast THEN 1 ELSE 0 END,
         CASE WHEN $ascending THEN primary END,
         CASE WHEN $ascending THEN null ELSE primary END DESC,
         CASE WHEN $ascending THEN tie END,
         CASE WHEN $ascending THEN null ELSE tie END DESC
LIMIT $limit
RETURN e {.*, searchText: null, timelineDay: null, kind: 'Event'} AS node
