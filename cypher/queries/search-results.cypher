// The hits of a search (src/search/search.ts), found through the text index: the nodes,
// and the roles each holds as written, to say which one matched.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (n)-[r:HOLDS_ROLE|MEMBER_OF|ADVISES]->(:Entity)
WITH n, collect(r.role) AS roles
RETURN n {.*, searchText: null, timelineMonth: null, kind: [label IN labels(n) WHERE label <> 'Entity'][0]} AS node,
       roles
