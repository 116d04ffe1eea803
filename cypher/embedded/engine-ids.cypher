// The engine's own ids of a batch of nodes, by their graph ids: the embedded engine's bulk
// loader (src/store/embedded/bulk.ts) joins relationships to their ends by these.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, id(n) AS engineId
