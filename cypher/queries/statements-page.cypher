// Keyset paging (src/graph/keyset.ts): rows strictly after $start and before $stop in scan
// order ($ascending, rows without a primary value last when $missingLast), cut at $limit,
// ordered and cut before they are projected.
// A page of quotes and reported claims in date order (undated last), optionally by speaker,
// subject and reporting document.
WITH date($start.primary) AS startPrimary, date($stop.primary) AS stopPrimary
MATCH (s:Statement)
// CASE, not OR: the embedded engine evaluates both sides of an OR, so every statement would run
// each subquery even when its filter is not given.
WHERE CASE WHEN $speaker IS NULL THEN true ELSE EXISTS { MATCH (:Entity {id: $speaker})-[:SAID]->(s) } END
  AND CASE WHEN $about IS NULL THEN true ELSE EXISTS { MATCH (s)-[:ABOUT]->(:Entity {id: $about}) } END
  AND CASE WHEN $document IS NULL THEN true ELSE EXISTS { MATCH (s)-[:REPORTED_IN]->(:Entity {id: $document}) } END
WITH s, s.date AS primary, s.id AS tie, startPrimary, stopPrimary
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
WITH s, primary, tie
ORDER BY CASE WHEN (primary IS NULL) = $missingLast THEN 1 ELSE 0 END,
         CASE WHEN $ascending THEN primary END,
         CASE WHEN $ascending THEN null ELSE primary END DESC,
         CASE WHEN $ascending THEN tie END,
         CASE WHEN $ascending THEN null ELSE tie END DESC
LIMIT $limit
RETURN s {.*, kind: 'Statement'} AS node
