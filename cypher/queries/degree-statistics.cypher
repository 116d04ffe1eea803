// The graph's largest degrees, for the cost estimate's list bounds (rows in no order: they are read into maps): per relationship type,
// the most relationships of it that start at one node (OUT) and that end at one node (IN);
// the most relationships at one node, of any type either way (DEGREE); the most source
// documents one node (NODE_SOURCES) and one relationship (EDGE_SOURCES) cite; and how many
// nodes (NODES) and relationships (EDGES) the graph holds.
MATCH (n:Entity)-[r]->(:Entity)
WITH n, type(r) AS type, count(*) AS degree
RETURN 'OUT' AS side, type, max(degree) AS max
UNION ALL
MATCH (:Entity)-[r]->(n:Entity)
WITH n, type(r) AS type, count(*) AS degree
RETURN 'IN' AS side, type, max(degree) AS max
UNION ALL
MATCH (n:Entity)
RETURN 'NODE_SOURCES' AS side, null AS type, max(size(coalesce(n.sources, []))) AS max
UNION ALL
MATCH (:Entity)-[r]->(:Entity)
RETURN 'EDGE_SOURCES' AS side, null AS type, max(size(coalesce(r.sources, []))) AS max
UNION ALL
MATCH (n:Entity)-[r]-(:Entity)
WITH n, count(r) AS degree
RETURN 'DEGREE' AS side, null AS type, max(degree) AS max
UNION ALL
MATCH (n:Entity)
RETURN 'NODES' AS side, null AS type, count(n) AS max
UNION ALL
MATCH (:Entity)-[r]->(:Entity)
RETURN 'EDGES' AS side, null AS type, count(r) AS max
