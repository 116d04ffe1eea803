/**
 * Search on a synthetic graph large enough for shards to matter: the walk over the
 * engine's text index gives what it gives when each lookup is answered from every node
 * of the graph, hits come in rank order with exact names first, and the walk reads far
 * fewer nodes than match.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/generate.ts';
import { loadGraph } from '../../bench/load.ts';
import { normalizeSearchText } from '../../src/search/normalize.ts';
import { runSearch } from '../../src/search/run-search.ts';
import type { SearchMatch, SearchRequest } from '../../src/search/search.ts';
import { compareMatches, matchOf, searchWalk } from '../../src/search/search.ts';
import { createEmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import type { GraphStore } from '../../src/store/port.ts';
import { createQueryRunner } from '../../src/store/runner.ts';
import type { IndexedNode } from '../../src/store/search-index.ts';
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

/**
 * The walk read lookup by lookup from every node of the graph, each lookup's whole
 * answer, no engine involved: what the engine's index, read in groups and unions, must
 * give too.
 */
function oracle(request: SearchRequest): SearchMatch[] {
  const walk = searchWalk(request);
  const terms = new Map(everyNode.map((node) => [node, new Set(node.searchText.split(' '))]));
  for (const [index, lookup] of walk.lookups.entries()) {
    const answer = everyNode.filter((node) => lookup.terms.some((term) => terms.get(node)!.has(term)));
    expect(answer.length, 'an answer within the lookup limit').toBeLessThan(lookup.limit);
    if (walk.take(index, answer)) break;
  }
  return walk.matches();
}

const QUERIES: [string, number][] = [
  ['karpenka', 10],
  ['karpenka', 50],
  ['anna', 20],
  ['anna karp', 10],
  ['minsk', 10],
  ['karpenka 12', 10],
  ['no1', 10],
  ['synthetic', 10],
  ['person', 25],
  ['number 2', 10],
  ['probe', 50],
  ['zzzz', 10],
];

describe('search over the text index at 3,000 nodes', () => {
  it.each(QUERIES)('“%s” (first %i) gives what the documented rule gives over every node', async (query, first) => {
    const request = { term: normalizeSearchText(query), kinds: [], first };
    const hits = (await runSearch(createQueryRunner(store), request)).map((hit) => hit.match);
    expect(hits).toEqual(oracle(request));
    expect(hits).toEqual([...hits].sort(compareMatches));
    const exact = everyNode.filter((node) => matchOf(node, request)?.matchType === 'EXACT' && matchOf(node, request)?.field === 'NAME');
    expect(hits.slice(0, exact.length).map((hit) => hit.id).sort()).toEqual(exact.slice(0, first).map((node) => node.id).sort());
  });

  it('reads a few more nodes in a graph eight times larger, where eight times as many match', async () => {
    const large = createEmbeddedStore({ path: null });
    try {
      await loadGraph(large, syntheticGraph({ nodes: 24_000 }), quiet);
      const request = { term: 'karpenka', kinds: [], first: 10 };
      const readIn = async (graph: GraphStore) => {
        const recorder = new QueryRecorder();
        expect(await runSearch(createQueryRunner(graph, [recorder.listener]), request)).toHaveLength(10);
        return recorder.events.filter((event) => event.name === 'searchIndex').reduce((sum, event) => sum + event.rows, 0);
      };
      const matching = async (graph: GraphStore) =>
        Number((await graph.execute("MATCH (n:Entity) WHERE n.searchText CONTAINS ' karpenkaǀ' RETURN count(n) AS count", {}, 'READ'))[0]!.count);
      const [smallMatches, bigMatches] = [await matching(store), await matching(large)];
      const [small, big] = [await readIn(store), await readIn(large)];
      expect(bigMatches / smallMatches).toBeGreaterThan(6);
      // The names of 1,000 to 9,999 (one digit longer) are all there at 24,000: the shard at
      // the edge grows once, not with the graph.
      expect(big / small).toBeLessThan(3);
      expect(big).toBeLessThan(bigMatches / 4);
    } finally {
      await large.close();
    }
  }, 60_000);

  it('is read in one call into the embedded store, then one query for the hits', async () => {
    const recorder = new QueryRecorder();
    await runSearch(createQueryRunner(store, [recorder.listener]), { term: 'anna', kinds: ['Person'], first: 10 });
    expect(recorder.names).toEqual(['searchIndex', 'searchResults']);
  });
});
