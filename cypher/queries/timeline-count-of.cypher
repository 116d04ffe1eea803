// How many events of one participant the timeline's filters keep (see timeline-page-of.cypher).
MATCH (:Entity {id: $participant})--(e:Event)
WITH DISTINCT e
WHERE ($from IS NULL OR coalesce(e.endDate, e.date) >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND (size($eventTypes) = 0 OR e.eventType IN $eventTypes)
RETURN count(e) AS count
