// The relationships among a set of nodes (the induced subgraph), optionally by type,
// cut to $limit before they are projected.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids
  AND (size($types) = 0 OR type(r) IN $types)
WITH r
LIMIT $limit
RETURN r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} AS edge
