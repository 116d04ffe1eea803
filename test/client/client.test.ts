/**
 * The client example against the API over real HTTP: what it fetches loads into Cytoscape.js and
 * graphology as is, with every node and edge the API answered and no dangling edge.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchIntoCytoscape, fetchIntoGraphology, type NeighborhoodVariables } from '../../examples/client/fetch-subgraph.ts';
import type { GraphStore } from '../../src/store/port.ts';
import { seededStore, testApp } from '../testkit/graph.ts';

let store: GraphStore;
let server: Server;
let client: GraphQLClient;
beforeAll(async () => {
  store = await seededStore();
  server = createServer(testApp(store).app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  client = new GraphQLClient(`http://127.0.0.1:${port}/graphql`);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await store.close();
});

const CASES: [string, NeighborhoodVariables][] = [
  ['Bolton, one hop (the operation’s defaults)', {}],
  ['Bolton, two hops', { id: 'john-bolton', depth: 2, limit: 500 }],
  ['the Belarusian MFA, two hops', { id: 'belarus-mfa', depth: 2, limit: 500 }],
];

describe.each(CASES)('the client example: %s', (_name, variables) => {
  it('loads into Cytoscape.js with the API’s node and edge counts', async () => {
    const { cy, neighborhood } = await fetchIntoCytoscape(client, variables);
    expect(neighborhood.truncated).toBe(false);
    expect(neighborhood.nodeCount).toBeGreaterThan(5);
    expect(cy.nodes().length).toBe(neighborhood.nodeCount);
    expect(cy.edges().length).toBe(neighborhood.edgeCount);
    expect(cy.nodes().map((node) => node.id()).sort()).toEqual(neighborhood.nodes.map((node) => node.data.id).sort());
    cy.edges().forEach((edge) => {
      expect(edge.source().nonempty() && edge.target().nonempty(), edge.id()).toBe(true);
      expect(cy.getElementById(edge.data('source')).isNode()).toBe(true);
      expect(cy.getElementById(edge.data('target')).isNode()).toBe(true);
    });
    const center = cy.getElementById(variables.id ?? 'john-bolton');
    expect(center.data('label')).toBeTruthy();
    expect(center.degree(false)).toBeGreaterThan(0);
  });

  it('loads into graphology with the API’s node and edge counts', async () => {
    const { graph, neighborhood } = await fetchIntoGraphology(client, variables);
    expect(graph.order).toBe(neighborhood.nodeCount);
    expect(graph.size).toBe(neighborhood.edgeCount);
    graph.forEachEdge((key, _attributes, source, target) => {
      expect(graph.hasNode(source) && graph.hasNode(target), key).toBe(true);
    });
    for (const edge of neighborhood.edges) {
      expect(graph.source(edge.key)).toBe(edge.source);
      expect(graph.getEdgeAttribute(edge.key, 'type')).toBe(edge.attributes.type);
    }
  });

  it('gives both libraries the same graph', async () => {
    const { cy } = await fetchIntoCytoscape(client, variables);
    const { graph } = await fetchIntoGraphology(client, variables);
    expect(graph.nodes().sort()).toEqual(cy.nodes().map((node) => node.id()).sort());
    expect(graph.edges().sort()).toEqual(cy.edges().map((edge) => edge.id()).sort());
  });
});

it('the example’s Bolton graph holds the meeting with Lukashenka and its label', async () => {
  const { cy } = await fetchIntoCytoscape(client);
  const meeting = cy.getElementById('john-bolton:MET_WITH:aliaksandr-lukashenka');
  expect(meeting.isEdge()).toBe(true);
  expect(meeting.data('label')).toBe('met with');
  const { graph } = await fetchIntoGraphology(client);
  expect(graph.getNodeAttributes('aliaksandr-lukashenka')).toEqual({ id: 'aliaksandr-lukashenka', label: 'Aliaksandr Lukashenka', kind: 'PERSON' });
});
