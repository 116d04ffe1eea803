/**
 * The entity graph as the analytics read it: nodes by index (in id order), and an
 * undirected simple adjacency in compressed sparse rows. Relationship direction and type
 * are grammar (who said, what is reported where), not influence, so every metric reads
 * the graph undirected, with one link per pair of related nodes; `relationships` keeps
 * how many relationships each node has, for `degree`.
 */
export interface AdjacencyGraph {
  /** Node count. */
  readonly n: number;
  /** `offsets[i]..offsets[i + 1]` are node i's neighbours in `neighbors`. */
  readonly offsets: Int32Array;
  /** Neighbour indices, each row sorted and without repeats or the node itself. */
  readonly neighbors: Int32Array;
}

/**
 * Builds the adjacency from relationship ends given as index pairs (`sources[k]` to
 * `targets[k]`), dropping self-loops and repeated pairs.
 */
export function buildAdjacency(n: number, sources: Int32Array, targets: Int32Array, count: number): AdjacencyGraph {
  const degree = new Int32Array(n + 1);
  for (let k = 0; k < count; k++) {
    const a = sources[k]!;
    const b = targets[k]!;
    if (a === b) continue;
    degree[a]! += 1;
    degree[b]! += 1;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const raw = new Int32Array(offsets[n]!);
  for (let k = 0; k < count; k++) {
    const a = sources[k]!;
    const b = targets[k]!;
    if (a === b) continue;
    raw[fill[a]!++] = b;
    raw[fill[b]!++] = a;
  }
  // Sort each row and drop repeats, compacting in place.
  const compact = new Int32Array(n + 1);
  let write = 0;
  for (let i = 0; i < n; i++) {
    const row = raw.subarray(offsets[i]!, offsets[i + 1]!).sort();
    compact[i] = write;
    let previous = -1;
    for (const j of row) {
      if (j !== previous) raw[write++] = j;
      previous = j;
    }
  }
  compact[n] = write;
  return { n, offsets: compact, neighbors: raw.slice(0, write) };
}
