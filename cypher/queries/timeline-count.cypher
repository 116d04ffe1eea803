// How many events the timeline's filters keep (its totalCount; see timeline-page.cypher),
// from the months' counts: without a type filter the days in the range, with one the whole
// months' counts of those types; events themselves are read only where the counts cannot
// tell, the days of the range's first and last months under a type filter, and the
// spanning events (bucket 'span'), which no month counts.
MATCH (m:TimelineMonth)
WHERE CASE
        WHEN m.key = 'undated' THEN $from IS NULL AND $to IS NULL
        ELSE ($from IS NULL OR m.key >= left($from, 7)) AND ($to IS NULL OR m.key <= left($to, 7))
      END
WITH m,
     [i IN range(0, size(m.days) - 1)
      WHERE m.days[i] = 'undated' OR (($from IS NULL OR m.days[i] >= $from) AND ($to IS NULL OR m.days[i] <= $to))] AS days,
     CASE WHEN $from IS NOT NULL AND m.key = left($from, 7) THEN true ELSE $to IS NOT NULL AND m.key = left($to, 7) END AS partial
WITH collect(CASE
               WHEN size($eventTypes) = 0 THEN {events: reduce(total = 0, i IN days | total + m.dayEvents[i]), read: []}
               WHEN NOT partial THEN {events: reduce(total = 0, i IN range(0, size(m.types) - 1) |
                                              total + CASE WHEN m.types[i] IN $eventTypes THEN m.typeEvents[i] ELSE 0 END),
                                      read: []}
               ELSE {events: 0, read: [i IN days | m.days[i]]}
             END) AS months
WITH reduce(total = 0, month IN months | total + month.events) AS counted,
     reduce(keys = ['span'], month IN months | keys + month.read) AS keys
CALL (keys) {
  UNWIND keys AS key
  MATCH (e:Event {timelineDay: key})
  WHERE ($from IS NULL OR coalesce(e.endDate, e.date) >= date($from))
    AND ($to IS NULL OR e.date <= date($to))
    AND (size($eventTypes) = 0 OR e.eventType IN $eventTypes)
  RETURN count(e) AS read
}
RETURN counted + read AS count
