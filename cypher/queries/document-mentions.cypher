// What each document names — the entities whose `sources` cite it, of the key's kinds (all
// when empty) — for the per-request mentions loader: one round trip for every key. Each key
// gets how many there are in all and a page of them by id, after the key's cursor id; the
// page is cut before its nodes are projected.
UNWIND $keys AS key
MATCH (n:Entity)
WHERE key.document IN n.sources
  AND (size(key.kinds) = 0 OR any(label IN labels(n) WHERE label IN key.kinds))
WITH key, n
ORDER BY n.id
WITH key, collect(n) AS found
WITH key, size(found) AS total, [x IN found WHERE key.after IS NULL OR x.id > key.after][0..key.limit] AS page
RETURN key.key AS key,
       total,
       [x IN page | x {.*, searchText: null, timelineDay: null, kind: [label IN labels(x) WHERE label <> 'Entity'][0]}] AS nodes
