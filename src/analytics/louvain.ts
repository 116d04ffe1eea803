import type { AdjacencyGraph } from './csr.ts';

/** A weighted, undirected graph of one Louvain level; `loops[i]` is the weight inside node i, counted both ways. */
interface Level {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  loops: Float64Array;
}

export interface LouvainOptions {
  /** Above 1, smaller communities; below, larger. @default 1 */
  resolution?: number;
  /** Told each level's community count. */
  onLevel?: (level: number, communities: number) => void;
}

export interface Communities {
  /** The community of each node, numbered 0.. in order of each community's first node. */
  membership: Int32Array;
  count: number;
  /** Newman's modularity of the partition. */
  modularity: number;
}

/**
 * Louvain community detection (Blondel et al. 2008): nodes move, in index order, to the
 * neighbouring community that raises modularity most, until none does; the communities
 * then become the nodes of the next level, until a level moves nothing. Deterministic:
 * the same graph in the same node order gives the same partition.
 */
export function louvain(graph: AdjacencyGraph, options: LouvainOptions = {}): Communities {
  const resolution = options.resolution ?? 1;
  let level = unitLevel(graph);
  let membership = new Int32Array(graph.n);
  for (let i = 0; i < graph.n; i++) membership[i] = i;
  for (let depth = 1; ; depth++) {
    const { community, count, moved } = moveNodes(level, resolution);
    for (let i = 0; i < membership.length; i++) membership[i] = community[membership[i]!]!;
    options.onLevel?.(depth, count);
    if (!moved || count === level.n) break;
    level = aggregate(level, community, count);
  }
  const count = renumber(membership);
  return { membership, count, modularity: modularity(graph, membership, resolution) };
}

function unitLevel(graph: AdjacencyGraph): Level {
  return { n: graph.n, offsets: graph.offsets, targets: graph.neighbors, weights: new Float64Array(graph.neighbors.length).fill(1), loops: new Float64Array(graph.n) };
}

/** One level's local moving phase: each node's community, renumbered 0..count-1 in node order. */
function moveNodes(level: Level, resolution: number): { community: Int32Array; count: number; moved: boolean } {
  const { n, offsets, targets, weights, loops } = level;
  const strength = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let k = loops[i]!;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) k += weights[e]!;
    strength[i] = k;
    total += k;
  }
  const community = new Int32Array(n);
  const tot = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    community[i] = i;
    tot[i] = strength[i]!;
  }
  if (total === 0) return { community, count: renumber(community), moved: false };
  const linkTo = new Float64Array(n);
  const touched = new Int32Array(n);
  let movedAny = false;
  for (let pass = 0; pass < 100; pass++) {
    let moves = 0;
    for (let i = 0; i < n; i++) {
      const own = community[i]!;
      let seen = 0;
      for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
        const c = community[targets[e]!]!;
        if (linkTo[c] === 0) touched[seen++] = c;
        linkTo[c]! += weights[e]!;
      }
      const k = strength[i]!;
      tot[own]! -= k;
      let best = own;
      let bestGain = linkTo[own]! - (resolution * tot[own]! * k) / total;
      for (let t = 0; t < seen; t++) {
        const c = touched[t]!;
        const gain = linkTo[c]! - (resolution * tot[c]! * k) / total;
        if (gain > bestGain + 1e-12) {
          best = c;
          bestGain = gain;
        }
      }
      tot[best]! += k;
      if (best !== own) {
        community[i] = best;
        moves += 1;
      }
      for (let t = 0; t < seen; t++) linkTo[touched[t]!] = 0;
      linkTo[own] = 0;
    }
    if (moves === 0) break;
    movedAny = true;
  }
  return { community, count: renumber(community), moved: movedAny };
}

/** Renumbers labels in place to 0..count-1 in order of first appearance; returns count. */
function renumber(labels: Int32Array): number {
  const map = new Map<number, number>();
  for (let i = 0; i < labels.length; i++) {
    let to = map.get(labels[i]!);
    if (to === undefined) {
      to = map.size;
      map.set(labels[i]!, to);
    }
    labels[i] = to;
  }
  return map.size;
}

/** The next level: one node per community, the weights between communities summed. */
function aggregate(level: Level, community: Int32Array, count: number): Level {
  const { n, offsets, targets, weights, loops } = level;
  // Nodes grouped by community (counting sort), so each community's row is built at once.
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[community[i]! + 1]! += 1;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const members = new Int32Array(n);
  const fill = start.slice(0, count);
  for (let i = 0; i < n; i++) members[fill[community[i]!]!++] = i;

  const newLoops = new Float64Array(count);
  const newOffsets = new Int32Array(count + 1);
  const rowTargets: number[] = [];
  const rowWeights: number[] = [];
  const scratch = new Float64Array(count);
  const touched = new Int32Array(count);
  for (let c = 0; c < count; c++) {
    let seen = 0;
    for (let m = start[c]!; m < start[c + 1]!; m++) {
      const i = members[m]!;
      newLoops[c]! += loops[i]!;
      for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
        const d = community[targets[e]!]!;
        if (d === c) {
          newLoops[c]! += weights[e]!;
          continue;
        }
        if (scratch[d] === 0) touched[seen++] = d;
        scratch[d]! += weights[e]!;
      }
    }
    const row = Array.from(touched.subarray(0, seen)).sort((a, b) => a - b);
    for (const d of row) {
      rowTargets.push(d);
      rowWeights.push(scratch[d]!);
      scratch[d] = 0;
    }
    newOffsets[c + 1] = rowTargets.length;
  }
  return { n: count, offsets: newOffsets, targets: Int32Array.from(rowTargets), weights: Float64Array.from(rowWeights), loops: newLoops };
}

/** Newman's modularity of a partition of the unweighted graph. */
export function modularity(graph: AdjacencyGraph, membership: Int32Array, resolution = 1): number {
  const { n, offsets, neighbors } = graph;
  const total = neighbors.length;
  if (total === 0) return 0;
  const inside = new Map<number, number>();
  const degreeSum = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = membership[i]!;
    degreeSum.set(c, (degreeSum.get(c) ?? 0) + offsets[i + 1]! - offsets[i]!);
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) if (membership[neighbors[e]!] === c) inside.set(c, (inside.get(c) ?? 0) + 1);
  }
  let q = 0;
  for (const [c, sum] of degreeSum) q += (inside.get(c) ?? 0) / total - resolution * (sum / total) ** 2;
  return q;
}
