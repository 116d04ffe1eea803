import { GraphQLError } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Logger } from '../logger.ts';
import { silentLogger } from '../logger.ts';
import { schema } from '../schema/index.ts';
import type { GraphStore } from '../store/port.ts';
import { StoreTimeoutError, StoreUnavailableError } from '../store/port.ts';
import type { QueryListener } from '../store/runner.ts';
import { Analytics } from '../analytics/service.ts';
import type { AnalyticsOptions } from '../analytics/service.ts';
import { DegreeStatistics } from '../graph/statistics.ts';
import { createQueryRunner } from '../store/runner.ts';
import { createContextFactory } from './context.ts';
import type { GraphContext } from './context.ts';
import { exampleOperations } from './example-operations.ts';
import type { OperationLimits } from './operation-limits.ts';
import { DEFAULT_LIMITS } from './operation-limits.ts';
import { useHealth } from './plugins/use-health.ts';
import { useExplorer } from './plugins/use-explorer.ts';
import { useExport } from './plugins/use-export.ts';
import { graphiqlAssets, useGraphiQLAssets } from './plugins/use-graphiql-assets.ts';
import { useCompression } from './plugins/use-compression.ts';
import { useCors } from './plugins/use-cors.ts';
import { usePersistedDocuments } from './plugins/use-persisted-documents.ts';
import { DEFAULT_RESPONSE_CACHE, ResponseCache, useResponseCache } from './plugins/use-response-cache.ts';
import type { ResponseCacheOptions } from './plugins/use-response-cache.ts';
import { readManifest } from '../persisted-manifest.ts';
import { createMetrics, useMetrics } from './plugins/use-metrics.ts';
import { useOperationLimits } from './plugins/use-operation-limits.ts';
import { useRequestId } from './plugins/use-request-id.ts';
import { useRequestLog } from './plugins/use-request-log.ts';
import { Admission, DEFAULT_ADMISSION, useAdmission } from './plugins/use-admission.ts';
import type { AdmissionOptions } from './plugins/use-admission.ts';
import { useRequestBudget } from './plugins/use-request-budget.ts';

export interface AppOptions {
  store: GraphStore;
  /** @default silent */
  logger?: Logger;
  /** Told about every store query (name, duration, rows): tests, benchmarks. */
  queryListeners?: readonly QueryListener[];
  /**
   * Development mode: internal error messages and field suggestions are shown.
   * @default false
   */
  development?: boolean;
  /** Whole-operation limits; each defaults to DEFAULT_LIMITS. */
  limits?: Partial<OperationLimits>;
  /** Admission control of heavy operations; each defaults to DEFAULT_ADMISSION. */
  admission?: Partial<AdmissionOptions>;
  /** The whole-answer cache; each defaults to DEFAULT_RESPONSE_CACHE (`maxEntries: 0` turns it off). */
  responseCache?: Partial<ResponseCacheOptions>;
  /** Origins allowed to call the API from a browser. @default [] (same origin only) */
  corsOrigins?: readonly string[];
  /** Trusted documents: the manifest, and whether only they may run. @default the committed manifest, others allowed */
  persisted?: { manifest?: ReadonlyMap<string, string>; only?: boolean };
  /** The graph analytics: computed when first asked for unless `eager`. @default lazy, 256 betweenness sources */
  analytics?: Omit<AnalyticsOptions, 'logger'>;
}

/**
 * The GraphQL application as a value: `app.fetch(request)` answers, and the app is
 * also a Node request listener (`createServer(app)`). Every request goes through
 * the one yoga pipeline and its plugins.
 */
