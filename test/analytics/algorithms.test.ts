/**
 * The analytics' own algorithms against independent implementations (graphology's
 * metrics and Louvain) on the seed graph, as the embedded store holds it, and the
 * sampled betweenness against the exact one.
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { betweenness as betweennessOracle, pagerank as pagerankOracle } from 'graphology-metrics/centrality/index.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { betweenness } from '../../src/analytics/betweenness.ts';
import { computeMetrics } from '../../src/analytics/compute.ts';
import { louvain, modularity } from '../../src/analytics/louvain.ts';
import { pageRank } from '../../src/analytics/pagerank.ts';
import type { GraphRead } from '../../src/analytics/read-graph.ts';
import { readGraph } from '../../src/analytics/read-graph.ts';
import { createQueryRunner } from '../../src/store/runner.ts';
import { adjacencyOf } from '../testkit/path-oracle.ts';
import { useSeededApi } from '../testkit/api.ts';

// The package is CommonJS: its default export is the function, with `detailed` on it.
const louvainOracle = louvainModule as unknown as { detailed: (graph: UndirectedGraph, options: object) => { communities: Record<string, number>; modularity: number } };
const api = useSeededApi();
let read: GraphRead;
/** The seed graph built again from the testkit's own reading of it, undirected, one edge per related pair. */
let oracle: UndirectedGraph;

beforeAll(async () => {
  read = await readGraph(createQueryRunner(api.store), { pageSize: 7 });
  oracle = new UndirectedGraph({ allowSelfLoops: false });
  for (const id of read.ids) oracle.addNode(id);
  for (const [id, links] of await adjacencyOf(api.store)) {
    for (const { other } of links) if (other !== id && !oracle.hasEdge(id, other)) oracle.addEdge(id, other);
  }
});

describe('graph analytics on the seed graph', () => {
  it('reads every entity and relationship, in pages, with each node’s degree', async () => {
    const [{ nodes }] = (await api.store.execute('MATCH (n:Entity) RETURN count(n) AS nodes', {}, 'READ')) as [{ nodes: number }];
    const [{ relationships }] = (await api.store.execute('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships', {}, 'READ')) as [{ relationships: number }];
    expect(read.ids).toHaveLength(nodes);
    expect(read.relationships).toBe(relationships);
    expect(read.adjacency.neighbors.length).toBe(2 * oracle.size);
    const bolton = read.ids.indexOf('john-bolton');
    const [{ degree }] = (await api.store.execute("MATCH (:Entity {id: 'john-bolton'})-[r]-(:Entity) RETURN count(r) AS degree", {}, 'READ')) as [{ degree: number }];
    expect(read.degree[bolton]).toBe(degree);
    expect(read.version).toMatch(/^\d+n-\d+r-[0-9a-f]{16}$/);
    expect((await readGraph(createQueryRunner(api.store), { pageSize: 1000 })).version).toBe(read.version);
  });

  it('gives PageRank as graphology does', () => {
    const ours = pageRank(read.adjacency);
    const theirs = pagerankOracle(oracle, { getEdgeWeight: null, alpha: 0.85, tolerance: 1e-10, maxIterations: 1000 });
    const sum = ours.scores.reduce((total, score) => total + score, 0);
    expect(sum).toBeCloseTo(1, 9);
    read.ids.forEach((id, i) => expect(ours.scores[i], id).toBeCloseTo(theirs[id]!, 5));
  });

  it('gives exact betweenness as graphology does', () => {
    const ours = betweenness(read.adjacency, { sources: 10_000 });
    const theirs = betweennessOracle(oracle, { normalized: true });
    expect(ours.exact).toBe(true);
    read.ids.forEach((id, i) => expect(ours.values[i], id).toBeCloseTo(theirs[id]!, 10));
    expect(Math.max(...ours.values)).toBeGreaterThan(0.1);
  });

  it('samples betweenness without bias, the largest values within their stated error', () => {
    const exact = betweenness(read.adjacency, { sources: 10_000 }).values;
    const sampled = betweenness(read.adjacency, { sources: 40, seed: 7 });
    expect(sampled.exact).toBe(false);
    expect(sampled.sources).toBe(40);
    const top = Array.from(exact.keys()).sort((a, b) => exact[b]! - exact[a]!).slice(0, 10);
    for (const i of top) {
      expect(sampled.errors[i], read.ids[i]).toBeGreaterThan(0);
      expect(Math.abs(sampled.values[i]! - exact[i]!), read.ids[i]).toBeLessThanOrEqual(3 * sampled.errors[i]!);
    }
    // Averaged over many draws, the estimate is the exact value.
    const mean = new Float64Array(exact.length);
    const draws = 200;
    for (let seed = 1; seed <= draws; seed++) {
      const values = betweenness(read.adjacency, { sources: 40, seed }).values;
      for (let i = 0; i < mean.length; i++) mean[i]! += values[i]! / draws;
    }
    for (const i of top) expect(Math.abs(mean[i]! - exact[i]!) / exact[i]!, read.ids[i]).toBeLessThan(0.05);
  });

  it('finds communities at least as modular as graphology’s Louvain', () => {
    const ours = louvain(read.adjacency);
    const theirs = louvainOracle.detailed(oracle, { getEdgeWeight: null, randomWalk: false, rng: () => 0.5 });
    expect(ours.modularity).toBeCloseTo(modularity(read.adjacency, ours.membership), 12);
    expect(ours.modularity).toBeGreaterThan(theirs.modularity - 0.02);
    expect(ours.count).toBeGreaterThan(2);
    expect(new Set(ours.membership).size).toBe(ours.count);
    // Our modularity of graphology's partition is graphology's own figure: one definition.
    const theirMembership = Int32Array.from(read.ids, (id) => theirs.communities[id]!);
    expect(modularity(read.adjacency, theirMembership)).toBeCloseTo(theirs.modularity, 9);
  });

  it('computes everything on a worker thread with the same results', async () => {
    const fresh = await readGraph(createQueryRunner(api.store));
    const stages = new Set<string>();
    const computed = await computeMetrics(fresh.adjacency, { betweennessSources: 10_000, onProgress: (progress) => stages.add(progress.stage) });
    expect([...stages]).toEqual(['pageRank', 'betweenness', 'communities']);
    expect(Array.from(computed.pageRank)).toEqual(Array.from(pageRank(read.adjacency).scores));
    expect(Array.from(computed.betweenness)).toEqual(Array.from(betweenness(read.adjacency, { sources: 10_000 }).values));
    expect(Array.from(computed.membership)).toEqual(Array.from(louvain(read.adjacency).membership));
  });
});
