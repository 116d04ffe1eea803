import type { Query } from './queries.ts';
import type { GraphStore } from './port.ts';
import type { IndexWalk } from './search-index.ts';

/** What the runner reports after each named query, for logs, metrics and tests. */
export interface QueryEvent {
  name: string;
  routing: 'READ' | 'WRITE';
  durationMs: number;
  rows: number;
  error?: Error;
}

export type QueryListener = (event: QueryEvent) => void;

/** Runs named queries on a store and tells its listeners about each one. */
export interface QueryRunner {
  run<P, T>(query: Query<P, T>, params: P): Promise<T[]>;
  /** Runs a walk over the store's text index; each round trip it makes is reported as `searchIndex`. */
  walkSearchIndex(walk: IndexWalk): Promise<void>;
}

export function createQueryRunner(store: GraphStore, listeners: readonly QueryListener[] = []): QueryRunner {
  return {
    async run<P, T>(query: Query<P, T>, params: P): Promise<T[]> {
      const started = performance.now();
      const emit = (rows: number, error?: Error) => {
        const event: QueryEvent = {
          name: query.name,
          routing: query.routing,
          durationMs: performance.now() - started,
          rows,
          ...(error ? { error } : {}),
        };
        for (const listener of listeners) listener(event);
      };
      try {
        const rows = await store.execute(query.text, params as Record<string, unknown>, query.routing);
        emit(rows.length);
        return rows.map(query.map);
      } catch (error) {
        emit(0, error as Error);
        throw error;
      }
    },
    async walkSearchIndex(walk: IndexWalk): Promise<void> {
      const report = (event: Omit<QueryEvent, 'name' | 'routing'>) => {
        for (const listener of listeners) listener({ name: 'searchIndex', routing: 'READ', ...event });
      };
      const started = performance.now();
      try {
        for (const trip of await store.searchIndex.walk(walk)) report(trip);
      } catch (error) {
        report({ durationMs: performance.now() - started, rows: 0, error: error as Error });
        throw error;
      }
    },
  };
}
