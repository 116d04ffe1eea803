// One level of the bidirectional path search: every relationship from the frontier
// to a node not yet seen, with that node (so no lookup follows), capped per level.
UNWIND $frontier AS fid
MATCH (n:Entity {id: fid})-[r]-(m:Entity)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND NOT m.id IN $visited
RETURN fid AS from,
       m.id AS to,
       r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} AS edge,
       m {.*, kind: [label IN labels(m) WHERE label <> 'Entity'][0]} AS node
LIMIT $limit
