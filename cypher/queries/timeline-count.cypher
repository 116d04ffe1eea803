// How many events the timeline's filters keep (its totalCount; see timeline-page.cypher).
MATCH (e:Event)
WHERE ($from IS NULL OR coalesce(e.endDate, e.date) >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND (size($eventTypes) = 0 OR e.eventType IN $eventTypes)
RETURN count(e) AS count
