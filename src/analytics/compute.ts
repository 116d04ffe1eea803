import { Worker } from 'node:worker_threads';
import type { AdjacencyGraph } from './csr.ts';

/** What the worker thread gets: the adjacency (moved, not copied) and the options. */
export interface WorkerInput {
  n: number;
  offsets: Int32Array;
  neighbors: Int32Array;
  betweennessSources: number;
}

export interface ComputedMetrics {
  pageRank: Float64Array;
  pageRankIterations: number;
  betweenness: Float64Array;
  betweennessErrors: Float64Array;
  betweennessSources: number;
  betweennessExact: boolean;
  membership: Int32Array;
  communityCount: number;
  modularity: number;
  timings: { pageRankMs: number; betweennessMs: number; communitiesMs: number };
}

export type WorkerMessage =
  | { kind: 'progress'; stage: 'pageRank' | 'betweenness' | 'communities'; done: number; total: number }
  | ({ kind: 'result' } & ComputedMetrics)
  | { kind: 'error'; message: string };

export type Progress = Extract<WorkerMessage, { kind: 'progress' }>;

/**
 * Runs PageRank, betweenness and Louvain on a worker thread, so that requests keep being
 * served meanwhile; the adjacency's buffers move to the worker. Rejects when the worker
 * fails, or with the signal's reason when it aborts (the worker is then stopped).
 */
export function computeMetrics(
  graph: AdjacencyGraph,
  options: { betweennessSources: number; onProgress?: (progress: Progress) => void; signal?: AbortSignal },
): Promise<ComputedMetrics> {
  const input: WorkerInput = { n: graph.n, offsets: graph.offsets, neighbors: graph.neighbors, betweennessSources: options.betweennessSources };
  const worker = new Worker(new URL('./worker.ts', import.meta.url), {
    workerData: input,
    transferList: [graph.offsets.buffer as ArrayBuffer, graph.neighbors.buffer as ArrayBuffer],
  });
  return new Promise<ComputedMetrics>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    const onAbort = () => finish(() => reject(options.signal?.reason));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'progress') options.onProgress?.(message);
      else if (message.kind === 'result') finish(() => resolve(message));
      else finish(() => reject(new Error(`analytics worker failed: ${message.message}`)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`analytics worker exited with code ${code}`))));
  });
}
