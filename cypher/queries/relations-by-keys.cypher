// The relationships one relation field reads at each node — of the key's types, in the
// key's direction (OUT, IN or BOTH), with the node at the other end — for the per-request
// relation loader: one round trip for all keys. Each key keeps its first $limit
// relationships by date (undated last), then source id, type and target id; the cut
// is made before the rows are projected. As of `key.asOf` (null: now), only relationships and
// nodes dated on or before that day are read, undated ones when `key.undated`.
//
// The second part reads one level further in the same round trip: `key.next` lists the
// relation fields the request selects at the key's far nodes (types, direction, and the kinds
// of node that have them, null for any), read as of now and cut as above. Its rows carry the
// far node (`at`) and the field's place in `key.next` (`sub`); the first part's carry nulls.
// A key or read marked `slim` returns slim rows, for a selection that asks for no more
// (src/schema/lookahead.ts): the relationship's type and ends, the far node's id, kind and name, as
// lists rather than maps (a map's keys are decoded again in every row: 110 slim rows read
// ~0.35 ms faster through neo4j-driver as lists).
// With `key.self`, the key's own node comes first, as the entity loader reads it
// (entities-by-ids.cypher), in a row with `sub` -1 and no edge: a lookup that selects relation
// fields reads its node, them, and the level beyond them in one round trip.
//
// The last parts read the documents the request lists beside them, for the entity loader, in
// rows with `sub` -2, no key and no edge: those the key's kept relationships cite when
// `key.citesEdges`, those their far nodes cite when `key.citesFar`, and with `key.self`, those
// the node itself cites when `key.citesSelf`.
UNWIND $keys AS key
WITH key WHERE key.self = true
MATCH (n:Entity {id: key.id})
RETURN key.key AS key, n.id AS at, -1 AS sub, null AS edge,
       n {.*, searchText: null, timelineDay: null, kind: [label IN labels(n) WHERE label <> 'Entity'][0]} AS node
UNION ALL
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
RETURN key.key AS key, null AS at, null AS sub,
       CASE WHEN key.slim = true THEN [type(r), startNode(r).id, endNode(r).id]
            ELSE r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} END AS edge,
       CASE WHEN key.slim = true THEN [m.id, [label IN labels(m) WHERE label <> 'Entity'][0], m.name]
            ELSE m {.*, searchText: null, timelineDay: null, kind: [label IN labels(m) WHERE label <> 'Entity'][0]} END AS node
UNION ALL
UNWIND $keys AS key
WITH key WHERE size(key.next) > 0
MATCH (n:Entity {id: key.id})-[r]-(m:Entity)
WHERE type(r) IN key.types
  AND (key.side = 'BOTH'
       OR (key.side = 'OUT' AND startNode(r) = n)
       OR (key.side = 'IN' AND endNode(r) = n))
  AND CASE WHEN key.asOf IS NULL THEN true WHEN r.date IS NULL THEN key.undated ELSE r.date <= date(key.asOf) END
  AND CASE WHEN key.asOf IS NULL THEN true WHEN m.date IS NULL THEN key.undated OR NOT (m:Event OR m:Statement) ELSE m.date <= date(key.asOf) END
WITH key, r, m, startNode(r).id AS source, endNode(r).id AS target
ORDER BY r.date IS NULL, r.date, source, type(r), target
WITH key, collect(m) AS found
UNWIND found[0..$limit] AS at
WITH DISTINCT key, at
UNWIND range(0, size(key.next) - 1) AS sub
WITH key, at, sub, key.next[sub] AS read
WHERE read.kinds IS NULL OR any(label IN labels(at) WHERE label IN read.kinds)
MATCH (at)-[r]-(m:Entity)
WHERE type(r) IN read.types
  AND (read.side = 'BOTH'
       OR (read.side = 'OUT' AND startNode(r) = at)
       OR (read.side = 'IN' AND endNode(r) = at))
WITH key, at, sub, r, m, startNode(r).id AS source, endNode(r).id AS target
ORDER BY r.date IS NULL, r.date, source, type(r), target
WITH key, at, sub, collect({r: r, m: m}) AS found
WITH key, at, sub, found[0..$limit] AS kept
UNWIND kept AS pick
WITH key, at, sub, pick.r AS r, pick.m AS m
RETURN key.key AS key, at.id AS at, sub,
       CASE WHEN key.next[sub].slim = true THEN [type(r), startNode(r).id, endNode(r).id]
            ELSE r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} END AS edge,
       CASE WHEN key.next[sub].slim = true THEN [m.id, [label IN labels(m) WHERE label <> 'Entity'][0], m.name]
            ELSE m {.*, searchText: null, timelineDay: null, kind: [label IN labels(m) WHERE label <> 'Entity'][0]} END AS node
UNION ALL
UNWIND $keys AS key
WITH key WHERE key.citesEdges = true OR key.citesFar = true
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
UNWIND found[0..$limit] AS pick
UNWIND CASE WHEN key.citesEdges THEN coalesce(pick.r.sources, []) ELSE [] END
     + CASE WHEN key.citesFar THEN coalesce(pick.m.sources, []) ELSE [] END AS cited
WITH DISTINCT cited
MATCH (d:Entity {id: cited})
RETURN null AS key, d.id AS at, -2 AS sub, null AS edge,
       d {.*, searchText: null, timelineDay: null, kind: [label IN labels(d) WHERE label <> 'Entity'][0]} AS node
UNION ALL
UNWIND $keys AS key
WITH key WHERE key.self = true AND key.citesSelf = true
MATCH (n:Entity {id: key.id})
UNWIND coalesce(n.sources, []) AS cited
WITH DISTINCT cited
MATCH (d:Entity {id: cited})
RETURN null AS key, d.id AS at, -2 AS sub, null AS edge,
       d {.*, searchText: null, timelineDay: null, kind: [label IN labels(d) WHERE label <> 'Entity'][0]} AS node
