// How many nodes lack a search document in the current format (src/search/search-text.ts
// begins it with the node's shard, `ǀ12`): a store written before the text index, or by an
// older format, is seeded again on start, which writes them.
MATCH (n:Entity)
WHERE n.searchText IS NULL OR NOT n.searchText STARTS WITH $format
RETURN count(n) AS count
