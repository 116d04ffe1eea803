// One breadth-first level of a neighbourhood: the distinct new nodes next to the
// frontier in id order, filtered and capped here so that a hub never floods the service
// (a cut keeps the smallest ids, the same on every engine). With `$slim`, a node is the list
// `[id, kind, name]`; each row also gives the node's `id` (see centre-and-neighbors.cypher).
// As of `$asOf` (null: now), only what is dated on or before that day is seen: relationships
// by their `date`, events and statements by theirs; undated ones when `$undated`. CASE, not OR:
// the embedded engine evaluates both sides of an OR on every row.
UNWIND $frontier AS fid
MATCH (n:Entity {id: fid})-[r]-(m:Entity)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND ($direction = 'BOTH'
       OR ($direction = 'OUT' AND startNode(r).id = fid)
       OR ($direction = 'IN' AND endNode(r).id = fid))
  AND (size($kinds) = 0 OR any(label IN labels(m) WHERE label IN $kinds))
  AND NOT m.id IN $visited
  AND CASE WHEN $asOf IS NULL THEN true WHEN r.date IS NULL THEN $undated ELSE r.date <= date($asOf) END
  AND CASE WHEN $asOf IS NULL THEN true WHEN m.date IS NULL THEN $undated OR NOT (m:Event OR m:Statement) ELSE m.date <= date($asOf) END
WITH DISTINCT m
ORDER BY m.id
LIMIT $limit
RETURN CASE WHEN $slim THEN [m.id, [label IN labels(m) WHERE label <> 'Entity'][0], m.name]
            ELSE m {.*, searchText: null, timelineDay: null, kind: [label IN labels(m) WHERE label <> 'Entity'][0]} END AS node,
       m.id AS id
