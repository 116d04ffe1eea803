// A page of each key's relationships (Entity.relationshipsConnection), one round trip for all
// keys: the relationships of the key's types at the key's node, in the key's direction (OUT,
// IN or BOTH), with the node at the other end. Keyset paging as in timeline-page.cypher, per
// key: the key carries its own bounds, direction and limit. The sort key is the relationship's
// date (or its type, `key.order = 'TYPE'`), then source id, type and target id joined by $sep.
// First one row per key with its total (for totalCount), then the page's rows, cut before they
// are projected. (The embedded engine loses a relationship's properties when a list of them
// passes through CASE or list operations other than a slice: hence no CASE around the lists.)
// As of `key.asOf` (null: now), only relationships and nodes dated on or before that day are
// read, undated ones when `key.undated` (see TimeView), the total as the page.
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})-[r]-(m:Entity)
WHERE type(r) IN key.types
  AND (key.side = 'BOTH'
       OR (key.side = 'OUT' AND startNode(r) = n)
       OR (key.side = 'IN' AND endNode(r) = n))
  AND CASE WHEN key.asOf IS NULL THEN true WHEN r.date IS NULL THEN key.undated ELSE r.date <= date(key.asOf) END
  AND CASE WHEN key.asOf IS NULL THEN true WHEN m.date IS NULL THEN key.undated OR NOT (m:Event OR m:Statement) ELSE m.date <= date(key.asOf) END
WITH key.key AS name, count(r) AS total
RETURN name AS key, total, null AS edge, null AS node
UNION ALL
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})-[r]-(m:Entity)
WHERE type(r) IN key.types
  AND (key.side = 'BOTH'
       OR (key.side = 'OUT' AND startNode(r) = n)
       OR (key.side = 'IN' AND endNode(r) = n))
  AND CASE WHEN key.asOf IS NULL THEN true WHEN r.date IS NULL THEN key.undated ELSE r.date <= date(key.asOf) END
  AND CASE WHEN key.asOf IS NULL THEN true WHEN m.date IS NULL THEN key.undated OR NOT (m:Event OR m:Statement) ELSE m.date <= date(key.asOf) END
WITH key, r, m, startNode(r).id + $sep + type(r) + $sep + endNode(r).id AS tie,
     CASE key.order WHEN 'TYPE' THEN type(r) ELSE toString(r.date) END AS primary
WHERE (key.start IS NULL OR CASE
        WHEN (primary IS NULL) <> key.start.missing THEN (primary IS NULL) = key.missingLast
        WHEN primary IS NULL OR primary = key.start.primary THEN CASE WHEN key.ascending THEN tie > key.start.tie ELSE tie < key.start.tie END
        WHEN key.ascending THEN primary > key.start.primary
        ELSE primary < key.start.primary
      END)
  AND (key.stop IS NULL OR CASE
        WHEN (primary IS NULL) <> key.stop.missing THEN (primary IS NULL) <> key.missingLast
        WHEN primary IS NULL OR primary = key.stop.primary THEN CASE WHEN key.ascending THEN tie < key.stop.tie ELSE tie > key.stop.tie END
        WHEN key.ascending THEN primary < key.stop.primary
        ELSE primary > key.stop.primary
      END)
WITH key, r, m, primary, tie
ORDER BY key.key,
         CASE WHEN (primary IS NULL) = key.missingLast THEN 1 ELSE 0 END,
         CASE WHEN key.ascending THEN primary END,
         CASE WHEN key.ascending THEN null ELSE primary END DESC,
         CASE WHEN key.ascending THEN tie END,
         CASE WHEN key.ascending THEN null ELSE tie END DESC
WITH key, collect({r: r, m: m}) AS found
WITH key, found[0..key.limit] AS kept
UNWIND kept AS pick
WITH key, pick.r AS r, pick.m AS m
RETURN key.key AS key,
       null AS total,
       r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} AS edge,
       m {.*, searchText: null, timelineDay: null, kind: [label IN labels(m) WHERE label <> 'Entity'][0]} AS node
