// Events linked to one participant, in date order (undated ones last), within a date
// range and of some event types. Starts from the participant, so its cost follows the
// participant's degree rather than the number of events in the graph.
MATCH (:Entity {id: $participant})--(e:Event)
WITH DISTINCT e
WHERE ($from IS NULL OR coalesce(e.endDate, e.date) >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND (size($eventTypes) = 0 OR e.eventType IN $eventTypes)
WITH e
ORDER BY e.date, e.id
LIMIT $limit
RETURN e {.*, searchText: null, timelineDay: null, kind: 'Event'} AS node
