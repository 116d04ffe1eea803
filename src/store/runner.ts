import type { Query } from './queries.ts';
import type { GraphStore, StatementOptions, StoreCapabilities } from './port.ts';

/** Bounds for the statement, and the request it runs for (reported to listeners). */
export interface RunOptions extends StatementOptions {
  requestId?: string;
}

/** What the runner reports after each named query, for logs, metrics and tests. */
export interface QueryEvent {
  name: string;
  routing: 'READ' | 'WRITE';
  durationMs: number;
  rows: number;
  error?: Error;
  /** The request the query ran for, when it ran for one. */
  requestId?: string;
}

export type QueryListener = (event: QueryEvent) => void;

/** Runs named queries on a store and tells its listeners about each one. */
export interface QueryRunner {
  run<P, T>(query: Query<P, T>, params: P, options?: RunOptions): Promise<T[]>;
  /** The store's native facilities (see GraphStore.capabilities). */
  readonly capabilities?: StoreCapabilities;
}

export function createQueryRunner(store: GraphStore, listeners: readonly QueryListener[] = []): QueryRunner {
  return {
    capabilities: store.capabilities,
    async run<P, T>(query: Query<P, T>, params: P, options: RunOptions = {}): Promise<T[]> {
      const started = performance.now();
      const emit = (rows: number, error?: Error) => {
        const event: QueryEvent = {
          name: query.name,
          routing: query.routing,
          durationMs: performance.now() - started,
          rows,
          ...(error ? { error } : {}),
          ...(options.requestId ? { requestId: options.requestId } : {}),
        };
        for (const listener of listeners) listener(event);
      };
      try {
        const rows = await store.execute(query.text, params as Record<string, unknown>, query.routing, { signal: options.signal, timeoutMs: options.timeoutMs });
        emit(rows.length);
        return rows.map(query.map);
      } catch (error) {
        emit(0, error as Error);
        throw error;
      }
    },
  };
}
