// One breadth-first level of a neighbourhood: the distinct new nodes next to the
// frontier in id order, filtered and capped here so that a hub never floods the service
// (a cut keeps the smallest ids, the same on every engine).
UNWIND $frontier AS fid
MATCH (n:Entity {id: fid})-[r]-(m:Entity)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND ($direction = 'BOTH'
       OR ($direction = 'OUT' AND startNode(r).id = fid)
       OR ($direction = 'IN' AND endNode(r).id = fid))
  AND (size($kinds) = 0 OR any(label IN labels(m) WHERE label IN $kinds))
  AND NOT m.id IN $visited
WITH DISTINCT m
ORDER BY m.id
LIMIT $limit
RETURN m {.*, searchText: null, timelineDay: null, kind: [label IN labels(m) WHERE label <> 'Entity'][0]} AS node
