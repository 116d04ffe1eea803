// Events in date order (undated ones last), optionally those linked to one
// participant, within a date range and of some event types.
MATCH (e:Event)
WHERE ($participant IS NULL OR EXISTS { MATCH (e)--(:Entity {id: $participant}) })
  AND ($from IS NULL OR coalesce(e.endDate, e.date) >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND (size($eventTypes) = 0 OR e.eventType IN $eventTypes)
RETURN e {.*, kind: 'Event'} AS node
ORDER BY e.date, e.id
LIMIT $limit
