// How many nodes lack a search document in the current format (src/search/search-text.ts
// begins it with the node's shard, `ǀ12`, and an engine's own document may end as $end says:
// SearchIndex.documentEnd, '' for any end): a store written before the text index, or by an
// older format, is seeded again on start, which writes them.
MATCH (n:Entity)
WHERE n.searchText IS NULL OR NOT n.searchText STARTS WITH $format OR NOT n.searchText ENDS WITH $end
RETURN count(n) AS count
