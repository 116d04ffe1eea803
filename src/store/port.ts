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

/** Options of one write transaction. */
export interface WriteTransactionOptions {
  /**
   * Its own time budget, in place of the store's per-statement one: the seed, run once at
   * start on a server that may still be cold, needs more than a request's statement does.
   */
  timeoutMs?: number;
}

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

/** Per-statement bounds from the request that runs it. */
export interface StatementOptions {
  /** Aborts the wait (and, where the engine can, the statement) when the request stops. */
  signal?: AbortSignal;
  /** Milliseconds the request has left: a statement gets no more than this, nor more than the store's own budget. */
  timeoutMs?: number;
}

/**
 * What an engine does natively and measurably better than the portable Cypher, each behind one
 * contract that both engines meet (tested on both).
 */
export interface StoreCapabilities {
  /** `allShortestPaths` that filters relationship types during the search (Neo4j; the embedded engine filters after it). */
  nativeShortestPaths?: boolean;
  /** `CALL` subqueries: a statement may read on from what a subquery found, so two reads are one round trip (Neo4j). */
  subqueries?: boolean;
}

export interface GraphStore {
  /** Human-readable backend description for logs and `/health`. */
  readonly description: string;
  /** True when the store was opened for reading only: nothing can be seeded or written. */
  readonly readOnly?: boolean;
  /** Native facilities the graph layer may use instead of portable Cypher; none when absent. */
  readonly capabilities?: StoreCapabilities;
  /** Runs one statement in its own transaction. */
  execute(text: string, params: Params, routing: Routing, options?: StatementOptions): Promise<Row[]>;
  /**
   * Runs `work` in one write transaction: all of its statements commit or
   * none does. `work` may be retried on transient errors, so it must be
   * idempotent.
   */
  writeTransaction<T>(work: (tx: TransactionScope) => Promise<T>, options?: WriteTransactionOptions): Promise<T>;
  /** The engine's own full-text index over the graph's search documents (see search-index.ts). */
  readonly searchIndex: SearchIndex;
  /** The engine's own bulk loader, where it has one (see bulk.ts). */
  readonly bulk?: BulkWriter;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
  /** Calls `listener` after every write that committed (a seed, a WRITE statement); returns the unsubscribe. */
  onWrite?(listener: () => void): () => void;
}

/**
 * Why a backend cannot be reached, where the adapter can tell: nothing listens at its address
 * (`refused`), no server there gave a cluster's routing table (`no-routing`), its host name does
 * not resolve (`unresolved`), or it refused the credentials (`credentials`). The start-up says
 * what to do about each (src/store/create-store.ts).
 */
export type UnavailableReason = 'refused' | 'no-routing' | 'unresolved' | 'credentials';

/** Thrown by adapters when the backend itself cannot be reached or opened. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  /** Why, where the adapter could tell; null otherwise. */
  readonly reason: UnavailableReason | null;

  constructor(message: string, options: ErrorOptions & { reason?: UnavailableReason | null } = {}) {
    super(message, options);
    this.reason = options.reason ?? null;
  }
}

/** Thrown by adapters when a statement ran past its time budget and was cancelled. */
export class StoreTimeoutError extends Error {
  override readonly name = 'StoreTimeoutError';
}
