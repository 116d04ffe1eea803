// One round of the bidirectional path search: both sides' frontiers grow by one level
// in one round trip (a side with an empty frontier gives no row). Each side gets every
// relationship from its frontier to a node it has not yet seen, with that node (so no
// lookup follows), capped by its own limit. The first round also returns the path's two ends
// (`$ends`; an unknown id gives no row), rows with no side, parent or relationship.
// Each side's rows come in one stated order (frontier node, node reached, relationship type,
// its start), so a cut keeps the same relationships on every engine; each side is cut
// before its rows are projected: the embedded engine projects every row ahead of a LIMIT,
// which next to a hub costs ten times the rows kept. With `$slimNodes` a node is the list
// `[id, kind, name]`, with `$slimEdges` a relationship is `[type, source, target]`, not maps
// (a selection that asks for no more: src/schema/lookahead.ts).
// As of `$asOf` (null: now), only what is dated on or before that day is seen: relationships
// by their `date`, events and statements by theirs; undated ones when `$undated`. CASE, not OR:
// the embedded engine evaluates both sides of an OR on every row.
UNWIND $ends AS id
MATCH (n:Entity {id: id})
WHERE CASE WHEN $asOf IS NULL THEN true WHEN n.date IS NULL THEN $undated OR NOT (n:Event OR n:Statement) ELSE n.date <= date($asOf) END
RETURN null AS side,
       null AS from,
       id AS to,
       null AS edge,
       CASE WHEN $slimNodes THEN [n.id, [label IN labels(n) WHERE label <> 'Entity'][0], n.name]
            ELSE n {.*, searchText: null, timelineDay: null, kind: [label IN labels(n) WHERE label <> 'Entity'][0]} END AS node
UNION ALL
UNWIND $startFrontier AS fid
MATCH (n:Entity {id: fid})-[r]-(m:Entity)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND NOT m.id IN $startVisited
  AND CASE WHEN $asOf IS NULL THEN true WHEN r.date IS NULL THEN $undated ELSE r.date <= date($asOf) END
  AND CASE WHEN $asOf IS NULL THEN true WHEN m.date IS NULL THEN $undated OR NOT (m:Event OR m:Statement) ELSE m.date <= date($asOf) END
WITH fid, r, m
ORDER BY fid, m.id, type(r), startNode(r).id
LIMIT $startLimit
RETURN 'start' AS side,
       fid AS from,
       m.id AS to,
       CASE WHEN $slimEdges THEN [type(r), startNode(r).id, endNode(r).id]
            ELSE r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} END AS edge,
       CASE WHEN $slimNodes THEN [m.id, [label IN labels(m) WHERE label <> 'Entity'][0], m.name]
            ELSE m {.*, searchText: null, timelineDay: null, kind: [label IN labels(m) WHERE label <> 'Entity'][0]} END AS node
UNION ALL
UNWIND $endFrontier AS fid
MATCH (n:Entity {id: fid})-[r]-(m:Entity)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND NOT m.id IN $endVisited
  AND CASE WHEN $asOf IS NULL THEN true WHEN r.date IS NULL THEN $undated ELSE r.date <= date($asOf) END
  AND CASE WHEN $asOf IS NULL THEN true WHEN m.date IS NULL THEN $undated OR NOT (m:Event OR m:Statement) ELSE m.date <= date($asOf) END
WITH fid, r, m
ORDER BY fid, m.id, type(r), startNode(r).id
LIMIT $endLimit
RETURN 'end' AS side,
       fid AS from,
       m.id AS to,
       CASE WHEN $slimEdges THEN [type(r), startNode(r).id, endNode(r).id]
            ELSE r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} END AS edge,
       CASE WHEN $slimNodes THEN [m.id, [label IN labels(m) WHERE label <> 'Entity'][0], m.name]
            ELSE m {.*, searchText: null, timelineDay: null, kind: [label IN labels(m) WHERE label <> 'Entity'][0]} END AS node
