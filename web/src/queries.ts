import { gql } from './api.ts';
import type { Kind, Path, Quote, SearchHit, Subgraph, TimelineEvent } from './types.ts';

// One function per question the page asks; each is one POST /graphql.

const EDGE_FIELDS = 'id source target type label date datePrecision role evidence sources sourceDocuments { id title }';
// Entities carry their graph-view fields (label, subtype); only events and statements have a date.
const NODE_FIELDS = 'id label kind subtype aliases ... on Event { date } ... on Statement { date } metrics { degree pageRank betweenness community { id label } }';
const QUOTE_FIELDS = 'id text quoteType date speakers { id name } reportedIn { id title }';

export async function search(query: string, kinds: Kind[] | null, first = 12): Promise<SearchHit[]> {
  const data = await gql<{ searchConnection: { edges: SearchHit[] } }>(
    `query Search($query: String!, $kinds: [Kind!], $first: Int!) {
      searchConnection(query: $query, kinds: $kinds, first: $first) {
        edges { matchType matchedField matchedText matchedAlias node { id name kind aliases } }
      }
    }`,
    { query, kinds, first },
  );
  return data.searchConnection.edges;
}

/** The facts a traversal sees: as of a day (null: all), undated ones or not. */
export interface TimeView {
  asOf: string | null;
  includeUndated: boolean;
}

export interface NeighborhoodArgs extends TimeView {
  id: string;
  depth: number;
  limit: number;
  relationshipTypes: string[] | null;
}

export async function neighborhood(args: NeighborhoodArgs): Promise<Subgraph> {
  const data = await gql<{ neighborhood: Subgraph }>(
    `query Neighborhood($id: ID!, $depth: Int!, $limit: Int!, $relationshipTypes: [RelationshipType!], $asOf: Date, $includeUndated: Boolean!) {
      neighborhood(id: $id, depth: $depth, limit: $limit, relationshipTypes: $relationshipTypes, asOf: $asOf, includeUndated: $includeUndated) {
        truncated nodes: entities { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} }
      }
    }`,
    { ...args },
  );
  return data.neighborhood;
}

export async function shortestPaths(from: string, to: string, maxDepth: number, relationshipTypes: string[] | null): Promise<Path[]> {
  const data = await gql<{ allShortestPaths: Path[] }>(
    `query Paths($from: ID!, $to: ID!, $maxDepth: Int!, $relationshipTypes: [RelationshipType!]) {
      allShortestPaths(from: $from, to: $to, maxDepth: $maxDepth, relationshipTypes: $relationshipTypes, first: 5) {
        length nodes: entities { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} }
      }
    }`,
    { from, to, maxDepth, relationshipTypes },
  );
  return data.allShortestPaths;
}

/** Each pair's shortest paths between two sets of nodes (or two nodes as of a day), shortest first. */
export async function pathsBetween(
  from: string[],
  to: string[],
  maxDepth: number,
  relationshipTypes: string[] | null,
  time: TimeView,
): Promise<{ paths: Path[]; connectedPairs: number; truncated: boolean }> {
  const data = await gql<{ paths: { paths: Path[]; connectedPairs: number; truncated: boolean } }>(
    `query PathsBetween($from: [ID!]!, $to: [ID!]!, $maxDepth: Int!, $relationshipTypes: [RelationshipType!], $asOf: Date, $includeUndated: Boolean!) {
      paths(from: $from, to: $to, maxDepth: $maxDepth, relationshipTypes: $relationshipTypes, asOf: $asOf, includeUndated: $includeUndated, first: 50) {
        connectedPairs truncated paths { length nodes: entities { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } }
      }
    }`,
    { from, to, maxDepth, relationshipTypes, ...time },
  );
  return data.paths;
}

/**
 * Quotes behind each pair of nodes: what one end said about the other, either way, and the
 * words of any statement on the pair itself. One request for all pairs, by aliases.
 */
export async function quotesBetween(pairs: readonly (readonly [string, string])[]): Promise<Quote[][]> {
  if (pairs.length === 0) return [];
  const variables: Record<string, string> = {};
  const declarations: string[] = [];
  const fields: string[] = [];
  pairs.forEach(([a, b], index) => {
    variables[`a${index}`] = a;
    variables[`b${index}`] = b;
    declarations.push(`$a${index}: ID!`, `$b${index}: ID!`);
    fields.push(
      `ab${index}: statementsConnection(speaker: $a${index}, about: $b${index}, first: 5) { nodes { ${QUOTE_FIELDS} } }`,
      `ba${index}: statementsConnection(speaker: $b${index}, about: $a${index}, first: 5) { nodes { ${QUOTE_FIELDS} } }`,
      `n${index}: entities(ids: [$a${index}, $b${index}]) { ... on Statement { ${QUOTE_FIELDS} } }`,
    );
  });
  type Found = (Quote | Record<string, never> | null)[];
  const data = await gql<Record<string, Found | { nodes: Found }>>(
    `query Quotes(${declarations.join(', ')}) { ${fields.join('\n')} }`,
    variables,
  );
  const listed = (key: string): Found => {
    const value = data[key];
    return value === undefined ? [] : Array.isArray(value) ? value : value.nodes;
  };
  return pairs.map((_, index) => {
    const found = [...listed(`n${index}`), ...listed(`ab${index}`), ...listed(`ba${index}`)];
    const quotes = found.filter((quote): quote is Quote => quote !== null && 'text' in quote);
    return quotes.filter((quote, at) => quotes.findIndex((other) => other.id === quote.id) === at);
  });
}

export async function timeline(from: string | null, to: string | null, participant: string | null): Promise<TimelineEvent[]> {
  const data = await gql<{ timelineConnection: { nodes: TimelineEvent[] } }>(
    `query Timeline($from: Date, $to: Date, $participant: ID) {
      timelineConnection(from: $from, to: $to, participant: $participant, first: 500) { nodes { id name date datePrecision dateText eventType } }
    }`,
    { from, to, participant },
  );
  return data.timelineConnection.nodes;
}

export interface Vocabulary {
  relationshipTypes: { name: string; description: string | null }[];
  kinds: { name: Kind; description: string | null }[];
}

/** The relationship types and kinds, from the schema itself, so the filters never drift from the API. */
export async function vocabulary(): Promise<Vocabulary> {
  const data = await gql<{
    types: { enumValues: Vocabulary['relationshipTypes'] };
    kinds: { enumValues: Vocabulary['kinds'] };
  }>(`{
    types: __type(name: "RelationshipType") { enumValues { name description } }
    kinds: __type(name: "Kind") { enumValues { name description } }
  }`);
  return { relationshipTypes: data.types.enumValues, kinds: data.kinds.enumValues };
}
