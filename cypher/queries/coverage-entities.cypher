// Which entities a set of documents names, for Query.coverage: per slice, the entities whose
// `sources` cite every document of `slice.all` and none of `slice.none` (what all of them
// state, or what one states alone), how many in all and the first `slice.limit` by id.
UNWIND $slices AS slice
MATCH (n:Entity)
WHERE all(document IN slice.all WHERE document IN n.sources)
  AND none(document IN slice.none WHERE document IN n.sources)
WITH slice, n
ORDER BY n.id
WITH slice, collect(n) AS found
WITH slice, size(found) AS total, found[0..slice.limit] AS page
RETURN slice.key AS key,
       total,
       [x IN page | x {.*, searchText: null, timelineDay: null, kind: [label IN labels(x) WHERE label <> 'Entity'][0]}] AS nodes
