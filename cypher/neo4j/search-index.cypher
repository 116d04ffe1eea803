// Neo4j's full-text index over the search documents (src/search/search-text.ts), read by
// neo4j/search-lookup.cypher. The whitespace analyzer keeps each term as written, so the
// index holds the same terms as the embedded engine's text index. Run before the seed
// (a schema change cannot share the seed's transaction); idempotent.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false}};

// A new index fills in the background: wait for it, so that the first search sees every node.
CALL db.awaitIndex('entity_search', 300);
