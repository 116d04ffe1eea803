// Events in date order (undated ones last), within a date range and of some event
// types. (Events of one participant: timeline-events-of.cypher.)
MATCH (e:Event)
WHERE ($from IS NULL OR coalesce(e.endDate, e.date) >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND (size($eventTypes) = 0 OR e.eventType IN $eventTypes)
RETURN e {.*, kind: 'Event'} AS node
ORDER BY e.date, e.id
LIMIT $limit
