// How many statements the filters keep (see statements-page.cypher).
MATCH (s:Statement)
// CASE, not OR: the embedded engine evaluates both sides of an OR, so every statement would run
// each subquery even when its filter is not given.
WHERE CASE WHEN $speaker IS NULL THEN true ELSE EXISTS { MATCH (:Entity {id: $speaker})-[:SAID]->(s) } END
  AND CASE WHEN $about IS NULL THEN true ELSE EXISTS { MATCH (s)-[:ABOUT]->(:Entity {id: $about}) } END
  AND CASE WHEN $document IS NULL THEN true ELSE EXISTS { MATCH (s)-[:REPORTED_IN]->(:Entity {id: $document}) } END
RETURN count(s) AS count
