import type { Query, SearchFilter } from './queries.ts';
import type { GraphStore, Params, StatementOptions, StoreCapabilities } from './port.ts';
import type { GroupPolicy, WalkTier } from './search-index.ts';

/** Bounds for the statement, and the request it runs for (reported to listeners). */
export interface RunOptions extends StatementOptions {
  requestId?: string;
}

/** What the runner reports after each named query, for logs, metrics and tests. */
export interface QueryEvent {
  name: string;
  routing: 'READ' | 'WRITE';
  durationMs: number;
  /** The rows of the answer: for a statement that answers in one row of lists, the rows those lists hold (Query.rowsOf). */
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
  /** How many lookups of the text index one search statement reads (see src/store/search-index.ts); all of a tier when absent. */
  searchGroups?(): GroupPolicy;
  /** Whether the store's text index holds any of the terms (SearchIndex.probe), where it can tell. */
  probe?(terms: readonly string[]): Promise<boolean>;
}

export function createQueryRunner(store: GraphStore, listeners: readonly QueryListener[] = []): QueryRunner {
  return {
    capabilities: store.capabilities,
    searchGroups: () => store.searchIndex.groups(),
    ...(store.searchIndex.probe ? { probe: store.searchIndex.probe.bind(store.searchIndex) } : {}),
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
        const statement = await statementOf(store, query, params as Params);
        // Nothing for the statement to read: it does not run, and there is no query to report.
        if (statement === null) return [];
        const rows = await store.execute(statement.text, statement.bound, query.routing, { signal: options.signal, timeoutMs: options.timeoutMs });
        const mapped = rows.map(query.map);
        emit(query.rowsOf ? query.rowsOf(mapped) : rows.length);
        return mapped;
      } catch (error) {
        emit(0, error as Error);
        throw error;
      }
    },
  };
}

/**
 * The text and parameters a query runs with on this store: its own, or for a query read
 * through the text index (`indexed`), the engine's statement, with its `terms` handed to
 * the engine's index as the engine takes them (see src/store/search-index.ts) — or null,
 * when the engine knows at once that no node holds them.
 */
async function statementOf(store: GraphStore, query: Query<unknown, unknown>, params: Params): Promise<{ text: string; bound: Params } | null> {
  if (!query.indexed) return { text: query.text, bound: params };
  if (query.indexed === 'searchWalk') {
    const { searchWalk } = store.searchIndex.statements;
    if (!searchWalk || !store.searchIndex.walk) throw new Error(`${store.description} does not walk a search in one statement`);
    const { tiers, ...rest } = params as Params & { tiers: readonly WalkTier[] } & SearchFilter;
    return { text: searchWalk, bound: { ...rest, ...store.searchIndex.walk(tiers, rest) } };
  }
  const { terms, ...rest } = params as Params & { terms: readonly string[] };
  const candidates = await store.searchIndex.candidates(terms);
  return candidates === null ? null : { text: store.searchIndex.statements[query.indexed], bound: { ...rest, ...candidates } };
}
