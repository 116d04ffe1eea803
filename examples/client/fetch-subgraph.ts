/**
 * A caching client of the actor-graph API: Apollo Client fetches a node's neighbourhood and pages
 * through all of the node's relationships (a Relay Connection, `first`/`after` until
 * `hasNextPage` is false) into its normalised cache, and the subgraph that results loads into
 * Cytoscape.js and graphology. The documents are the generated typed ones
 * (schema/operations/*.graphql), so results are typed and field aliases give each library its shape.
 *
 *   npm start                                          # the API, in another terminal
 *   npx tsx examples/client/fetch-subgraph.ts          # Bolton's neighbourhood and relationships
 *   npx tsx examples/client/fetch-subgraph.ts http://127.0.0.1:4000/graphql belarus-mfa 2
 *
 * Two things to know when handing API results to a graph library:
 * - Apollo Client's development build freezes the results it returns (deeply); Cytoscape.js and
 *   graphology write into the objects they are given, so clone them first (`structuredClone`).
 * - Two actors can be linked by several relationships (MET_WITH and PARTICIPATED_IN…), each its own
 *   edge: graphology needs a multigraph, `new Graph({ multi: true, type: 'directed' })` (its
 *   `MultiDirectedGraph`); a plain `Graph` throws on the second edge between two nodes.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import cytoscape from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import {
  BoltonNeighborhoodDocument,
  RelationshipsOfDocument,
  type BoltonNeighborhoodQueryVariables,
  type RelationshipType,
} from '../../src/generated/graphql/graphql.ts';
import generated from '../../src/generated/possible-types.ts';

/** Which subgraph to fetch: the centre `id` (default `john-bolton`), `depth` (1–3) and `limit` of its neighbourhood. */
export type SubgraphVariables = BoltonNeighborhoodQueryVariables;

export interface NodeData {
  id: string;
  label: string;
  kind: string;
}
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
}
/** A subgraph in the shape both libraries read: `{ data }` elements. */
export interface Elements {
  nodes: { data: NodeData }[];
  edges: { data: EdgeData }[];
  /** How many pages of relationships were fetched. */
  pages: number;
}

/** Apollo Client with a cache that knows the schema's interfaces and merges the pages of an entity's relationships. */
export function createClient(uri: string, fetchImpl: typeof fetch = fetch) {
  const cache = new InMemoryCache({
    possibleTypes: generated.possibleTypes,
    typePolicies: {
      Person: { fields: { relationshipsConnection: relayStylePagination(['types', 'direction', 'orderBy']) } },
      Organization: { fields: { relationshipsConnection: relayStylePagination(['types', 'direction', 'orderBy']) } },
      Country: { fields: { relationshipsConnection: relayStylePagination(['types', 'direction', 'orderBy']) } },
      Place: { fields: { relationshipsConnection: relayStylePagination(['types', 'direction', 'orderBy']) } },
      Event: { fields: { relationshipsConnection: relayStylePagination(['types', 'direction', 'orderBy']) } },
      Statement: { fields: { relationshipsConnection: relayStylePagination(['types', 'direction', 'orderBy']) } },
      Document: { fields: { relationshipsConnection: relayStylePagination(['types', 'direction', 'orderBy']) } },
      Topic: { fields: { relationshipsConnection: relayStylePagination(['types', 'direction', 'orderBy']) } },
    },
  });
  return new ApolloClient({ cache, link: new HttpLink({ uri, fetch: fetchImpl }) });
}

type Client = ReturnType<typeof createClient>;

/**
 * The neighbourhood of `id`, plus every relationship of `types` at `id`, paged `pageSize` at a
 * time until the Connection ends; the pages merge in the cache, and the answer is cloned out of it.
 */
export async function fetchSubgraph(client: Client, variables: SubgraphVariables = {}, types?: RelationshipType[], pageSize = 10): Promise<Elements> {
  const { data } = await client.query({ query: BoltonNeighborhoodDocument, variables });
  const nodes = new Map(data!.neighborhood.nodes.map((node) => [node.data.id, node.data]));
  const edges = new Map(data!.neighborhood.edges.map((edge) => [edge.data.id, edge.data]));

  const id = variables.id ?? 'john-bolton';
  const watched = client.watchQuery({ query: RelationshipsOfDocument, variables: { id, first: pageSize, ...(types ? { types } : {}) } });
  let page = (await client.query({ query: RelationshipsOfDocument, variables: watched.variables })).data!;
  let pages = 1;
  while (page.entity?.relationshipsConnection.pageInfo.hasNextPage) {
    const after = page.entity.relationshipsConnection.pageInfo.endCursor;
    await watched.fetchMore({ variables: { after } });
    page = (await client.query({ query: RelationshipsOfDocument, variables: { ...watched.variables, after } })).data!;
    pages += 1;
  }
  // The cache holds every page under the field without its cursor: read it back whole.
  const merged = client.readQuery({ query: RelationshipsOfDocument, variables: watched.variables });
  for (const { node: relation } of merged?.entity?.relationshipsConnection.edges ?? []) {
    nodes.set(relation.node.id, { id: relation.node.id, label: relation.node.label, kind: relation.node.kind });
    edges.set(relation.edge.id, relation.edge);
  }
  if (merged?.entity) nodes.set(id, { id, label: merged.entity.name, kind: nodes.get(id)?.kind ?? 'PERSON' });
  // Frozen in Apollo's development build: clone before a graph library writes into it.
  return structuredClone({
    nodes: [...nodes.values()].map(({ id, label, kind }) => ({ data: { id, label, kind } })),
    edges: [...edges.values()].map(({ id, source, target, type, label }) => ({ data: { id, source, target, type, label } })),
    pages,
  });
}

/** Loads the elements into a headless Cytoscape.js instance. */
export function intoCytoscape(elements: Elements) {
  return cytoscape({ headless: true, elements: { nodes: elements.nodes, edges: elements.edges } });
}

/** Loads the elements into a graphology multigraph, directed: each relationship has a source and a target. */
export function intoGraphology(elements: Elements) {
  // MultiDirectedGraph is graphology's `new Graph({ multi: true, type: 'directed' })`.
  const graph = new MultiDirectedGraph<Omit<NodeData, 'id'>, Omit<EdgeData, 'id' | 'source' | 'target'>>();
  graph.import({
    nodes: elements.nodes.map(({ data: { id, ...attributes } }) => ({ key: id, attributes })),
    edges: elements.edges.map(({ data: { id, source, target, ...attributes } }) => ({ key: id, source, target, attributes })),
  });
  return graph;
}

async function main(endpoint = 'http://127.0.0.1:4000/graphql', id = 'john-bolton', depth = '1'): Promise<void> {
  const client = createClient(endpoint);
  const elements = await fetchSubgraph(client, { id, depth: Number(depth), limit: 500 });
  const cy = intoCytoscape(elements);
  const graph = intoGraphology(elements);
  const hubs = graph
    .mapNodes((key, attributes) => ({ label: attributes.label, degree: graph.degree(key) }))
    .sort((a, b) => b.degree - a.degree)
    .slice(0, 5);
  process.stdout.write(
    `${id}, depth ${depth}, relationships in ${elements.pages} page(s)\n` +
      `Cytoscape.js: ${cy.nodes().length} nodes, ${cy.edges().length} edges\n` +
      `graphology:   ${graph.order} nodes, ${graph.size} edges\n` +
      `most connected: ${hubs.map((hub) => `${hub.label} (${hub.degree})`).join(', ')}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main(...(process.argv.slice(2) as [string?, string?, string?]));
}
