// Keyset paging (src/graph/keyset.ts): rows strictly after $start and before $stop in scan
// order ($ascending, rows without a primary value last when $missingLast), cut at $limit,
// ordered and cut before they are projected.
// A page of the events linked to one participant, in date order (undated last). Starts from
// the participant, so its cost follows the participant's degree, not the number of events.
WITH date($start.primary) AS startPrimary, date($stop.primary) AS stopPrimary
MATCH (:Entity {id: $participant})--(e:Event)
WITH DISTINCT e, startPrimary, stopPrimary
WHERE ($from IS NULL OR coalesce(e.endDate, e.date) >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND (size($eventTypes) = 0 OR e.eventType IN $eventTypes)
WITH e, e.date AS primary, e.id AS tie, startPrimary, stopPrimary
WHERE ($start IS NULL OR CASE
        WHEN (primary IS NULL) <> $start.missing THEN (primary IS NULL) = $missingLast
        WHEN primary IS NULL OR primary = startPrimary THEN CASE WHEN $ascending THEN tie > $start.tie ELSE tie < $start.tie END
        WHEN $ascending THEN primary > startPrimary
        ELSE primary < startPrimary
      END)
  AND ($stop IS NULL OR CASE
        WHEN (primary IS NULL) <> $stop.missing THEN (primary IS NULL) <> $missingLast
        WHEN primary IS NULL OR primary = stopPrimary THEN CASE WHEN $ascending THEN tie < $stop.tie ELSE tie > $stop.tie END
        WHEN $ascending THEN primary < stopPrimary
        ELSE primary > stopPrimary
      END)
WITH e, primary, tie
ORDER BY CASE WHEN (primary IS NULL) = $missingLast THEN 1 ELSE 0 END,
         CASE WHEN $ascending THEN primary END,
         CASE WHEN $ascending THEN null ELSE primary END DESC,
         CASE WHEN $ascending THEN tie END,
         CASE WHEN $ascending THEN null ELSE tie END DESC
LIMIT $limit
RETURN e {.*, kind: 'Event'} AS node
