// How many relationships of each type the graph holds, between its nodes: the
// search index's links (cypher/seed/900_search_index.cypher) are not the graph's.
MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS type, count(*) AS count
ORDER BY type
