// The relationships among a set of nodes (the induced subgraph), optionally by type,
// cut to $limit before they are projected. As of `$asOf` (null: now), only relationships dated
// on or before that day, and undated ones when `$undated` (the nodes are chosen by the caller).
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids
  AND (size($types) = 0 OR type(r) IN $types)
  AND CASE WHEN $asOf IS NULL THEN true WHEN r.date IS NULL THEN $undated ELSE r.date <= date($asOf) END
WITH r
LIMIT $limit
RETURN r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} AS edge
