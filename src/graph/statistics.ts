import type { Direction } from './records.ts';
import { RELATIONS_PER_FIELD } from '../loaders/relation-loader.ts';
import { degreeStatistics } from '../store/queries.ts';
import type { QueryRunner } from '../store/runner.ts';

/** How long a list can be, as the cost estimate bounds it. */
export interface ListBounds {
  /** Most relationships of these types one node has on that side (never above RELATIONS_PER_FIELD, where the store cuts). */
  relations(types: readonly string[], side: Direction): number;
  /** Most documents one node or one relationship cites. */
  sources(of: 'node' | 'edge'): number;
  /** Most relationships at one node, of every type and either way. */
  degree(): number;
  /** How many nodes the graph holds. */
  nodes(): number;
  /** How many relationships the graph holds. */
  edges(): number;
}

/** Bounds that hold for any graph: the cuts the store and the answer budget make. */
export const CAP_BOUNDS: ListBounds = {
  relations: () => RELATIONS_PER_FIELD,
  sources: () => RELATIONS_PER_FIELD,
  degree: () => Number.POSITIVE_INFINITY,
  nodes: () => Number.POSITIVE_INFINITY,
  edges: () => Number.POSITIVE_INFINITY,
};

/**
 * Bounds from the graph's own largest degrees: an upper bound on every list the
 * graph can give, and a tight one. Read from the store (one aggregate over every
 * relationship: ~20 s at 1M nodes) when the app starts and again after each write, in the
 * background: until the first read, requests wait for it (CAP_BOUNDS stand in while the
 * store cannot be read); after a write they keep using the bounds read before it until the
 * new ones are in (the store's cuts and the answer budget hold meanwhile whatever the write added).
 */
export class DegreeStatistics {
  private readonly runner: QueryRunner;
  private loading: Promise<ListBounds> | undefined;
  private last: ListBounds | undefined;

  constructor(runner: QueryRunner) {
    this.runner = runner;
  }

  /** The current bounds: the last ones read while a new read is under way, else the read's. */
  bounds(): Promise<ListBounds> {
    this.warm();
    return this.last !== undefined ? Promise.resolve(this.last) : this.loading!;
  }

  /** Starts reading the bounds, unless a read is under way. */
  warm(): void {
    if (this.loading === undefined) this.refresh();
  }

  /** The graph was written: reads the bounds again, in the background. */
  invalidate(): void {
    this.refresh();
  }

  private refresh(): void {
    const loading: Promise<ListBounds> = this.read().then(
      (bounds) => {
        // A later write started a newer read: its bounds win.
        if (this.loading === loading) this.last = bounds;
        return bounds;
      },
      () => {
        if (this.loading === loading) this.loading = undefined; // try again on the next request
        return this.last ?? CAP_BOUNDS;
      },
    );
    this.loading = loading;
  }

  private async read(): Promise<ListBounds> {
    const rows = await this.runner.run(degreeStatistics, {});
    const out = new Map<string, number>();
    const into = new Map<string, number>();
    const sources = { node: 0, edge: 0 };
    const totals = { degree: 0, nodes: 0, edges: 0 };
    for (const row of rows) {
      if (row.side === 'OUT') out.set(row.type ?? '', row.max);
      else if (row.side === 'IN') into.set(row.type ?? '', row.max);
      else if (row.side === 'NODE_SOURCES') sources.node = row.max;
      else if (row.side === 'EDGE_SOURCES') sources.edge = row.max;
      else if (row.side === 'DEGREE') totals.degree = row.max;
      else if (row.side === 'NODES') totals.nodes = row.max;
      else if (row.side === 'EDGES') totals.edges = row.max;
    }
    return {
      relations(types, side) {
        let total = 0;
        for (const type of types) {
          if (side !== 'IN') total += out.get(type) ?? 0;
          if (side !== 'OUT') total += into.get(type) ?? 0;
        }
        return Math.min(total, RELATIONS_PER_FIELD);
      },
      sources: (of) => Math.min(sources[of], RELATIONS_PER_FIELD),
      degree: () => totals.degree,
      nodes: () => totals.nodes,
      edges: () => totals.edges,
    };
  }
}
