// Relationships of one type at each node, both directions, with the node at the
// other end, for the per-request relation loader: one round trip for all keys.
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})-[r]-(m:Entity)
WHERE type(r) = key.type
RETURN key.id AS id,
       r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} AS edge,
       m {.*, searchText: null, timelineDay: null, kind: [label IN labels(m) WHERE label <> 'Entity'][0]} AS node
