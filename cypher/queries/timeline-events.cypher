// Events in date order (undated ones last), within a date range and of some event
// types. (Events of one participant: timeline-events-of.cypher.) Rows are ordered and cut
// before they are projected: projecting every match first made this 5–10 × slower.
MATCH (e:Event)
WHERE ($from IS NULL OR coalesce(e.endDate, e.date) >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND (size($eventTypes) = 0 OR e.eventType IN $eventTypes)
WITH e
ORDER BY e.date, e.id
LIMIT $limit
RETURN e {.*, kind: 'Event'} AS node
