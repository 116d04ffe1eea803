// The hits of a search (src/search/search.ts), found through the text index: the nodes,
// and the roles each holds as written, to say which one matched.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*, searchText: null, timelineDay: null, kind: [label IN labels(n) WHERE label <> 'Entity'][0]} AS node,
       [(n)-[r:HOLDS_ROLE|MEMBER_OF|ADVISES]->(:Entity) WHERE r.role IS NOT NULL | r.role] AS roles