export function createApp(options: AppOptions): App {
  const logger = options.logger ?? silentLogger;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const development = options.development ?? false;
  const examples = exampleOperations();
  const metrics = createMetrics(examples.flatMap((operation) => (operation.name ? [operation.name] : [])));
  const analytics = new Analytics(createQueryRunner(options.store, [...(options.queryListeners ?? []), metrics.onQuery]), { ...options.analytics, logger });
  const contextFor = createContextFactory(options.store, [...(options.queryListeners ?? []), metrics.onQuery], {
    requestTimeoutMs: limits.requestTimeoutMs,
    maxResultObjects: limits.maxResultObjects,
    analytics,
  });
  const admission = new Admission({ ...DEFAULT_ADMISSION, ...options.admission });
  const statistics = new DegreeStatistics(createQueryRunner(options.store, [metrics.onQuery]));
  statistics.warm();
  const responseCache = new ResponseCache({ ...DEFAULT_RESPONSE_CACHE, ...options.responseCache });
  metrics.watchCache(responseCache);
  // Every write to the graph makes the cached answers, the degree statistics and the metrics
  // stale; new metrics make the cached answers stale again.
  options.store.onWrite?.(() => {
    responseCache.clear();
    statistics.invalidate();
    analytics.invalidate();
  });
  analytics.onPublished(() => responseCache.clear());
  const mask = (error: unknown, message: string) => maskError(error, message, development);
  const tabs = examples.map((operation) => ({ query: operation.query }));
  const app: App = createYoga<Record<string, unknown>, GraphContext>({
    schema,
    context: contextFor,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    cors: false,
    extraParamNames: ['documentId'],
    healthCheckEndpoint: '/livez',
    batching: false,
    // Bodies are capped by useOperationLimits from Content-Length; yoga's own cap would
    // pipe every body through a stream to count it (~0.1 ms a request).
    maxRequestBodySize: false,
    renderGraphiQL: (graphiqlOptions) => graphiqlAssets().render(graphiqlOptions ?? {}),
    graphiql: { title: 'Actor graph: Belarus–US, 2019', defaultTabs: tabs, defaultQuery: tabs[0]?.query },
    maskedErrors: { maskError: mask },
    logging: false,
    plugins: [
      useCors({ origins: options.corsOrigins ?? [] }),
      usePersistedDocuments({ manifest: options.persisted?.manifest ?? readManifest(), only: options.persisted?.only ?? false }),
      useResponseCache(responseCache),
      useCompression(),
      useExplorer(),
      useExport({ fetch: (request) => app.fetch(request) }),
      useGraphiQLAssets(),
      useRequestId(),
      useHealth({ store: options.store }),
      useMetrics({ metrics }),
      ...useOperationLimits({
        limits,
        fieldSuggestions: options.development ?? false,
        statistics,
        beforeRefusal: (context) => admission.penalty(context.budget),
      }),
      // Execution is wrapped inside out: the budget answers at the deadline even while
      // an operation waits for admission or on the store.
      useAdmission(admission),
      useRequestBudget(),
      useRequestLog({ logger }),
    ],
  });
  return app;
}

/** Failures clients can act on: retry later, or ask for less. */
const KNOWN_ERRORS = [
  { type: StoreUnavailableError, code: 'STORE_UNAVAILABLE', status: 503, message: 'The graph store is unavailable; try again shortly.' },
  { type: StoreTimeoutError, code: 'STORE_TIMEOUT', status: 504, message: 'The graph store took too long to answer; narrow the query or try again.' },
] as const;

/**
 * Coded GraphQL errors pass through; store outages and timeouts become coded
 * errors; anything else becomes a generic one (the request log has the details).
 */
function maskError(error: unknown, message: string, development: boolean): Error {
  const located = error instanceof GraphQLError ? error : undefined;
  const original = located?.originalError;
  if (located && (original === undefined || original instanceof GraphQLError)) return located;
  const cause = original ?? error;
  // Malformed JSON in `variables` or `extensions` (GET, form posts) fails while the request is read.
  if (cause instanceof SyntaxError && !located?.path) {
    return new GraphQLError(`Malformed JSON in the request parameters: ${cause.message}`, {
      extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
    });
  }
  const known = KNOWN_ERRORS.find((entry) => cause instanceof entry.type);
  return new GraphQLError(known?.message ?? (development && cause instanceof Error ? cause.message : message), {
    nodes: located?.nodes,
    path: located?.path,
    extensions: known ? { code: known.code, http: { status: known.status } } : { code: 'INTERNAL_SERVER_ERROR' },
  });
}

export type App = YogaServerInstance<Record<string, unknown>, GraphContext>;
