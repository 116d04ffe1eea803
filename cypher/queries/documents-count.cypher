// How many source documents the graph holds.
MATCH (n:Document)
RETURN count(n) AS count
