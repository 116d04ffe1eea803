// How many nodes the search index does not cover yet: a store written before the index
// existed (see cypher/seed/900_search_index.cypher) has nodes without searchText.
MATCH (n:Entity)
WHERE n.searchText IS NULL
RETURN count(n) AS count
