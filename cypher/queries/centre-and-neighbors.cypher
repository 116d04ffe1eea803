// The first breadth-first level of a neighbourhood together with its centre, so that
// no lookup precedes it: the centre's row (none for an unknown id), then the distinct
// nodes next to it in id order, filtered and capped here as neighbors.cypher does for
// later levels (a cut keeps the smallest ids, the same on every engine).
MATCH (c:Entity {id: $id})
RETURN true AS centre,
       c {.*, searchText: null, timelineDay: null, kind: [label IN labels(c) WHERE label <> 'Entity'][0]} AS node
UNION ALL
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND ($direction = 'BOTH'
       OR ($direction = 'OUT' AND startNode(r).id = $id)
       OR ($direction = 'IN' AND endNode(r).id = $id))
  AND (size($kinds) = 0 OR any(label IN labels(m) WHERE label IN $kinds))
  AND m.id <> $id
WITH DISTINCT m
ORDER BY m.id
LIMIT $limit
RETURN false AS centre,
       m {.*, searchText: null, timelineDay: null, kind: [label IN labels(m) WHERE label <> 'Entity'][0]} AS node
