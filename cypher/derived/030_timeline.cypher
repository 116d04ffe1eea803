// The timeline's buckets (read by queries/timeline-events.cypher): one TimelineMonth per
// bucket of Event.timelineMonth, with how many events it holds, in all and of each type.
// Built again from the events each time; the buckets carry no Entity label, so no other
// query sees them.
MATCH (m:TimelineMonth)
DETACH DELETE m;

MATCH (e:Event)
WHERE e.timelineMonth IS NOT NULL
WITH e.timelineMonth AS key, coalesce(e.eventType, '') AS type, count(*) AS events
ORDER BY key, type
WITH key, collect(type) AS types, collect(events) AS typeEvents
CREATE (:TimelineMonth {key: key, events: reduce(total = 0, n IN typeEvents | total + n), types: types, typeEvents: typeEvents});
