import type { Loaders } from '../loaders/index.ts';
import { createLoaders } from '../loaders/index.ts';
import type { GraphStore } from '../store/port.ts';
import type { QueryListener, QueryRunner } from '../store/runner.ts';
import { createQueryRunner } from '../store/runner.ts';
import { requestIdOf } from './plugins/use-request-id.ts';

/** What every resolver gets: the query runner and this request's loaders. */
export interface GraphContext {
  runner: QueryRunner;
  loaders: Loaders;
  /** The request's id, as logged and echoed in `x-request-id`. */
  requestId: string;
  /** Called when the request runs past its time budget: no store query starts after that. */
  cancel(): void;
}

/** Thrown instead of starting a store query for a request that was cancelled. */
export class RequestCancelledError extends Error {
  override readonly name = 'RequestCancelledError';
}

/** Builds a fresh context per request; loaders never share caches across requests. */
export function createContextFactory(store: GraphStore, listeners: readonly QueryListener[] = []) {
  const shared = createQueryRunner(store, listeners);
  return (initial: { request?: Request; requestId?: string } = {}): GraphContext => {
    // A plain flag, not an AbortController: one is made per request, and signals cost more.
    let cancelled = false;
    const runner: QueryRunner = {
      run(query, params) {
        if (cancelled) return Promise.reject(new RequestCancelledError(`cancelled before ${query.name}`));
        return shared.run(query, params);
      },
      walkSearchIndex(walk) {
        if (cancelled) return Promise.reject(new RequestCancelledError('cancelled before searchIndex'));
        return shared.walkSearchIndex(walk);
      },
    };
    return {
      runner,
      loaders: createLoaders(runner),
      requestId: initial.requestId ?? (initial.request ? requestIdOf(initial.request) : 'internal'),
      cancel: () => {
        cancelled = true;
      },
    };
  };
}
