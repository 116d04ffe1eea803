// The search index of one batch of new benchmark nodes ($ids), as
// cypher/seed/900_search_index.cypher builds it for the seed. The nodes are new, so
// their links are created, not merged; a word seen in an earlier batch keeps its prefixes.

UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.searchText = '|' + reduce(text = '', key IN n.searchKeys | text + key + '|')
WITH n
UNWIND n.searchWords AS word
MERGE (w:SearchWord {word: word})
CREATE (w)-[:WORD_OF]->(n);

UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:WORD_OF]-(w:SearchWord)
WHERE NOT EXISTS { MATCH (:SearchPrefix)-[:PREFIX_OF]->(w) }
WITH DISTINCT w
UNWIND range(1, size(w.word)) AS length
MERGE (p:SearchPrefix {prefix: left(w.word, length)})
CREATE (p)-[:PREFIX_OF]->(w);
