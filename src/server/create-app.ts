import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { Logger } from '../logger.ts';
import { silentLogger } from '../logger.ts';
import { schema } from '../schema/index.ts';
import type { GraphStore } from '../store/port.ts';
import { StoreTimeoutError, StoreUnavailableError } from '../store/port.ts';
import type { QueryListener } from '../store/runner.ts';
import { createContextFactory } from './context.ts';
import { exampleOperations } from './example-operations.ts';
import { useDepthLimit } from './plugins/use-depth-limit.ts';
import { useHealth } from './plugins/use-health.ts';
import { useRequestLog } from './plugins/use-request-log.ts';

export interface AppOptions {
  store: GraphStore;
  /** @default silent */
  logger?: Logger;
  /** Told about every store query (name, duration, rows): metrics, tests. */
  queryListeners?: readonly QueryListener[];
  /**
   * Show internal error messages to clients (development only).
   * @default false
   */
  exposeErrors?: boolean;
  /** @default 8 */
  maxDepth?: number;
}

/** The HTTP application as a value: `app.fetch(request)` answers; `main.ts` listens. */
export function createApp(options: AppOptions) {
  const logger = options.logger ?? silentLogger;
  const tabs = exampleOperations().map((operation) => ({ query: operation.query }));
  return createYoga({
    schema,
    context: createContextFactory(options.store, options.queryListeners),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    healthCheckEndpoint: '/livez',
    renderGraphiQL,
    graphiql: { title: 'Actor graph: Belarus–US, 2019', defaultTabs: tabs, defaultQuery: tabs[0]?.query },
    maskedErrors: {
      maskError: (error, message) => maskError(logger, error, message, options.exposeErrors ?? false),
    },
    logging: false,
    plugins: [useHealth({ store: options.store }), useDepthLimit({ maxDepth: options.maxDepth }), useRequestLog({ logger })],
  });
}

/** Store failures clients can act on: retry later, or ask for less. */
const STORE_ERRORS = [
  { type: StoreUnavailableError, code: 'STORE_UNAVAILABLE', status: 503, message: 'The graph store is unavailable; try again shortly.' },
  { type: StoreTimeoutError, code: 'STORE_TIMEOUT', status: 504, message: 'The graph store took too long to answer; narrow the query or try again.' },
] as const;

/**
 * Coded GraphQL errors pass through; store outages and timeouts become coded
 * errors; anything else is logged and replaced by a generic one.
 */
function maskError(logger: Logger, error: unknown, message: string, exposeErrors: boolean): Error {
  const located = error instanceof GraphQLError ? error : undefined;
  const original = located?.originalError;
  if (located && (original === undefined || original instanceof GraphQLError)) return located;
  const cause = original ?? error;
  const known = STORE_ERRORS.find((entry) => cause instanceof entry.type);
  logger.error(known ? 'store error' : 'unexpected error', { error: cause, path: located?.path });
  return new GraphQLError(known?.message ?? (exposeErrors && cause instanceof Error ? cause.message : message), {
    nodes: located?.nodes,
    path: located?.path,
    extensions: known ? { code: known.code, http: { status: known.status } } : { code: 'INTERNAL_SERVER_ERROR' },
  });
}

export type App = ReturnType<typeof createApp>;
