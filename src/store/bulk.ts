/**
 * The store port's optional bulk-load capability: writing many new nodes and
 * relationships through the engine's own loader where it has one (the embedded
 * engine's batch API), instead of Cypher statements. Each call is one transaction:
 * all of its rows or none. Dates travel as ISO strings, named in `dates`. A load
 * ends with `finish()`, which builds what the load put off (the text index: search
 * is unavailable until then) and lets go of what it kept.
 */
import type { PlainValue } from './port.ts';

export interface BulkNodes {
  /** Every label of the new nodes, e.g. `['Entity', 'Person']`. */
  labels: readonly string[];
  /** Each node's properties; `id` identifies it for relationships. */
  rows: readonly Record<string, PlainValue>[];
  /** Properties that hold dates (`YYYY-MM-DD`). */
  dates: readonly string[];
}

export interface BulkRelationships {
  type: string;
  /** The graph ids (`Entity.id`) of each relationship's ends, and its properties. */
  rows: readonly { from: string; to: string; properties: Record<string, PlainValue> }[];
  dates: readonly string[];
}

export interface BulkWriter {
  createNodes(batch: BulkNodes): Promise<void>;
  createRelationships(batch: BulkRelationships): Promise<void>;
  finish(): Promise<void>;
}
