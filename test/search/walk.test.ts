/**
 * Search on a synthetic graph large enough for shards to matter: every page the walk over
 * the engine's text index reads — from the start, after a cursor, from the end — is the
 * page the documented rule (matchOf, compareMatches) cuts from every node of the graph;
 * the count is the number of nodes the rule finds; and a page reads about what it
 * returns, however many nodes share the word.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/generate.ts';
import { loadGraph } from '../../bench/load.ts';
import type { Scan } from '../../src/graph/keyset.ts';
import { normalizeSearchText } from '../../src/search/normalize.ts';
import type { SearchHit, SearchOrder } from '../../src/search/run-search.ts';
import { countHits, searchHits } from '../../src/search/run-search.ts';
import type { IndexedNode, SearchMatch, SearchRequest } from '../../src/search/search.ts';
import { compareMatches, filterOf, lookupsOf, matchOf } from '../../src/search/search.ts';
import { createEmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import type { GraphStore, Params } from '../../src/store/port.ts';
import { createQueryRunner } from '../../src/store/runner.ts';
import { createApp } from '../../src/server/create-app.ts';
import { QueryRecorder } from '../testkit/graph.ts';

let store: GraphStore;
let everyNode: IndexedNode[];
/** The loader's progress output, dropped. */
const quiet = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;

beforeAll(async () => {
  store = createEmbeddedStore({ path: null });
  await loadGraph(store, syntheticGraph({ nodes: 3000 }), quiet);
  const rows = await store.execute(
    `MATCH (n:Entity) RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS kind, n.name AS name,
            n.aliases AS aliases, n.description AS description, n.searchText AS searchText`,
    {},
    'READ',
  );
  everyNode = rows.map((row) => ({
    id: String(row.id),
    kind: String(row.kind),
    name: String(row.name),
    aliases: (row.aliases as string[] | null) ?? [],
    description: (row.description as string | null) ?? null,
    searchText: String(row.searchText),
  }));
}, 60_000);

afterAll(() => store.close());

/** Every hit the rule finds, over every node of the graph, in rank order: the list each page is cut from. */
function oracle(request: SearchRequest, order: SearchOrder): SearchMatch[] {
  const matches = everyNode.flatMap((node) => matchOf(node, request) ?? []);
  const byName = (a: SearchMatch, b: SearchMatch) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return matches.sort(order === 'NAME' ? byName : compareMatches);
}

const QUERIES: string[] = ['karpenka', 'anna', 'anna karp', 'minsk', 'karpenka 12', 'no1', 'synthetic', 'person', 'number 2', 'probe', 'zzzz', 'aliaksandr lukashenka'];

const summary = (hit: SearchHit) => ({ id: hit.node.id, field: hit.match.field, matchType: hit.match.matchType, score: hit.match.score });
const expected = (match: SearchMatch) => ({ id: match.id, field: match.field, matchType: match.matchType, score: match.score });

