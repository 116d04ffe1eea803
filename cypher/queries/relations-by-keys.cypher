// The relationships one relation field reads at each node — of the key's types, in the
// key's direction (OUT, IN or BOTH), with the node at the other end — for the per-request
// relation loader: one round trip for all keys. Each key keeps its first $limit
// relationships by date (undated last), then source id, type and target id; the cut
// is made before the rows are projected. As of `key.asOf` (null: now), only relationships and
// nodes dated on or before that day are read, undated ones when `key.undated`.
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})-[r]-(m:Entity)
WHERE type(r) IN key.types
  AND (key.side = 'BOTH'
       OR (key.side = 'OUT' AND startNode(r) = n)
       OR (key.side = 'IN' AND endNode(r) = n))
  AND CASE WHEN key.asOf IS NULL THEN true WHEN r.date IS NULL THEN key.undated ELSE r.date <= date(key.asOf) END
  AND CASE WHEN key.asOf IS NULL THEN true WHEN m.date IS NULL THEN key.undated OR NOT (m:Event OR m:Statement) ELSE m.date <= date(key.asOf) END
WITH key, r, m, startNode(r).id AS source, endNode(r).id AS target
ORDER BY r.date IS NULL, r.date, source, type(r), target
WITH key, collect({r: r, m: m}) AS found
WITH key, found[0..$limit] AS kept
UNWIND kept AS pick
WITH key, pick.r AS r, pick.m AS m
RETURN key.key AS key,
       r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} AS edge,
       m {.*, searchText: null, timelineDay: null, kind: [label IN labels(m) WHERE label <> 'Entity'][0]} AS node
