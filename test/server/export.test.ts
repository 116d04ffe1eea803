/**
 * Downloads under /export/: GraphML and GEXF valid against their published schemas
 * (test/fixtures/xsd/), GraphML loaded into graphology, CSV for spreadsheets, every
 * attribute carried, the whole graph read slice by slice, and the API's limits and
 * errors on every download because each runs through the API itself.
 */
import { readFileSync } from 'node:fs';
import { MultiGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { createApp } from '../../src/server/create-app.ts';
import { useSeededApi } from '../testkit/api.ts';
import { expectNoGraphQLErrors } from '../testkit/graph.ts';

const api = useSeededApi();
const xsd = (name: string) => ({ fileName: name, contents: readFileSync(new URL(`../fixtures/xsd/${name}`, import.meta.url), 'utf8') });

async function download(path: string, init: RequestInit = {}, app = api.app) {
  const response = await app.fetch(`http://yoga${path}`, init);
  return { response, text: await response.text() };
}

/** Validates against the published schema; GEXF files name no schema location (see gexf.net), GraphML ones do, unresolved here. */
async function validate(text: string, schema: 'graphml' | 'gexf') {
  const files = schema === 'graphml' ? [xsd('graphml.xsd'), xsd('xlink.xsd')] : [xsd('gexf.xsd'), xsd('viz.xsd')];
  const xml = text.replace(/ xsi:schemaLocation="[^"]*"/, '');
  const result = await validateXML({ xml: [{ fileName: `export.${schema}`, contents: xml }], schema: files[0]!, preload: files.slice(1) });
  expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
}

let counts: { nodes: number; relationships: number };
beforeAll(async () => {
  counts = expectNoGraphQLErrors(await api.gql('{ analytics { nodes: nodeCount relationships: relationshipCount } }')).analytics;
});

describe('GET /export/', () => {
  it('downloads a neighbourhood as GraphML that the published schema accepts and graphology loads, every attribute carried', async () => {
    const { response, text } = await download('/export/neighborhood.graphml?id=john-bolton&depth=2&limit=60');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="neighborhood-john-bolton.graphml"');
    await validate(text, 'graphml');
    const graph = parseGraphml(MultiGraph, text);
    const { neighborhood } = expectNoGraphQLErrors(
      await api.gql('{ neighborhood(id: "john-bolton", depth: 2, limit: 60) { nodes { id } edges { id } } }'),
    );
    expect(graph.order).toBe(neighborhood.nodes.length);
    expect(graph.size).toBe(neighborhood.edges.length);
    const bolton = graph.getNodeAttributes('john-bolton');
    expect(bolton).toMatchObject({ label: 'John Bolton', kind: 'PERSON', community: expect.stringMatching(/^community:/) });
    expect(bolton.pageRank).toBeGreaterThan(0);
    expect(bolton.degree).toBeGreaterThan(10);
    // The schema would refuse an edge to a node the file does not hold.
    const broken = text.replace('source="john-bolton"', 'source="nobody-at-all"');
    const refused = await validateXML({ xml: [{ fileName: 'broken.graphml', contents: broken.replace(/ xsi:schemaLocation="[^"]*"/, '') }], schema: xsd('graphml.xsd'), preload: [xsd('xlink.xsd')] });
    expect(refused.valid).toBe(false);
    const met = graph.edges().map((edge) => graph.getEdgeAttributes(edge)).find((edge) => edge.type === 'MET_WITH');
    expect(met).toMatchObject({ basis: 'STATED', sourceCount: expect.any(Number), evidence: expect.any(String), datePrecision: 'DAY' });
  });

  it('downloads a subgraph and a neighbourhood as GEXF that the published schema accepts', async () => {
    const sub = await download('/export/subgraph.gexf?ids=john-bolton,aliaksandr-lukashenka,uladzimir-makei&ids=belarus-mfa');
    expect(sub.response.status).toBe(200);
    await validate(sub.text, 'gexf');
    expect(sub.text.match(/<node /g)).toHaveLength(4);
    const around = await download('/export/neighborhood.gexf?id=belarus&asOf=2008-12-31&includeUndated=false');
    await validate(around.text, 'gexf');
    const [nodes, edges] = around.text.split('<edges>') as [string, string];
    // Node attribute 5 and edge attribute 6 are the dates (see src/export/attributes.ts).
    const dates = [...nodes.matchAll(/<attvalue for="5" value="([^"]+)"/g), ...edges.matchAll(/<attvalue for="6" value="([^"]+)"/g)].map((match) => match[1]!);
    expect(dates.length).toBeGreaterThan(3);
    for (const date of dates) expect(date <= '2008-12-31').toBe(true);
    expect(edges.match(/<edge /g)?.length).toBe(edges.match(/<attvalue for="6"/g)?.length);
  });

  it('downloads CSV tables of nodes and of edges', async () => {
    const nodes = await download('/export/neighborhood.csv?id=uladzimir-makei');
    const edges = await download('/export/neighborhood.csv?id=uladzimir-makei&table=edges');
    expect(nodes.response.headers.get('content-type')).toMatch(/^text\/csv/);
    const nodeRows = nodes.text.trimEnd().split('\r\n');
    const edgeRows = edges.text.trimEnd().split('\r\n');
    expect(nodeRows[0]).toBe('id,label,kind,subtype,aliases,description,date,datePrecision,sources,degree,pageRank,betweenness,betweennessError,community,communityLabel');
    expect(edgeRows[0]).toBe('id,source,target,type,label,basis,evidence,sources,sourceCount,date,datePrecision,role');
    const { neighborhood } = expectNoGraphQLErrors(await api.gql('{ neighborhood(id: "uladzimir-makei", limit: 500) { nodeCount edgeCount } }'));
    expect(nodeRows).toHaveLength(neighborhood.nodeCount + 1);
    expect(edgeRows).toHaveLength(neighborhood.edgeCount + 1);
  });

  it('downloads the whole graph slice by slice, every node and relationship once, in both formats', async () => {
    for (const [format, schema] of [['graphml', 'graphml'], ['gexf', 'gexf']] as const) {
      api.recorder.reset();
      const { response, text } = await download(`/export/graph.${format}?slice=7`, { headers: { 'accept-encoding': 'identity' } });
      expect(response.status).toBe(200);
      await validate(text, schema);
      expect(text.match(/<node /g)).toHaveLength(counts.nodes);
      expect(text.match(/<edge /g)).toHaveLength(counts.relationships);
      // One store read of relationships per slice (GEXF reads the slices twice: nodes, then edges).
      const slices = Math.ceil(counts.nodes / 7);
      expect(api.recorder.names.filter((name) => name === 'outgoingRelationships')).toHaveLength(slices);
    }
    const graph = parseGraphml(MultiGraph, (await download('/export/graph.graphml')).text);
    expect([graph.order, graph.size]).toEqual([counts.nodes, counts.relationships]);
  });

  it('compresses as it streams when the client accepts it', async () => {
    const response = await api.app.fetch('http://yoga/export/graph.graphml', { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const text = await new Response(response.body!.pipeThrough(new DecompressionStream('gzip'))).text();
    expect(text.match(/<node /g)).toHaveLength(counts.nodes);
  });

  it('answers the API’s errors: limits and bad input name the parameter, unknown paths 404, other methods 405', async () => {
    const deep = await download('/export/neighborhood.graphml?id=john-bolton&depth=4');
    expect(deep.response.status).toBe(400);
    expect(JSON.parse(deep.text).errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'depth', max: 3 });
    const missing = await download('/export/neighborhood.gexf');
    expect(JSON.parse(missing.text).errors[0].extensions).toMatchObject({ code: 'BAD_INPUT', argument: 'id' });
    const notNumber = await download('/export/neighborhood.gexf?id=x&limit=ten');
    expect(JSON.parse(notNumber.text).errors[0].extensions).toMatchObject({ code: 'BAD_INPUT', argument: 'limit' });
    const badDate = await download('/export/subgraph.csv?ids=belarus&asOf=2019-02-30');
    expect(badDate.response.status).toBe(400);
    expect(JSON.parse(badDate.text).errors[0].extensions.code).toBe('BAD_INPUT');
    expect((await download('/export/graph.csv')).response.status).toBe(404);
    expect((await download('/export/elsewhere.graphml')).response.status).toBe(404);
    expect((await download('/export/graph.graphml', { method: 'POST' })).response.status).toBe(405);
  });

  it('works where only trusted documents may run: its operations are in the manifest', async () => {
    const trusted = createApp({ store: api.store, persisted: { only: true }, responseCache: { maxEntries: 0 } });
    const { response, text } = await download('/export/subgraph.graphml?ids=john-bolton,belarus', {}, trusted);
    expect(response.status).toBe(200);
    await validate(text, 'graphml');
  });

  it('is bound by the API’s cost limit, as any request is', async () => {
    const strict = createApp({ store: api.store, limits: { maxCost: 50 }, responseCache: { maxEntries: 0 } });
    const { response, text } = await download('/export/neighborhood.graphml?id=john-bolton', {}, strict);
    expect(response.status).toBe(400);
    expect(JSON.parse(text).errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'cost' });
  });
});