describe('search over the text index at 3,000 nodes', () => {
  describe.each(['RELEVANCE', 'NAME'] as const)('by %s', (order) => {
    it.each(QUERIES)('“%s”: the first page, pages after cursors and pages from the end are cut from what the rule gives over every node', async (query) => {
      const request = { term: normalizeSearchText(query), kinds: [] };
      const runner = createQueryRunner(store);
      const all = oracle(request, order);
      const read = (scan: Scan) => searchHits(runner, request, order, scan);
      const forward = { ascending: true, missingLast: true, stop: null };
      const first = await read({ ...forward, start: null, limit: 11 });
      expect(first.map(summary)).toEqual(all.slice(0, 11).map(expected));
      if (all.length === 0) return;
      // After a hit in the middle, and after the second-last.
      for (const at of [Math.floor(all.length / 2), Math.max(0, all.length - 2)]) {
        const cursor = (await read({ ...forward, start: null, limit: at + 1 })).at(-1)!.key;
        expect((await read({ ...forward, start: cursor, limit: 21 })).map(summary), `after #${at}`).toEqual(all.slice(at + 1, at + 22).map(expected));
        // From the end: the hits before it, nearest first.
        expect((await read({ ascending: false, missingLast: false, start: cursor, stop: null, limit: 5 })).map(summary), `before #${at}`).toEqual(
          all.slice(Math.max(0, at - 5), at).reverse().map(expected),
        );
      }
      expect(await countHits(runner, request)).toBe(all.length);
    });
  });

  it('reads the candidates the text index gave by their engine ids: the plan seeks, it does not scan', async () => {
    const request = { term: 'karpenka', kinds: [] };
    const terms = lookupsOf(request)[2]!.flatMap((lookup) => lookup.terms);
    const candidates = await store.searchIndex.candidates(terms);
    expect(candidates).not.toBeNull();
    const params = { ...filterOf(request), ...candidates, scope: { field: 'NAME', grade: 2, start: null, stop: null }, order: 'RELEVANCE', ascending: true, missingLast: true, limit: 11, sep: '\u0001' };
    const [plan] = await store.execute(`EXPLAIN ${store.searchIndex.statements.searchPage}`, params, 'READ');
    expect(String(plan?.plan)).toMatch(/Filter \(id\(n\) Eq nodeId\) \[seek: id\]/);
  });

  it('finds only the kinds asked for, in the same order', async () => {
    const request = { term: 'karpenka', kinds: ['Person' as const] };
    const hits = await searchHits(createQueryRunner(store), request, 'RELEVANCE', { ascending: true, missingLast: true, start: null, stop: null, limit: 30 });
    expect(hits.map(summary)).toEqual(oracle(request, 'RELEVANCE').slice(0, 30).map(expected));
  });

  /** The nodes the engine's index gave the statements a search ran: the rows it read inside the store. */
  async function candidatesRead(graph: GraphStore, request: SearchRequest, limit: number) {
    let read = 0;
    const watched: GraphStore = {
      ...graph,
      execute: (text, params: Params, routing, options) => {
        if (Array.isArray(params.nodeIds)) read += params.nodeIds.length;
        return graph.execute(text, params, routing, options);
      },
    };
    const recorder = new QueryRecorder();
    const hits = await searchHits(createQueryRunner(watched, [recorder.listener]), request, 'RELEVANCE', { ascending: true, missingLast: true, start: null, stop: null, limit });
    return { hits, read, rows: recorder.events.reduce((sum, event) => sum + event.rows, 0) };
  }

  it('reads a few more nodes in a graph eight times larger, where eight times as many match, and returns only the page', async () => {
    const large = createEmbeddedStore({ path: null });
    try {
      await loadGraph(large, syntheticGraph({ nodes: 24_000 }), quiet);
      const request = { term: 'karpenka', kinds: [] };
      const matching = async (graph: GraphStore) =>
        Number((await graph.execute("MATCH (n:Entity) WHERE n.searchText CONTAINS ' karpenkaǀ' RETURN count(n) AS count", {}, 'READ'))[0]!.count);
      const [smallMatches, bigMatches] = [await matching(store), await matching(large)];
      const [small, big] = [await candidatesRead(store, request, 11), await candidatesRead(large, request, 11)];
      expect(small.hits).toHaveLength(11);
      expect(big.hits).toHaveLength(11);
      expect([small.rows, big.rows]).toEqual([11, 11]);
      expect(bigMatches / smallMatches).toBeGreaterThan(6);
      // The names of 1,000 to 9,999 (one digit longer) are all there at 24,000: the shard at
      // the edge grows once, not with the graph.
      expect(big.read / small.read).toBeLessThan(3);
      expect(big.read).toBeLessThan(bigMatches / 4);
    } finally {
      await large.close();
    }
  }, 60_000);

  it('probes the next groups of a tier together until one finds nodes, and reads what the walk one group at a time reads', async () => {
    /** The store with its text index watched: the terms of each lookup and of each probe, and how many probes waited at once at most. */
    const watch = (ahead: number) => {
      const looked: string[] = [];
      const probed: string[] = [];
      const read: unknown[] = [];
      let waiting = 0;
      let most = 0;
      const index = store.searchIndex;
      const watched: GraphStore = {
        ...store,
        execute: (text, params: Params, routing, options) => {
          read.push(params.nodeIds);
          return store.execute(text, params, routing, options);
        },
        searchIndex: {
          ...index,
          groups: () => ({ ...index.groups(), ahead }),
          candidates(terms) {
            looked.push(terms.join(' '));
            return index.candidates(terms);
          },
          async probe(terms) {
            probed.push(terms.join(' '));
            most = Math.max(most, ++waiting);
            try {
              return await index.probe!(terms);
            } finally {
              waiting -= 1;
            }
          },
        },
      };
      return { runner: createQueryRunner(watched), looked, probed, read, most: () => most };
    };
    for (const query of ['zzzz', 'karpenka', 'anna karp', 'number 2']) {
      const request = { term: normalizeSearchText(query), kinds: [] };
      const scan = { ascending: true, missingLast: true, start: null, stop: null, limit: 11 };
      const [together, alone] = [watch(4), watch(0)];
      const hits = await searchHits(together.runner, request, 'RELEVANCE', scan);
      expect(hits.map(summary), query).toEqual((await searchHits(alone.runner, request, 'RELEVANCE', scan)).map(summary));
      // The same statements over the same candidates; each group one at a time looks up is probed
      // or (once one has found nodes) looked up, at most four more are probed, and only those
      // that hold nodes are looked up.
      expect(together.read, query).toEqual(alone.read);
      expect(alone.probed).toEqual([]);
      expect(alone.looked.every((terms) => together.probed.includes(terms) || together.looked.includes(terms)), query).toBe(true);
      expect(together.probed.filter((terms) => !alone.looked.includes(terms)).length, query).toBeLessThanOrEqual(4);
      expect(together.looked.every((terms) => alone.looked.includes(terms)), query).toBe(true);
      if (query === 'zzzz') {
        // Nothing anywhere: every group probed, four at a time, and none looked up.
        expect(together.probed).toEqual(alone.looked);
        expect(together.looked).toEqual([]);
        expect(together.most()).toBe(4);
      }
    }
  });

  it("probes over GraphQL too: the request's runner hands the store's probe to the walk", async () => {
    let probes = 0;
    const index = store.searchIndex;
    const watched: GraphStore = { ...store, searchIndex: { ...index, probe: (terms) => ((probes += 1), index.probe!(terms)) } };
    const response = await createApp({ store: watched, responseCache: { maxEntries: 0 } }).fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ search(query: "zzzz", first: 10) { node { id } } }' }),
    });
    expect(await response.json()).toEqual({ data: { search: [] } });
    expect(probes).toBe(73);
  });

  it('reads a page with one statement per tier that holds candidates, in a small graph, each cut to what the page still needs', async () => {
    const small = createEmbeddedStore({ path: null });
    try {
      await loadGraph(small, syntheticGraph({ nodes: 1000 }), quiet);
      const recorder = new QueryRecorder();
      const runner = createQueryRunner(small, [recorder.listener]);
      const hits = await searchHits(runner, { term: 'karpenka', kinds: [] }, 'RELEVANCE', { ascending: true, missingLast: true, start: null, stop: null, limit: 11 });
      expect(hits).toHaveLength(11);
      // Exact names and names that start with the word: none, so no statement runs; then one
      // for the names that contain it.
      expect(recorder.names).toEqual(['searchPage']);
      expect(recorder.events.map((event) => event.rows)).toEqual([11]);
    } finally {
      await small.close();
    }
  });
});
