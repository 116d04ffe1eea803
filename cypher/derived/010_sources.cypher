// What each node's derived data is made of (src/store/derived.ts): its search document
// (names, roles held, description) and, for an event, its timeline bucket (its dates).
MATCH (n:Entity)
RETURN n.id AS id,
       [label IN labels(n) WHERE label <> 'Entity'][0] AS kind,
       n.name AS name,
       n.aliases AS aliases,
       n.description AS description,
       [(n)-[r:HOLDS_ROLE|MEMBER_OF|ADVISES]->(:Entity) WHERE r.role IS NOT NULL | r.role] AS roles,
       n.date AS date,
       n.endDate AS endDate
