// Neo4j's part of a search statement (src/store/search-index.ts), followed by
// search/page.cypher or search/count.cypher: the nodes its full-text index
// (neo4j/search-index.cypher) holds any of the terms of $queries for, each query a Lucene
// query of terms (OR) within Lucene's limit on clauses.
UNWIND $queries AS query
CALL db.index.fulltext.queryNodes('entity_search', query) YIELD node
WITH DISTINCT node AS n
