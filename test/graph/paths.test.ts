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

function search(options: Partial<PathSearchOptions> & { from: string; to: string }) {
  const runner = createQueryRunner(store);
  return shortestPaths(
    { runner },
    { maxDepth: 10, types: [], maxPaths: 1000, expansionLimit: 10_000, rowBudget: 10_000, ...options },
  );
}

describe('shortest paths', () => {
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

  it('says when a level hit the expansion cap', async () => {
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
