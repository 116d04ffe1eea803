// The embedded engine's part of a search statement (src/store/search-index.ts), followed by
// search/page.cypher or search/count.cypher: the nodes its BM25 text index holds any of the
// statement's terms for, found in process (src/store/embedded/text-index.ts), by engine id.
UNWIND $nodeIds AS nodeId
MATCH (n:Entity)
WHERE id(n) = nodeId
