// The timeline reads events bucket by bucket (queries/timeline-events.cypher): by
// equality on Event.timelineDay, the only lookup the embedded engine runs through an
// index (it uses none for ranges). Plain index, on both engines.
CREATE INDEX event_timeline_day IF NOT EXISTS FOR (e:Event) ON (e.timelineDay);
