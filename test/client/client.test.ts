/**
 * The client example against the API over real HTTP: Apollo Client fetches a neighbourhood and
 * pages the centre's relationships to their end into its cache, and the subgraph that results
 * loads into Cytoscape.js and graphology with every node and edge, no dangling edge, and the
 * same graph in both.
 */
import './apollo-dev.ts';
import { describe, expect, it } from 'vitest';
import { createClient, fetchSubgraph, intoCytoscape, intoGraphology, type SubgraphVariables } from '../../examples/client/fetch-subgraph.ts';
import { consoleDuring, useServedApi } from './harness.ts';

const api = useServedApi();

const CASES: [string, SubgraphVariables, number][] = [
  ['Bolton, one hop (the operation’s defaults), his relationships 4 a page', {}, 4],
  ['Bolton, two hops', { id: 'john-bolton', depth: 2, limit: 500 }, 10],
  ['the Belarusian MFA, two hops', { id: 'belarus-mfa', depth: 2, limit: 500 }, 3],
];

describe.each(CASES)('the client example: %s', (_name, variables, pageSize) => {
  it('pages and caches the subgraph, then loads it into Cytoscape.js and graphology whole', async () => {
    const client = createClient(api.url, api.fetch);
    const { value: elements, printed } = await consoleDuring(async () => {
      api.sent.length = 0;
      return fetchSubgraph(client, variables, undefined, pageSize);
    });
    expect(printed).toEqual([]);
    // One request for the neighbourhood, one a page of relationships.
    expect(api.sent).toHaveLength(1 + elements.pages);
    expect(elements.pages).toBeGreaterThan(variables.id === undefined ? 1 : 0);

    const cy = intoCytoscape(elements);
    expect(cy.nodes().length).toBe(elements.nodes.length);
    expect(cy.edges().length).toBe(elements.edges.length);
    cy.edges().forEach((edge) => {
      expect(edge.source().nonempty() && edge.target().nonempty(), edge.id()).toBe(true);
    });
    const graph = intoGraphology(elements);
    expect(graph.order).toBe(elements.nodes.length);
    expect(graph.size).toBe(elements.edges.length);
    expect(graph.nodes().sort()).toEqual(cy.nodes().map((node) => node.id()).sort());
    expect(graph.edges().sort()).toEqual(cy.edges().map((edge) => edge.id()).sort());
    const centre = cy.getElementById(variables.id ?? 'john-bolton');
    expect(centre.data('label')).toBeTruthy();
  });
});

it('the example’s Bolton graph holds the meeting with Lukashenka, parallel relationships and their labels', async () => {
  const elements = await fetchSubgraph(createClient(api.url, api.fetch));
  const cy = intoCytoscape(elements);
  const meeting = cy.getElementById('john-bolton:MET_WITH:aliaksandr-lukashenka');
  expect(meeting.isEdge()).toBe(true);
  expect(meeting.data('label')).toBe('met with');
  const graph = intoGraphology(elements);
  expect(graph.getNodeAttributes('aliaksandr-lukashenka')).toEqual({ label: 'Aliaksandr Lukashenka', kind: 'PERSON' });
  const pairs = elements.edges.map(({ data }) => [data.source, data.target].sort().join(' '));
  expect(new Set(pairs).size).toBeLessThan(pairs.length); // some pairs have several relationships
});
