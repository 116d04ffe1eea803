/**
 * The store port: the only thing above `src/store/` that knows a database
 * exists. Adapters return plain values: numbers, strings (ISO-8601 for
 * temporal values), booleans, null, arrays and objects — never driver types.
 */
import type { BulkWriter } from './bulk.ts';
import type { SearchIndex } from './search-index.ts';

export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

export type Row = Record<string, PlainValue>;

/**
 * How adapters return whole graph elements (when a statement returns a node,
 * relationship or path rather than a map): ids are strings, engine-specific.
 */
export interface PlainNode {
  [key: string]: PlainValue;
  id: string;
  labels: string[];
  properties: { [key: string]: PlainValue };
}
export interface PlainRelationship {
  [key: string]: PlainValue;
  id: string;
  type: string;
  start: string;
  end: string;
  properties: { [key: string]: PlainValue };
}
export interface PlainPath {
  [key: string]: PlainValue;
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

/**
 * The plain form of a JS primitive both drivers return alike, or `undefined`
 * when the value is not a primitive and the adapter must map it itself.
 */
export function plainPrimitive(value: unknown): PlainValue | undefined {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return plainInteger(value);
    default:
      return undefined;
  }
}

/** Integers past 2^53 cannot be JS numbers without loss: they become decimal strings. */
export function plainInteger(value: bigint): number | string {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}
export type Params = Record<string, unknown>;

/** Where a statement may run: reads go to any cluster member, writes to the leader. */
export type Routing = 'READ' | 'WRITE';

/** A unit of work inside one write transaction. */
export interface TransactionScope {
  execute(text: string, params?: Params): Promise<Row[]>;
}

export interface StoreHealth {
  ok: boolean;
  /** Which backend answered, e.g. `embedded (memory)` or `neo4j bolt://…`. */
  backend: string;
  /** Why it is not ok, when it is not. */
  detail?: string;
}

export interface GraphStore {
  /** Human-readable backend description for logs and `/health`. */
  readonly description: string;
  /** Runs one statement in its own transaction. */
  execute(text: string, params: Params, routing: Routing): Promise<Row[]>;
  /**
   * Runs `work` in one write transaction: all of its statements commit or
   * none does. `work` may be retried on transient errors, so it must be
   * idempotent.
   */
  writeTransaction<T>(work: (tx: TransactionScope) => Promise<T>): Promise<T>;
  /** The engine's own full-text index over the graph's search documents (see search-index.ts). */
  readonly searchIndex: SearchIndex;
  /** The engine's own bulk loader, where it has one (see bulk.ts). */
  readonly bulk?: BulkWriter;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}

/** Thrown by adapters when the backend itself cannot be reached or opened. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}

/** Thrown by adapters when a statement ran past its time budget and was cancelled. */
export class StoreTimeoutError extends Error {
  override readonly name = 'StoreTimeoutError';
}
