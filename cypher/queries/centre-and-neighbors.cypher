// The first breadth-first level of a neighbourhood together with its centre, so that
// no lookup precedes it: the centre's row (none for an unknown id), then the distinct
// nodes next to it in id order, filtered and capped here as neighbors.cypher does for
// later levels (a cut keeps the smallest ids, the same on every engine).
// As of `$asOf` (null: now), only what is dated on or before that day is seen: relationships
// by their `date`, events and statements by theirs; undated ones when `$undated`. CASE, not OR:
// the embedded engine evaluates both sides of an OR on every row.
// With `$slim` (a selection of ids, kinds and names only: src/schema/lookahead.ts) a node is
// the list `[id, kind, name]`, not a map of every property: far less to read and decode. Each
// row also gives the node's `id`, for a statement that reads on from the nodes found
// (src/store/queries.ts withEdgesAmong).
// The centre's test is a value, then a filter: a WHERE on `c` beside `{id: $id}` makes the
// embedded engine scan every entity instead of seeking the id (test/graph/plans.test.ts).
MATCH (c:Entity {id: $id})
WITH c, CASE WHEN $asOf IS NULL THEN true WHEN c.date IS NULL THEN $undated OR NOT (c:Event OR c:Statement) ELSE c.date <= date($asOf) END AS seen
WHERE seen
RETURN true AS centre,
       CASE WHEN $slim THEN [c.id, [label IN labels(c) WHERE label <> 'Entity'][0], c.name]
            ELSE c {.*, searchText: null, timelineDay: null, kind: [label IN labels(c) WHERE label <> 'Entity'][0]} END AS node,
       c.id AS id
UNION ALL
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND ($direction = 'BOTH'
       OR ($direction = 'OUT' AND startNode(r).id = $id)
       OR ($direction = 'IN' AND endNode(r).id = $id))
  AND (size($kinds) = 0 OR any(label IN labels(m) WHERE label IN $kinds))
  AND m.id <> $id
  AND CASE WHEN $asOf IS NULL THEN true WHEN r.date IS NULL THEN $undated ELSE r.date <= date($asOf) END
  AND CASE WHEN $asOf IS NULL THEN true WHEN m.date IS NULL THEN $undated OR NOT (m:Event OR m:Statement) ELSE m.date <= date($asOf) END
WITH DISTINCT m
ORDER BY m.id
LIMIT $limit
RETURN false AS centre,
       CASE WHEN $slim THEN [m.id, [label IN labels(m) WHERE label <> 'Entity'][0], m.name]
            ELSE m {.*, searchText: null, timelineDay: null, kind: [label IN labels(m) WHERE label <> 'Entity'][0]} END AS node,
       m.id AS id
