// Quotes and reported claims, optionally by speaker, subject and reporting document.
MATCH (s:Statement)
WHERE ($speaker IS NULL OR EXISTS { MATCH (:Entity {id: $speaker})-[:SAID]->(s) })
  AND ($about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(:Entity {id: $about}) })
  AND ($document IS NULL OR EXISTS { MATCH (s)-[:REPORTED_IN]->(:Entity {id: $document}) })
WITH s
ORDER BY s.date, s.id
LIMIT $limit
RETURN s {.*, searchText: null, timelineDay: null, kind: 'Statement'} AS node
