// The relationships among a set of nodes (the induced subgraph), optionally by type.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids
  AND (size($types) = 0 OR type(r) IN $types)
RETURN r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} AS edge
LIMIT $limit
