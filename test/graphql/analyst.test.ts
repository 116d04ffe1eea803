/**
 * The analyst's questions on the seed graph: paths between two sets, what each document
 * names and states (alone or with the others), and the graph as of a day. Each answer is
 * checked against the graph read directly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useSeededApi } from '../testkit/api.ts';
import { expectNoGraphQLErrors } from '../testkit/graph.ts';
import type { Adjacency } from '../testkit/path-oracle.ts';
import { adjacencyOf, shortestPathOracle } from '../testkit/path-oracle.ts';

const api = useSeededApi();
let adjacency: Adjacency;
beforeAll(async () => {
  adjacency = await adjacencyOf(api.store);
});

const US = ['john-bolton', 'donald-trump', 'us-embassy-minsk'];
const BELARUS = ['aliaksandr-lukashenka', 'uladzimir-makei', 'belarus-mfa'];
const BELSAT = 'belsat-bolton-visit-2019';
const FRESH = 'lukashenko-fresh-start-2019';

type Edge = { id: string; source: string; target: string; date: string | null; evidence: string | null; sourceCount: number; sources: string[] };
type Path = { length: number; nodes: { id: string }[]; edges: Edge[] };

describe('paths between two sets', () => {
  it('gives each pair its shortest path, shortest first, every hop with evidence', async () => {
    const { paths } = expectNoGraphQLErrors(
      await api.gql(`query($from: [ID!]!, $to: [ID!]!) { paths(from: $from, to: $to, first: 50) { connectedPairs truncated
        paths { length nodes { id } edges { id source target evidence sourceCount sources date } } } }`, { from: US, to: BELARUS }),
    );
    const known = US.filter((id) => adjacency.has(id));
    expect(known.length).toBeGreaterThan(1);
    const lengths = paths.paths.map((path: Path) => path.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    const pairs = new Set<string>();
    for (const path of paths.paths as Path[]) {
      const from = path.nodes[0]!.id;
      const to = path.nodes[path.nodes.length - 1]!.id;
      expect(US).toContain(from);
      expect(BELARUS).toContain(to);
      expect(path.length).toBe(shortestPathOracle(adjacency, from, to).length);
      path.edges.forEach((edge, i) => {
        expect([edge.source, edge.target].sort()).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort());
        expect(edge.evidence).toBeTruthy();
        expect(edge.sourceCount).toBe(edge.sources.length);
      });
      pairs.add(`${from}>${to}`);
    }
    let connected = 0;
    for (const from of known) for (const to of BELARUS) if (shortestPathOracle(adjacency, from, to).length !== undefined) connected += 1;
    expect(paths.connectedPairs).toBe(connected);
    expect(pairs.size).toBe(connected);
  });

  it('refuses empty and oversized sets and a depth past the cap, naming the argument', async () => {
    const empty = await api.gql('{ paths(from: [], to: ["belarus"]) { truncated } }');
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_INPUT', argument: 'from' });
    const many = await api.gql(`{ paths(from: ["belarus"], to: ${JSON.stringify(Array.from({ length: 21 }, (_, i) => `n${i}`))}) { truncated } }`);
    expect(many.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'to', max: 20 });
    const deep = await api.gql('{ paths(from: ["belarus"], to: ["minsk"], maxDepth: 11) { truncated } }');
    expect(deep.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'maxDepth', max: 10 });
  });
});

describe('documents: what each names and states', () => {
  it('lists what a document names, a page at a time, with the count', async () => {
    const [{ count }] = (await api.store.execute('MATCH (n:Entity) WHERE $d IN n.sources RETURN count(n) AS count', { d: BELSAT }, 'READ')) as [{ count: number }];
    const page = async (after: string | null) =>
      expectNoGraphQLErrors(
        await api.gql(`query($id: ID!, $after: String) { node(id: $id) { ... on Document { mentions(first: 30, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id sourceIds } } } } } }`, { id: BELSAT, after }),
      ).node.mentions;
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const current = await page(after);
      expect(current.totalCount).toBe(count);
      for (const edge of current.edges) {
        expect(edge.node.sourceIds).toContain(BELSAT);
        ids.push(edge.node.id);
      }
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(count);
    expect(ids).toEqual([...ids].sort());
  });

  it('tells what the documents state together and what rests on one alone', async () => {
    const rows = (await api.store.execute('MATCH (a:Entity)-[r]->(b:Entity) RETURN coalesce(r.sources, []) AS sources', {}, 'READ')) as { sources: string[] }[];
    const both = rows.filter((row) => row.sources.includes(BELSAT) && row.sources.includes(FRESH)).length;
    const belsatOnly = rows.filter((row) => row.sources.includes(BELSAT) && !row.sources.includes(FRESH)).length;
    const { coverage } = expectNoGraphQLErrors(
      await api.gql(`query($docs: [ID!]!) { coverage(documents: $docs) { documents { id }
        shared { entityCount relationshipCount relationships(first: 5) { sources sourceCount } }
        byDocument { document { id } alone { entityCount relationshipCount relationships(first: 500) { sources } entities(first: 3) { id sourceIds } } all { relationshipCount } } } }`, { docs: [BELSAT, FRESH, 'nobody'] }),
    );
    expect(coverage.documents.map((d: { id: string }) => d.id)).toEqual([BELSAT, FRESH]);
    expect(coverage.shared.relationshipCount).toBe(both);
    for (const edge of coverage.shared.relationships) expect(edge.sources).toEqual(expect.arrayContaining([BELSAT, FRESH]));
    const belsat = coverage.byDocument.find((entry: { document: { id: string } }) => entry.document.id === BELSAT);
    expect(belsat.alone.relationshipCount).toBe(belsatOnly);
    expect(belsat.alone.relationships).toHaveLength(belsatOnly);
    for (const edge of belsat.alone.relationships) expect(edge.sources).not.toContain(FRESH);
    for (const entity of belsat.alone.entities) expect(entity.sourceIds).not.toContain(FRESH);
    expect(belsat.all.relationshipCount).toBe(both + belsatOnly);
  });
});

describe('the graph as of a day', () => {
  const dated = (date: string | null | undefined, asOf: string) => date === null || date === undefined || date <= asOf;

  it('shows a neighbourhood with nothing dated after the day, and without undated facts when asked', async () => {
    const query = `query($asOf: Date, $undated: Boolean!) { neighborhood(id: "belarus", depth: 2, limit: 500, asOf: $asOf, includeUndated: $undated) {
      nodes { id kind date } edges { id date } } }`;
    const now = expectNoGraphQLErrors(await api.gql(query, { asOf: null, undated: true })).neighborhood;
    const then = expectNoGraphQLErrors(await api.gql(query, { asOf: '2008-12-31', undated: true })).neighborhood;
    const strict = expectNoGraphQLErrors(await api.gql(query, { asOf: '2008-12-31', undated: false })).neighborhood;
    expect(then.edges.length).toBeLessThan(now.edges.length);
    expect(then.edges.some((edge: Edge) => edge.date !== null)).toBe(true);
    for (const edge of then.edges) expect(dated(edge.date, '2008-12-31')).toBe(true);
    for (const node of then.nodes) expect(dated(node.date, '2008-12-31')).toBe(true);
    expect(strict.edges.length).toBeLessThan(then.edges.length);
    for (const edge of strict.edges) expect(edge.date).not.toBeNull();
    for (const node of strict.nodes) if (node.kind === 'EVENT' || node.kind === 'STATEMENT') expect(node.date).not.toBeNull();
  });

  it('filters an entity’s relationships, a subgraph and paths by the day', async () => {
    const data = expectNoGraphQLErrors(
      await api.gql(`{ node(id: "belarus") { ... on Entity {
          now: relationships(types: [PARTICIPATED_IN, SANCTIONED]) { date node { id } }
          then: relationships(types: [PARTICIPATED_IN, SANCTIONED], asOf: "2006-12-31", includeUndated: false) { date node { id } }
          paged: relationshipsConnection(types: [PARTICIPATED_IN, SANCTIONED], asOf: "2006-12-31", includeUndated: false, first: 100) { totalCount edges { node { date } } } } }
        subgraph(ids: ["john-bolton", "aliaksandr-lukashenka", "bolton-visit-minsk-2019", "belarus"], asOf: "2018-12-31") { nodes { id } edges { date } }
        paths(from: ["john-bolton"], to: ["aliaksandr-lukashenka"], asOf: "2018-12-31", includeUndated: false) { paths { edges { date } } } }`),
    );
    expect(data.node.then.length).toBeGreaterThan(0);
    expect(data.node.then.length).toBeLessThan(data.node.now.length);
    for (const relation of data.node.then) expect(relation.date <= '2006-12-31').toBe(true);
    expect(data.node.paged.totalCount).toBe(data.node.then.length);
    expect(data.node.paged.edges.map((edge: { node: { date: string } }) => edge.node.date).sort()).toEqual(data.node.then.map((relation: { date: string }) => relation.date).sort());
    expect(data.subgraph.nodes.map((node: { id: string }) => node.id)).not.toContain('bolton-visit-minsk-2019');
    for (const edge of data.subgraph.edges) expect(dated(edge.date, '2018-12-31')).toBe(true);
    for (const path of data.paths.paths) for (const edge of path.edges) expect(edge.date <= '2018-12-31').toBe(true);
  });
});
