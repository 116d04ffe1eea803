/**
 * The analytics' worker thread: PageRank, betweenness and Louvain over the adjacency
 * the main thread read from the store, off the event loop that serves requests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { betweenness } from './betweenness.ts';
import { louvain } from './louvain.ts';
import { pageRank } from './pagerank.ts';
import type { WorkerInput, WorkerMessage } from './compute.ts';

const input = workerData as WorkerInput;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
const graph = { n: input.n, offsets: input.offsets, neighbors: input.neighbors };
try {
  let started = performance.now();
  post({ kind: 'progress', stage: 'pageRank', done: 0, total: 1 });
  const rank = pageRank(graph);
  const pageRankMs = performance.now() - started;
  started = performance.now();
  const between = betweenness(graph, {
    sources: input.betweennessSources,
    onProgress: (done, total) => post({ kind: 'progress', stage: 'betweenness', done, total }),
  });
  const betweennessMs = performance.now() - started;
  started = performance.now();
  post({ kind: 'progress', stage: 'communities', done: 0, total: 1 });
  const communities = louvain(graph);
  const communitiesMs = performance.now() - started;
  post(
    {
      kind: 'result',
      pageRank: rank.scores,
      pageRankIterations: rank.iterations,
      betweenness: between.values,
      betweennessErrors: between.errors,
      betweennessSources: between.sources,
      betweennessExact: between.exact,
      membership: communities.membership,
      communityCount: communities.count,
      modularity: communities.modularity,
      timings: { pageRankMs, betweennessMs, communitiesMs },
    },
  );
} catch (error) {
  post({ kind: 'error', message: (error as Error).stack ?? String(error) });
}
