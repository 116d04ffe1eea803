// The relationships among a set of nodes (the induced subgraph), optionally by type,
// ordered by source id, type and target id, and cut to $limit (the first in that order)
// before they are projected. With `$slim` (a selection of types and ends only:
// src/schema/lookahead.ts) a relationship is the list `[type, source, target]`, not a map.
// As of `$asOf` (null: now), only relationships dated on or before that day, and undated ones
// when `$undated` (the nodes are chosen by the caller).
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids
  AND (size($types) = 0 OR type(r) IN $types)
  AND CASE WHEN $asOf IS NULL THEN true WHEN r.date IS NULL THEN $undated ELSE r.date <= date($asOf) END
WITH id, r, b
ORDER BY id, type(r), b.id
LIMIT $limit
RETURN CASE WHEN $slim THEN [type(r), id, b.id]
            ELSE r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} END AS edge
