/**
 * The store port: the only thing above `src/store/` that knows a database
 * exists. Adapters return plain values: numbers, strings (ISO-8601 for
 * temporal values), booleans, null, arrays and objects — never driver types.
 */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

export type Row = Record<string, PlainValue>;
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
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}

/** Thrown by adapters when the backend itself cannot be reached or opened. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}
