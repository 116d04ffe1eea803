// The shapes the explorer reads from the API (see schema/schema.graphql for every field).

export type Kind = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'PLACE' | 'EVENT' | 'STATEMENT' | 'DOCUMENT' | 'TOPIC';

export interface DocumentRef {
  id: string;
  title: string;
}

/** How central a node is in the whole graph, and its community (computed by the API). */
export interface NodeMetrics {
  degree: number;
  pageRank: number;
  betweenness: number;
  community: { id: string; label: string };
}

export interface GraphNode {
  id: string;
  label: string;
  kind: Kind;
  subtype?: string | null;
  date?: string | null;
  aliases?: string[];
  metrics?: NodeMetrics;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  date?: string | null;
  datePrecision?: 'DAY' | 'MONTH' | 'YEAR' | null;
  role?: string | null;
  evidence?: string | null;
  sources?: string[];
  sourceDocuments?: DocumentRef[];
}

export interface Subgraph {
  truncated: boolean;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface Path {
  length: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface SearchHit {
  matchType: string;
  /** A name or alias, a role the node holds, or its description. */
  matchedField: 'NAME' | 'ROLE' | 'DESCRIPTION';
  matchedText: string | null;
  matchedAlias: string | null;
  node: { id: string; name: string; kind: Kind; aliases: string[] };
}

export interface Quote {
  id: string;
  text: string;
  quoteType: 'DIRECT' | 'REPORTED' | null;
  date: string | null;
  speakers?: { id: string; name?: string }[];
  reportedIn: DocumentRef[];
}

export interface TimelineEvent {
  id: string;
  name: string;
  date: string | null;
  datePrecision: 'DAY' | 'MONTH' | 'YEAR' | null;
  dateText: string | null;
  eventType: string | null;
}
