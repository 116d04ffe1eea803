import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { QueryEvent } from '../../store/runner.ts';
import { operationNameOf } from './use-request-log.ts';

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_LABELS = 200;

/**
 * The service's Prometheus metrics, one registry per app. `knownOperations` (the
 * example and persisted operations) always keep their own label; other names share
 * what is left of the bounded label set, first come first served, then `other`.
 */
export function createMetrics(knownOperations: readonly string[] = []) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations executed, by operation name and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operation execution time, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors returned, by code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const storeQueries = new Histogram({
    name: 'store_query_duration_seconds',
    help: 'Graph store query time, by named query and outcome.',
    labelNames: ['query', 'outcome'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  const known = new Set(knownOperations.filter((name) => NAME.test(name)));
  const seen = new Set<string>();
  /** Operation names come from clients: keep the label set bounded, and the known names out of reach of squatters. */
  const label = (name: string | null | undefined) => {
    if (!name || !NAME.test(name)) return 'anonymous';
    if (known.has(name) || seen.has(name)) return name;
    if (known.size + seen.size >= MAX_OPERATION_LABELS) return 'other';
    seen.add(name);
    return name;
  };
  return {
    registry,
    /** Exposes the response cache: answers it holds, and requests it answered or missed. */
    watchCache(cache: { size: number; hits: number; misses: number }) {
      new Gauge({ name: 'graphql_response_cache_entries', help: 'Answers the response cache holds.', registers: [registry], collect() { this.set(cache.size); } });
      new Gauge({
        name: 'graphql_response_cache_requests',
        help: 'Requests the response cache answered (hit) or did not (miss), since start.',
        labelNames: ['outcome'] as const,
        registers: [registry],
        collect() {
          this.set({ outcome: 'hit' }, cache.hits);
          this.set({ outcome: 'miss' }, cache.misses);
        },
      });
    },
    onQuery(event: QueryEvent) {
      storeQueries.observe({ query: event.name, outcome: event.error ? 'error' : 'ok' }, event.durationMs / 1000);
    },
    onOperation(operationName: string | null | undefined, seconds: number, result: ExecutionResult) {
      const operation = label(operationName);
      const failed = (result.errors?.length ?? 0) > 0;
      requests.inc({ operation, outcome: failed ? 'error' : 'ok' });
      durations.observe({ operation }, seconds);
      for (const error of result.errors ?? []) errors.inc({ code: String(error.extensions?.code ?? 'UNKNOWN') });
    },
    onRejected(code: string) {
      errors.inc({ code });
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

export interface MetricsOptions {
  metrics: Metrics;
  /**
   * Path of the Prometheus text exposition.
   * @default '/metrics'
   */
  path?: string;
}

/** Counts operations, their durations and errors by code; serves `/metrics`. */
export function useMetrics(options: MetricsOptions): Plugin {
  const path = options.path ?? '/metrics';
  const { metrics } = options;
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== path) return;
      endResponse(
        new fetchAPI.Response(await metrics.registry.metrics(), {
          headers: { 'content-type': metrics.registry.contentType },
        }),
      );
    },
    onExecute({ args }) {
      const started = performance.now();
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return;
          metrics.onOperation(args.operationName ?? operationNameOf(args.document), (performance.now() - started) / 1000, result);
        },
      };
    },
    onValidate() {
      return ({ result }) => {
        for (const error of result) metrics.onRejected(String(error.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED'));
      };
    },
  };
}
