// Neo4j's read of a search page by relevance (src/search/run-search.ts), every tier in one
// statement that stops once the page is full: Neo4j pulls the rows lazily, so the LIMIT at
// the end stops the walk, and a page reads the tiers and shards it returns from, as the
// embedded engine's walk does in process. Each of $tiers, in scan order, carries its scope
// (search/page.cypher), the Lucene query of all its candidates (`any`), and for a tier read
// shard by shard the parts of a shard's query (src/store/neo4j/text-index.ts): the first
// query's words and marks (`stem`), the kind codes (one empty code for every kind: the node's
// shard terms, src/search/search-text.ts withShardTerms), the other query words it needs (`also`),
// and the shards in scan order, a run of consecutive numbers given by its ends and step
// (`first`, `last`, `step`).
//
// A tier with no candidate is not read. A tier with at most $dense candidates is read in one
// piece (a shard costs ~20 µs to look up even when it holds nothing, a candidate ~5 µs to
// check); a larger one shard by shard, a shard only where Lucene finds a candidate in it.
// Each piece is search/page.cypher with the tier's scope, ordered and cut there; the pieces
// come in scan order, so the rows do.
UNWIND $tiers AS tier
CALL (tier) {
  CALL db.index.fulltext.queryNodes('entity_search', tier.any, {limit: $dense + 1}) YIELD node
  RETURN count(node) AS candidates
}
WITH tier, candidates
WHERE candidates > 0
UNWIND CASE WHEN tier.stem IS NULL OR candidates <= $dense THEN [null] ELSE range(tier.first, tier.last, tier.step) END AS shard
WITH tier.scope AS scope,
     CASE WHEN shard IS NULL THEN tier.any
          ELSE '+(' + reduce(terms = '', kind IN tier.kinds | terms + ' ' + tier.stem + kind + toString(shard)) + ')' + tier.also
     END AS query
CALL (query) {
  CALL db.index.fulltext.queryNodes('entity_search', query, {limit: 1}) YIELD node
  RETURN count(node) AS found
}
WITH scope, query
WHERE found > 0
CALL (scope, query) {
  CALL db.index.fulltext.queryNodes('entity_search', query) YIELD node
  WITH DISTINCT node AS n, scope
