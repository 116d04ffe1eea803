import type { Analytics } from '../analytics/service.ts';
import type { Loaders } from '../loaders/index.ts';
import { createLoaders } from '../loaders/index.ts';
import type { GraphStore } from '../store/port.ts';
import type { QueryListener, QueryRunner } from '../store/runner.ts';
import { createQueryRunner } from '../store/runner.ts';
import { RequestBudget } from './budget.ts';
import { requestIdOf } from './plugins/use-request-id.ts';

/** What every resolver gets: the query runner, this request's loaders and its budget. */
export interface GraphContext {
  runner: QueryRunner;
  loaders: Loaders;
  /** The request's id, as logged and echoed in `x-request-id`. */
  requestId: string;
  /** Time and answer size left; once spent (or the client gone), no store query starts. */
  budget: RequestBudget;
  /** The operation's estimated cost, set by the cost limit before execution. */
  cost?: number;
  /** Root fields already worked out in this request, by field and arguments (see answer-budget.ts). */
  rootAnswers: Map<string, unknown>;
  /** The graph's metrics and communities (shared by every request). */
  analytics: Analytics;
}

export interface ContextOptions {
  /** Time budget of one request, in milliseconds. */
  requestTimeoutMs: number;
  /** Most objects one answer may hold. */
  maxResultObjects: number;
  /** The graph's metrics and communities. */
  analytics: Analytics;
}

/** Builds a fresh context per request; loaders never share caches across requests. */
export function createContextFactory(store: GraphStore, listeners: readonly QueryListener[], options: ContextOptions) {
  const shared = createQueryRunner(store, listeners);
  return (initial: { request?: Request; requestId?: string } = {}): GraphContext => {
    const budget = new RequestBudget({
      timeoutMs: options.requestTimeoutMs,
      maxObjects: options.maxResultObjects,
      signal: initial.request?.signal,
    });
    const requestId = initial.requestId ?? (initial.request ? requestIdOf(initial.request) : 'internal');
    const runner: QueryRunner = {
      capabilities: shared.capabilities,
      searchGroups: shared.searchGroups,
      ...(shared.probe ? { probe: shared.probe } : {}),
      run(query, params) {
        try {
          budget.check();
        } catch (stopped) {
          return Promise.reject(stopped);
        }
        return shared.run(query, params, { signal: budget.signal, timeoutMs: budget.remainingMs(), requestId });
      },
    };
    return { runner, loaders: createLoaders(runner), requestId, budget, rootAnswers: new Map(), analytics: options.analytics };
  };
}
