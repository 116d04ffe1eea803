// Which relationships a set of documents states, for Query.coverage: per slice, the
// relationships whose `sources` cite every document of `slice.all` and none of `slice.none`,
// how many in all and the first `slice.limit` by source id, type and target id.
UNWIND $slices AS slice
MATCH (a:Entity)-[r]->(b:Entity)
WHERE all(document IN slice.all WHERE document IN coalesce(r.sources, []))
  AND none(document IN slice.none WHERE document IN coalesce(r.sources, []))
WITH slice, r, a.id AS source, type(r) AS type, b.id AS target
ORDER BY source, type, target
WITH slice, collect(r) AS found
WITH slice, size(found) AS total, found[0..slice.limit] AS page
RETURN slice.key AS key,
       total,
       [x IN page | x {.*, type: type(x), source: startNode(x).id, target: endNode(x).id}] AS edges
