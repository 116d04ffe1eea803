// The relationships that start at a page of entities, for the graph analytics
// (src/analytics/read-graph.ts): the page's ids come from analytics-nodes.cypher, so each
// lookup is by the Entity.id index, and a page reads only its own nodes' relationships.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]->(b:Entity)
RETURN id AS source,
       type(r) AS type,
       b.id AS target
