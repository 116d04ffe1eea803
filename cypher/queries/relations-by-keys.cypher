// Relationships of one type at each node, both directions, with the node at the
// other end, for the per-request relation loader: one round trip for all keys. Each key's
// relationships in date order (undated last), then by the ids of their start and end.
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})-[r]-(m:Entity)
WHERE type(r) = key.type
WITH key, r, m
ORDER BY key.id, key.type, r.date, startNode(r).id, endNode(r).id
RETURN key.id AS id,
       r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} AS edge,
       m {.*, kind: [label IN labels(m) WHERE label <> 'Entity'][0]} AS node
