import { GraphQLError } from 'graphql';
import type { Logger } from '../logger.ts';
import { silentLogger } from '../logger.ts';
import { entitiesByIds } from '../store/queries.ts';
import type { QueryRunner } from '../store/runner.ts';
import type { Progress } from './compute.ts';
import { computeMetrics } from './compute.ts';
import { readGraph } from './read-graph.ts';
import { labelMembers, MetricsSnapshot } from './snapshot.ts';

export interface AnalyticsOptions {
  /**
   * Compute at once, and again after every write to the graph, rather than when first asked for.
   * @default false
   */
  eager?: boolean;
  /** Most sources betweenness searches from; larger graphs are sampled. @default 256 */
  betweennessSources?: number;
  /** Longest a request waits for metrics being computed before it gets ANALYTICS_PENDING. @default 5000 */
  waitMs?: number;
  /** Progress of long runs, and each run's time and memory. @default silent */
  logger?: Logger;
}

/** Where a computation stands, for `Query.analytics` and ANALYTICS_PENDING errors. */
export interface AnalyticsProgress {
  stage: 'reading' | 'pageRank' | 'betweenness' | 'communities' | 'labels';
  done: number;
  total: number;
}

/**
 * The graph analytics of one store: degree, PageRank, betweenness and communities over the
 * whole entity graph, materialised in memory as a snapshot tagged with the version of the
 * graph it was computed from. Every write to the store makes the snapshot stale and starts
 * a new computation (once one has been asked for, or at once when `eager`); requests get the
 * current snapshot, wait a little for one being computed, or get the stale one with its
 * version. `onPublished` listeners hear of each new snapshot (the response cache is cleared).
 */
export class Analytics {
  private readonly runner: QueryRunner;
  private readonly options: Required<Omit<AnalyticsOptions, 'logger'>> & { logger: Logger };
  private latest: MetricsSnapshot | undefined;
  private stale = true;
  private running: Promise<MetricsSnapshot> | undefined;
  private rerun = false;
  private lastError: Error | undefined;
  private readonly listeners = new Set<(snapshot: MetricsSnapshot) => void>();
  private readonly controller = new AbortController();
  progress: AnalyticsProgress | undefined;

  constructor(runner: QueryRunner, options: AnalyticsOptions = {}) {
    this.runner = runner;
    this.options = { eager: false, betweennessSources: 256, waitMs: 5000, logger: silentLogger, ...options };
    if (this.options.eager) this.refresh();
  }

  /** The snapshot most recently computed, current or not. */
  get snapshot(): MetricsSnapshot | undefined {
    return this.latest;
  }

  /** Whether the graph was written since the snapshot was computed. */
  get isStale(): boolean {
    return this.stale;
  }

  get computing(): boolean {
    return this.running !== undefined;
  }

  get error(): Error | undefined {
    return this.lastError;
  }

