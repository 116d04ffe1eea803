/**
 * The bidirectional path search (src/graph/paths.ts) on the seed graph, against
 * a plain breadth-first count: every pair among a sample of nodes, so that both
 * sides grow alike, one side far more than the other, levels fetched ahead are
 * used, dropped for their size or never needed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortestPaths } from '../../src/graph/paths.ts';
import type { PathSearchOptions } from '../../src/graph/paths.ts';
import type { GraphStore } from '../../src/store/port.ts';
import { createQueryRunner } from '../../src/store/runner.ts';
import { seededStore } from '../testkit/graph.ts';
import { TEST_STORE } from '../testkit/neo4j.ts';
import type { Adjacency } from '../testkit/path-oracle.ts';
import { adjacencyOf, shortestPathOracle } from '../testkit/path-oracle.ts';

let store: GraphStore;
let adjacency: Adjacency;
let ids: string[];

beforeAll(async () => {
  store = await seededStore();
  adjacency = await adjacencyOf(store);
  ids = [...adjacency.keys()].sort();
});
afterAll(() => store?.close());

const oracle = (from: string, to: string, types: readonly string[]) => shortestPathOracle(adjacency, from, to, types);

/** On Neo4j both searches run: the store's native one, and the portable breadth-first one. */
const SEARCHES = TEST_STORE === 'neo4j' ? (['native', 'portable'] as const) : (['portable'] as const);
type Search = (typeof SEARCHES)[number];
let using: Search = 'portable';

function search(options: Partial<PathSearchOptions> & { from: string; to: string }) {
  const storeRunner = createQueryRunner(store);
  // Without the store's capabilities the graph layer takes the portable search.
  const runner = using === 'native' ? storeRunner : { run: storeRunner.run };
  return shortestPaths(
    { runner },
    { maxDepth: 10, types: [], maxPaths: 1000, expansionLimit: 10_000, rowBudget: 10_000, ...options },
  );
}

describe.each(SEARCHES)('shortest paths, %s search', (which) => {
  beforeAll(() => {
    using = which;
  });

  it.each([
    ['every relationship type', []],
    ['people, roles and events only', ['MET_WITH', 'HOLDS_ROLE', 'PARTICIPATED_IN', 'MEMBER_OF']],
  ])('finds exactly the shortest paths a breadth-first count finds, over %s', async (_name, types) => {
    const sample = ids.filter((_, i) => i % 4 === 0);
    let found = 0;
    for (const from of sample) {
      for (const to of sample) {
        if (from === to) continue;
        const expected = oracle(from, to, types);
        const { paths, truncated } = await search({ from, to, types });
        expect(truncated).toBe(false);
        expect(paths.length, `${from} → ${to}`).toBe(expected.count);
        expect(new Set(paths.map((path) => path.edges.map((edge) => edge.id).join('|'))).size).toBe(paths.length);
        for (const path of paths) {
          expect(path.edges.length).toBe(expected.length);
          expect(path.nodes[0]?.id).toBe(from);
          expect(path.nodes.at(-1)?.id).toBe(to);
          path.edges.forEach((edge, i) => {
            expect([edge.source, edge.target].sort()).toEqual([path.nodes[i]?.id, path.nodes[i + 1]?.id].sort());
          });
        }
        found += paths.length > 0 ? 1 : 0;
      }
    }
    expect(found).toBeGreaterThan(50);
  });

  it('lists paths hop by hop by the next node’s id, then the relationship’s, and a cut keeps the first', async () => {
    /** Each hop as [next node, relationship id]: the stated order compares these lists in turn. */
    const key = (path: { nodes: { id: string }[]; edges: { id: string }[] }) => path.edges.flatMap((edge, i) => [path.nodes[i + 1]!.id, edge.id]);
    const before = (x: string[], y: string[]) => {
      for (let i = 0; i < Math.min(x.length, y.length); i += 1) if (x[i] !== y[i]) return x[i]! < y[i]!;
      return x.length < y.length;
    };
    // Pairs with several shortest paths of 4 hops or more (where the order of the first hops
    // and of the meeting nodes can differ), by the oracle's count.
    const pairs = ids.flatMap((from, i) => ids.filter((_, j) => j % 7 === i % 7 && j > i).map((to) => [from, to] as const));
    const several = pairs.filter(([from, to]) => {
      const expected = oracle(from, to, []);
      return expected.count >= 3 && (expected.length ?? 0) >= 4;
    }).slice(0, 8);
    expect(several.length).toBe(8);
    for (const [from, to] of several) {
      const { paths } = await search({ from, to });
      for (let i = 1; i < paths.length; i += 1) expect(before(key(paths[i - 1]!), key(paths[i]!)), `${from} → ${to} #${i}`).toBe(true);
      const first = await search({ from, to, maxPaths: 2 });
      expect(first.paths).toEqual(paths.slice(0, 2));
      expect(first.truncated).toBe(true);
    }
  });

  it('says when a level hit the expansion cap (the portable search’s; the native one has none)', async () => {
    if (which === 'native') {
      // No cap to hit: the native search finds the paths the uncapped portable search finds.
      expect((await search({ from: 'andrei-yahorau', to: 'dmitry-peskov', expansionLimit: 2 })).paths.length).toBe(oracle('andrei-yahorau', 'dmitry-peskov', []).count);
      return;
    }
    const capped = await search({ from: 'andrei-yahorau', to: 'dmitry-peskov', expansionLimit: 2 });
    expect(capped.truncated).toBe(true);
    const whole = await search({ from: 'andrei-yahorau', to: 'dmitry-peskov' });
    expect(whole.truncated).toBe(false);
    expect(whole.paths.length).toBe(oracle('andrei-yahorau', 'dmitry-peskov', []).count);
  });

  it('finds no path from or to an unknown id, and a zero-length one from a node to itself', async () => {
    expect(await search({ from: 'nobody', to: 'john-bolton' })).toEqual({ paths: [], truncated: false });
    expect(await search({ from: 'john-bolton', to: 'nobody' })).toEqual({ paths: [], truncated: false });
    expect(await search({ from: 'nobody', to: 'nobody' })).toEqual({ paths: [], truncated: false });
    expect(await search({ from: 'minsk', to: 'minsk' })).toMatchObject({ paths: [{ nodes: [{ id: 'minsk', kind: 'Place' }], edges: [] }], truncated: false });
  });
});
