// Entities by id, for the per-request entity loader. Unknown ids give no row.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*, searchText: null, timelineDay: null, kind: [label IN labels(n) WHERE label <> 'Entity'][0]} AS node
