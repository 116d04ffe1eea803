// The search index, built from each node's normalised names (searchKeys) and their
// words (searchWords, see src/search/normalize.ts), read by
// cypher/queries/search-entities.cypher:
// - searchText: the keys as one string, `|key|key|`, for ranking by substring tests;
// - a SearchWord node per word, linked to every node whose names hold the word;
// - a SearchPrefix node per beginning of a word (every length, the whole word too),
//   linked to the words it begins.
// A search for `luka` then starts from one prefix instead of scanning every node.
// Runs after every node is written; MERGE, so a second run adds nothing.
// cypher/bench/030_search_index.cypher builds the same for the benchmark's batches.

MATCH (n:Entity)
SET n.searchText = '|' + reduce(text = '', key IN n.searchKeys | text + key + '|');

// A word a node no longer carries (an alias was edited away) stops finding it.
MATCH (w:SearchWord)-[r:WORD_OF]->(n:Entity)
WHERE NOT w.word IN n.searchWords
DELETE r;

MATCH (n:Entity)
UNWIND n.searchWords AS word
MERGE (w:SearchWord {word: word})
MERGE (w)-[:WORD_OF]->(n);

MATCH (w:SearchWord)
WHERE NOT EXISTS { MATCH (:SearchPrefix)-[:PREFIX_OF]->(w) }
UNWIND range(1, size(w.word)) AS length
MERGE (p:SearchPrefix {prefix: left(w.word, length)})
CREATE (p)-[:PREFIX_OF]->(w);
