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
 * graph can give, and a tight one. Read from the store once (one aggregate over
 * every relationship) and again after each write; until they are read, and while
 * the store cannot be read, CAP_BOUNDS stand in.
 */
export class DegreeStatistics {
  private readonly runner: QueryRunner;
  private loading: Promise<ListBounds> | undefined;

  constructor(runner: QueryRunner) {
    this.runner = runner;
  }

  /** The current bounds, reading them first if they have not been read. */
  bounds(): Promise<ListBounds> {
    this.loading ??= this.read().catch(() => {
      this.loading = undefined; // try again on the next request
      return CAP_BOUNDS;
    });
    return this.loading;
  }

  /** Forgets the bounds: the graph was written. */
  invalidate(): void {
    this.loading = undefined;
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
