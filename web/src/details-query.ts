import { gql } from './api.ts';
import type { DocumentRef, Kind } from './types.ts';

export interface NodeRef {
  id: string;
  name?: string;
  title?: string;
  kind?: Kind;
  date?: string | null;
}

export interface Relation {
  type: string;
  direction: 'IN' | 'OUT';
  role: string | null;
  date: string | null;
  datePrecision: 'DAY' | 'MONTH' | 'YEAR' | null;
  evidence: string | null;
  node: NodeRef;
  sources: DocumentRef[];
}

/** Everything the details panel can show; each kind fills its own fields. */
export interface NodeDetails {
  id: string;
  name: string;
  kind: Kind;
  description: string | null;
  aliases: string[];
  sources: (DocumentRef & { outlet: string | null })[];
  [relations: string]: unknown;
}

const REL = 'id type direction role date datePrecision evidence node { id name kind } sources { id title }';
const REF = 'id name kind';
const QUOTE = 'id text quoteType date speakers { id name } reportedIn { id title }';

// Fields that mean different things on different kinds get their own alias, so one
// document asks every kind at once without field conflicts.
const DETAILS = `query Details($id: ID!) {
  entity(id: $id) {
    id name kind description aliases sources { id title outlet }
    ... on Person { roles { ${REL} } meetings { ${REL} } personEvents: events { ${REL} } visits { ${REL} } affiliations { ${REL} } contacts { ${REL} } said: statements { ${QUOTE} } }
    ... on Organization { organizationType people { ${REL} } actions { ${REL} } said: statements { ${QUOTE} } }
    ... on Country { leaders { ${REL} } countryEvents: events { ${REL} } sanctions { ${REL} } visitors { ${REL} } }
    ... on Place { placeType visitors { ${REL} } placeEvents: events { id name date } }
    ... on Event { date dateText datePrecision endDate eventType participants { ${REL} } actors { ${REL} } related { ${REL} } places { ${REF} } reportedIn { id title } statementsAbout: statements { ${QUOTE} } }
    ... on Statement { text quoteType date speakers { ${REF} } about { ${REF} } reportedIn { id title } }
    ... on Document { title outlet author coversDate authors { id name } }
    ... on Topic { topicEvents: events { id name date } statementsAbout: statements { ${QUOTE} } }
  }
}`;

export async function nodeDetails(id: string): Promise<NodeDetails | null> {
  const data = await gql<{ entity: NodeDetails | null }>(DETAILS, { id });
  return data.entity;
}
