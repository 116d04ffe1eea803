/**
 * The synthetic graph (bench/generate.ts) as `@neo4j/graphql` 7 type definitions: what a Neo4j
 * user would write to serve the same database with the peer library. Every kind is a node type
 * implementing `Entity`; the relationships the compared questions follow are fields with their
 * properties. Names are searched through a full-text index over `name`, the peer's own search.
 */
const KINDS = ['Person', 'Organization', 'Country', 'Place', 'Event', 'Statement', 'Document', 'Topic'] as const;

const ENTITY_FIELDS = `
  id: ID!
  name: String!
  aliases: [String!]
  description: String
  sources: [String!]`;

/** Relationship fields per kind: the ones the actor card and the 2-hop nested selection read. */
const RELATIONSHIPS: Partial<Record<(typeof KINDS)[number], string>> = {
  Person: `
  roles: [Entity!]! @relationship(type: "HOLDS_ROLE", direction: OUT, properties: "Role")
  memberOf: [Entity!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Role")
  meetings: [Person!]! @relationship(type: "MET_WITH", direction: OUT, queryDirection: UNDIRECTED, properties: "Meeting")
  participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Role")`,
  Event: `
  date: Date
  eventType: String`,
};

export const PEER_TYPE_DEFS = /* GraphQL */ `
interface Entity {${ENTITY_FIELDS}
}

type Role @relationshipProperties {
  role: String
  evidence: String
  sources: [String!]
}

type Meeting @relationshipProperties {
  date: Date
  evidence: String
  sources: [String!]
}

${KINDS.map(
  (kind) => `type ${kind} implements Entity @node(labels: ["${kind}", "Entity"])${kind === 'Person' ? ' @fulltext(indexes: [{ indexName: "peerPersonNames", queryName: "peopleByName", fields: ["name"] }])' : ''} {${ENTITY_FIELDS}${RELATIONSHIPS[kind] ?? ''}
}`,
).join('\n\n')}
`;

/** The full-text index the peer's search needs (the library assumes it exists). */
export const PEER_FULLTEXT_INDEX = 'CREATE FULLTEXT INDEX peerPersonNames IF NOT EXISTS FOR (n:Person) ON EACH [n.name]';
