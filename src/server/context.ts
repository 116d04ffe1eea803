import type { Loaders } from '../loaders/index.ts';
import { createLoaders } from '../loaders/index.ts';
import type { GraphStore } from '../store/port.ts';
import type { QueryListener, QueryRunner } from '../store/runner.ts';
import { createQueryRunner } from '../store/runner.ts';

/** What every resolver gets: the query runner and this request's loaders. */
export interface GraphContext {
  runner: QueryRunner;
  loaders: Loaders;
}

/** Builds a fresh context per request; loaders never share caches across requests. */
export function createContextFactory(store: GraphStore, listeners: readonly QueryListener[] = []) {
  const runner = createQueryRunner(store, listeners);
  return (): GraphContext => ({ runner, loaders: createLoaders(runner) });
}
