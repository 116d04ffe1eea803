import type { AdjacencyGraph } from './csr.ts';
import { mulberry32 } from './random.ts';

export interface BetweennessOptions {
  /**
   * Most source nodes to run a search from. A graph with at most this many nodes is
   * computed exactly (from every node); a larger one from this many sources drawn at
   * random, the sum scaled up, with a standard error per node. @default 256
   */
  sources?: number;
  /** Seed of the draw, so that every run on the same graph gives the same values. @default 20190829 */
  seed?: number;
  /** Told how many sources are done, now and then. */
  onProgress?: (done: number, total: number) => void;
}

export interface Betweenness {
  /** Normalised betweenness: the share of shortest paths between other pairs that pass through each node, 0 to 1. */
  values: Float64Array;
  /** The standard error of each value (0 everywhere when exact). */
  errors: Float64Array;
  /** Sources searched from. */
  sources: number;
  exact: boolean;
}

/**
 * Betweenness centrality of the undirected, unweighted graph by Brandes' algorithm:
 * one breadth-first search per source, dependencies accumulated back up the search.
 * Sampling sources uniformly without replacement gives an unbiased estimate of the
 * exact sum; its standard error comes from the spread of the sampled dependencies.
 */
export function betweenness(graph: AdjacencyGraph, options: BetweennessOptions = {}): Betweenness {
  const { n, offsets, neighbors } = graph;
  const k = Math.min(n, Math.max(1, options.sources ?? 256));
  const exact = k === n;
  const order = sourceOrder(n, k, options.seed ?? 20_190_829);
  const sum = new Float64Array(n);
  const squares = exact ? new Float64Array(0) : new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const delta = new Float64Array(n);
  const visited = new Int32Array(n);
  const every = Math.max(1, Math.floor(k / 100));
  for (let s = 0; s < k; s++) {
    const source = order[s]!;
    // Breadth-first search from the source; `visited` doubles as the queue, in order.
    let head = 0;
    let tail = 0;
    visited[tail++] = source;
    dist[source] = 0;
    sigma[source] = 1;
    while (head < tail) {
      const v = visited[head++]!;
      const next = dist[v]! + 1;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = neighbors[e]!;
        if (dist[w] === -1) {
          dist[w] = next;
          visited[tail++] = w;
        }
        if (dist[w] === next) sigma[w]! += sigma[v]!;
      }
    }
    // Dependencies, farthest nodes first: each node passes its share to the nodes one step closer.
    for (let i = tail - 1; i >= 0; i--) {
      const w = visited[i]!;
      const before = dist[w]! - 1;
      const share = (1 + delta[w]!) / sigma[w]!;
      for (let e = offsets[w]!; e < offsets[w + 1]!; e++) {
        const v = neighbors[e]!;
        if (dist[v] === before) delta[v]! += sigma[v]! * share;
      }
      if (w !== source) {
        sum[w]! += delta[w]!;
        if (!exact) squares[w]! += delta[w]! * delta[w]!;
      }
    }
    for (let i = 0; i < tail; i++) {
      const w = visited[i]!;
      dist[w] = -1;
      sigma[w] = 0;
      delta[w] = 0;
    }
    if ((s + 1) % every === 0 || s + 1 === k) options.onProgress?.(s + 1, k);
  }
  // Each unordered pair was counted from both ends; normalised by the number of pairs of other nodes.
  const pairs = n > 2 ? (n - 1) * (n - 2) : 1;
  const values = new Float64Array(n);
  const errors = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if (exact) {
      values[v] = sum[v]! / pairs;
      continue;
    }
    const mean = sum[v]! / k;
    const variance = k > 1 ? Math.max(0, (squares[v]! - k * mean * mean) / (k - 1)) : 0;
    values[v] = (n * mean) / pairs;
    errors[v] = (n * Math.sqrt(((1 - k / n) * variance) / k)) / pairs;
  }
  return { values, errors, sources: k, exact };
}

/** The first `k` of a seeded shuffle of 0..n-1 (all of them, in order, when k = n). */
function sourceOrder(n: number, k: number, seed: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (k === n) return order;
  const random = mulberry32(seed);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  return order.subarray(0, k);
}

