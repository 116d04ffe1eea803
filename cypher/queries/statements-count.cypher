// How many statements the filters keep (see statements-page.cypher).
MATCH (s:Statement)
WHERE ($speaker IS NULL OR EXISTS { MATCH (:Entity {id: $speaker})-[:SAID]->(s) })
  AND ($about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(:Entity {id: $about}) })
  AND ($document IS NULL OR EXISTS { MATCH (s)-[:REPORTED_IN]->(:Entity {id: $document}) })
RETURN count(s) AS count
