import { KINDS } from '../graph/records.ts';
import type { Kind } from '../graph/records.ts';
import { analyticsNodes, analyticsRelationships } from '../store/queries.ts';
import type { QueryRunner } from '../store/runner.ts';
import type { AdjacencyGraph } from './csr.ts';
import { buildAdjacency } from './csr.ts';

/** The entity graph as the analytics read it through the store port. */
export interface GraphRead {
  /** Entity ids, sorted: a node's index is its position here. */
  ids: string[];
  /** Each node's kind, as an index into KINDS. */
  kinds: Uint8Array;
  /** Relationships at each node, of any type, either way (its degree). */
  degree: Int32Array;
  /** Relationships that start at each node. */
  outDegree: Int32Array;
  /** Relationships read. */
  relationships: number;
  adjacency: AdjacencyGraph;
  /** A fingerprint of the nodes, their kinds and every relationship (its ends and type), whatever order they were read in. */
  version: string;
}

export interface ReadOptions {
  /** Entities whose relationships are read per statement. @default 5000 */
  pageSize?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * Reads the whole entity graph through the store port: every node, then the relationships
 * that start at each page of nodes, one statement per page, each by the id index. The same
 * statements on every engine; nothing is kept but ids, kinds and integer arrays.
 */
export async function readGraph(runner: QueryRunner, options: ReadOptions = {}): Promise<GraphRead> {
  const pageSize = options.pageSize ?? 5000;
  const nodes = await runner.run(analyticsNodes, {});
  nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = nodes.length;
  const ids = nodes.map((node) => node.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const kinds = new Uint8Array(n);
  const hash = new Fingerprint();
  for (let i = 0; i < n; i++) {
    const kind = KINDS.indexOf(nodes[i]!.kind as Kind);
    kinds[i] = kind < 0 ? 0 : kind;
    hash.add(`${ids[i]}\u0000${nodes[i]!.kind}`);
  }
  let sources = new Int32Array(Math.max(16, n * 4));
  let targets = new Int32Array(sources.length);
  const degree = new Int32Array(n);
  const outDegree = new Int32Array(n);
  let count = 0;
  for (let at = 0; at < n; at += pageSize) {
    options.signal?.throwIfAborted();
    const rows = await runner.run(analyticsRelationships, { ids: ids.slice(at, at + pageSize) });
    for (const row of rows) {
      const a = index.get(row.source);
      const b = index.get(row.target);
      if (a === undefined || b === undefined) continue;
      if (count === sources.length) {
        sources = grow(sources);
        targets = grow(targets);
      }
      sources[count] = a;
      targets[count] = b;
      count += 1;
      degree[a]! += 1;
      degree[b]! += 1;
      outDegree[a]! += 1;
      hash.add(`${row.source}\u0000${row.type}\u0000${row.target}`);
    }
    options.onProgress?.(Math.min(n, at + pageSize), n);
  }
  return { ids, kinds, degree, outDegree, relationships: count, adjacency: buildAdjacency(n, sources, targets, count), version: hash.digest(n, count) };
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * An order-independent fingerprint of a set of strings: two 32-bit FNV-1a hashes of each,
 * summed. The same graph gives the same version on every engine and every replica.
 */
class Fingerprint {
  private a = 0;
  private b = 0;
  add(text: string): void {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    this.a = (this.a + (h1 >>> 0)) >>> 0;
    this.b = (this.b + (h2 >>> 0)) >>> 0;
  }
  digest(nodes: number, relationships: number): string {
    const hex = (value: number) => value.toString(16).padStart(8, '0');
    return `${nodes}n-${relationships}r-${hex(this.a)}${hex(this.b)}`;
  }
}
