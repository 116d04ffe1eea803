// The timeline's months (read by queries/timeline-events.cypher): one TimelineMonth per
// month that events start in (and one 'undated'), with how many events it holds, in all
// and of each type, and its days (Event.timelineDay) with how many events each holds.
// Built again from the events each time; the months carry no Entity label, so no other
// query sees them. Spanning events (bucket 'span') are read by every timeline, not counted.
MATCH (m:TimelineMonth)
DETACH DELETE m;

MATCH (e:Event)
WHERE e.timelineDay IS NOT NULL AND e.timelineDay <> 'span'
WITH left(e.timelineDay, 7) AS key, coalesce(e.eventType, '') AS type, count(*) AS events
ORDER BY key, type
WITH key, collect(type) AS types, collect(events) AS typeEvents
CREATE (:TimelineMonth {key: key, events: reduce(total = 0, n IN typeEvents | total + n), types: types, typeEvents: typeEvents});

MATCH (e:Event)
WHERE e.timelineDay IS NOT NULL AND e.timelineDay <> 'span'
WITH left(e.timelineDay, 7) AS key, e.timelineDay AS day, count(*) AS events
ORDER BY key, day
WITH key, collect(day) AS days, collect(events) AS dayEvents
MATCH (m:TimelineMonth {key: key})
SET m.days = days, m.dayEvents = dayEvents;