  onPublished(listener: (snapshot: MetricsSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The graph was written: the snapshot no longer describes it. */
  invalidate(): void {
    this.stale = true;
    if (this.running) this.rerun = true;
    else if (this.options.eager || this.latest) this.refresh();
  }

  /** Starts a computation unless one is running; resolves with its snapshot. */
  refresh(): Promise<MetricsSnapshot> {
    this.running ??= this.compute().finally(() => {
      this.running = undefined;
      if (this.rerun) {
        this.rerun = false;
        this.refresh().catch(() => {});
      }
    });
    this.running.catch(() => {});
    return this.running;
  }

  /**
   * The metrics to answer with: the current snapshot; else the one being computed, waited
   * for until `waitMs` (or the request's own `timeoutMs`) passes; else the stale snapshot.
   * With none at all, an ANALYTICS_PENDING error that says how far the computation is.
   */
  async current(bounds: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<MetricsSnapshot> {
    if (this.latest && !this.stale) return this.latest;
    const running = this.refresh();
    const wait = Math.max(0, Math.min(this.options.waitMs, bounds.timeoutMs ?? this.options.waitMs));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), wait);
      bounds.signal?.addEventListener('abort', () => resolve(undefined), { once: true });
    });
    try {
      const done = await Promise.race([running, timedOut]);
      if (done) return done;
    } catch (error) {
      if (!this.latest) throw error;
    } finally {
      clearTimeout(timer);
    }
    if (this.latest) return this.latest;
    throw pending(this.progress);
  }

  /** Stops a computation in progress (its worker too) and computes no more. */
  close(): void {
    this.controller.abort(new Error('analytics closed'));
  }

  private async compute(): Promise<MetricsSnapshot> {
    const logger = this.options.logger;
    const signal = this.controller.signal;
    signal.throwIfAborted();
    this.rerun = false;
    const started = performance.now();
    let lastLog = 0;
    const report = (progress: AnalyticsProgress) => {
      this.progress = progress;
      const now = performance.now();
      if (now - lastLog > 2000 || progress.done === progress.total) {
        lastLog = now;
        if (progress.total > 1) logger.info('analytics progress', { stage: progress.stage, done: progress.done, total: progress.total });
      }
    };
    try {
      const read = await readGraph(this.runner, { signal, onProgress: (done, total) => report({ stage: 'reading', done, total }) });
      const readMs = performance.now() - started;
      if (this.latest && this.latest.version === read.version) return this.publish(this.latest, false);
      logger.info('analytics started', { version: read.version, nodes: read.ids.length, relationships: read.relationships, readMs: Math.round(readMs) });
      const computed = await computeMetrics(read.adjacency, {
        betweennessSources: this.options.betweennessSources,
        signal,
        onProgress: (progress: Progress) => report({ stage: progress.stage, done: progress.done, total: progress.total }),
      });
      report({ stage: 'labels', done: 0, total: 1 });
      const names = await this.names(labelMembers(computed, read));
      const snapshot = new MetricsSnapshot(read, computed, names, {
        computedAt: new Date().toISOString(),
        durationMs: performance.now() - started,
        readMs,
        pageRankMs: computed.timings.pageRankMs,
        pageRankIterations: computed.pageRankIterations,
        betweennessMs: computed.timings.betweennessMs,
        communitiesMs: computed.timings.communitiesMs,
        rssBytes: process.memoryUsage().rss,
      });
      logger.info('analytics computed', {
        version: snapshot.version,
        durationMs: Math.round(snapshot.facts.durationMs),
        readMs: Math.round(readMs),
        pageRankMs: Math.round(computed.timings.pageRankMs),
        betweennessMs: Math.round(computed.timings.betweennessMs),
        betweennessSources: computed.betweennessSources,
        communitiesMs: Math.round(computed.timings.communitiesMs),
        communities: snapshot.communities.length,
        rssMiB: Math.round(snapshot.facts.rssBytes / 1048576),
      });
      return this.publish(snapshot, true);
    } catch (error) {
      this.lastError = error as Error;
      if (!signal.aborted) logger.warn('analytics failed', { error: (error as Error).message });
      throw error;
    } finally {
      this.progress = undefined;
    }
  }

  private publish(snapshot: MetricsSnapshot, changed: boolean): MetricsSnapshot {
    this.lastError = undefined;
    if (!this.rerun) this.stale = false;
    this.latest = snapshot;
    if (changed) for (const listener of this.listeners) listener(snapshot);
    return snapshot;
  }

  /** Display names of the given entities, read in batches. */
  private async names(ids: readonly string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (let at = 0; at < ids.length; at += 1000) {
      for (const entity of await this.runner.run(entitiesByIds, { ids: ids.slice(at, at + 1000) })) names.set(entity.id, entity.name);
    }
    return names;
  }
}

function pending(progress: AnalyticsProgress | undefined): GraphQLError {
  const where = progress ? ` (${progress.stage}: ${progress.done} of ${progress.total})` : '';
  return new GraphQLError(`The graph's metrics are being computed${where}; try again shortly.`, {
    extensions: { code: 'ANALYTICS_PENDING', http: { status: 503, headers: { 'retry-after': '1' } } },
  });
}
