/**
 * A typed client of the actor-graph API: fetches a node's neighbourhood through the generated
 * typed documents (graphql-request 7) and loads it into Cytoscape.js and into graphology as the
 * API returns it. The operations' field aliases produce each library's element shape, so there
 * is no mapping code, and the results are typed from schema/operations/*.graphql.
 *
 *   npm start                                          # the API, in another terminal
 *   npx tsx examples/client/fetch-subgraph.ts          # Bolton's neighbourhood
 *   npx tsx examples/client/fetch-subgraph.ts http://127.0.0.1:4000/graphql belarus-mfa 2
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import cytoscape from 'cytoscape';
import { MultiGraph } from 'graphology';
import { GraphQLClient } from 'graphql-request';
import { BoltonNeighborhoodDocument, BoltonNeighborhoodGraphologyDocument } from '../../src/generated/graphql/graphql.ts';

/** Which neighbourhood to fetch: `id` (default `john-bolton`), `depth` (1–3), `limit` (nodes). */
export type NeighborhoodVariables = VariablesOf<typeof BoltonNeighborhoodDocument>;

type GraphologyNeighborhood = ResultOf<typeof BoltonNeighborhoodGraphologyDocument>['neighborhood'];
export type NodeAttributes = GraphologyNeighborhood['nodes'][number]['attributes'];
export type EdgeAttributes = GraphologyNeighborhood['edges'][number]['attributes'];

/** Fetches the neighbourhood as Cytoscape.js elements and loads them into a headless instance. */
export async function fetchIntoCytoscape(client: GraphQLClient, variables: NeighborhoodVariables = {}) {
  const { neighborhood } = await client.request(BoltonNeighborhoodDocument, variables);
  const cy = cytoscape({ headless: true, elements: { nodes: neighborhood.nodes, edges: neighborhood.edges } });
  return { cy, neighborhood };
}

/** Fetches the neighbourhood as graphology's serialized form and imports it into a graph. */
export async function fetchIntoGraphology(client: GraphQLClient, variables: NeighborhoodVariables = {}) {
  const { neighborhood } = await client.request(BoltonNeighborhoodGraphologyDocument, variables);
  // A multigraph: two actors can be linked by several relationship types at once
  // (e.g. MET_WITH and PARTICIPATED_IN), and each is its own edge in the API.
  const graph = new MultiGraph<NodeAttributes, EdgeAttributes>();
  graph.import({ nodes: neighborhood.nodes, edges: neighborhood.edges });
  return { graph, neighborhood };
}

async function main(endpoint = 'http://127.0.0.1:4000/graphql', id = 'john-bolton', depth = '1'): Promise<void> {
  const client = new GraphQLClient(endpoint);
  const variables: NeighborhoodVariables = { id, depth: Number(depth), limit: 500 };
  const { cy } = await fetchIntoCytoscape(client, variables);
  const { graph, neighborhood } = await fetchIntoGraphology(client, variables);
  const hubs = graph
    .mapNodes((key, attributes) => ({ label: attributes.label, degree: graph.degree(key) }))
    .sort((a, b) => b.degree - a.degree)
    .slice(0, 5);
  process.stdout.write(
    `${id}, depth ${depth}${neighborhood.truncated ? ' (truncated)' : ''}\n` +
      `Cytoscape.js: ${cy.nodes().length} nodes, ${cy.edges().length} edges\n` +
      `graphology:   ${graph.order} nodes, ${graph.size} edges\n` +
      `most connected: ${hubs.map((hub) => `${hub.label} (${hub.degree})`).join(', ')}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main(...(process.argv.slice(2) as [string?, string?, string?]));
}
