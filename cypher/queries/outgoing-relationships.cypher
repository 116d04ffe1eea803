// The relationships that start at a set of entities, for Query.graph (the whole graph a
// slice at a time, as exports read it): each by the id index, by source id, type and target
// id, cut before projecting.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]->(b:Entity)
WITH id, r, b
ORDER BY id, type(r), b.id
LIMIT $limit
RETURN r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} AS edge
