// What each node's derived data is made of (src/store/derived.ts): its search document
// (names, roles held, description) and, for an event, its timeline bucket (its dates).
MATCH (n:Entity)
OPTIONAL MATCH (n)-[r:HOLDS_ROLE|MEMBER_OF|ADVISES]->(:Entity)
WITH n, collect(r.role) AS roles
RETURN n.id AS id,
       [label IN labels(n) WHERE label <> 'Entity'][0] AS kind,
       n.name AS name,
       n.aliases AS aliases,
       n.description AS description,
       roles,
       n.date AS date,
       n.endDate AS endDate
