/**
 * Times the graph analytics on the bench's synthetic graph: reading it through the store
 * port, PageRank, sampled betweenness and Louvain on the worker, and the process's memory.
 *
 *   npm run bench:analytics -- --size 100k            # generate and load into memory, then compute
 *   npm run bench:analytics -- --size 1m --file g.grafeo   # load into a file once; later runs reuse it
 *
 * With `--native`, also times the embedded engine's own procedures on the same graph.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Analytics } from '../src/analytics/service.ts';
import { createLogger } from '../src/logger.ts';
import { createEmbeddedStore } from '../src/store/embedded/embedded-store.ts';
import { createQueryRunner } from '../src/store/runner.ts';
import { syntheticGraph } from './generate.ts';
import { loadGraph } from './load.ts';

const SIZES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
const { values } = parseArgs({ options: { size: { type: 'string', default: '100k' }, file: { type: 'string' }, sources: { type: 'string', default: '256' }, native: { type: 'boolean', default: false } } });
const nodes = SIZES[values.size] ?? Number(values.size);
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`;

const reuse = values.file !== undefined && existsSync(values.file);
const store = createEmbeddedStore({ path: values.file ?? null, queryTimeoutMs: 600_000 });
if (!reuse) await loadGraph(store, syntheticGraph({ nodes }));
globalThis.gc?.();
const before = process.memoryUsage().rss;
console.log(`graph ready (${reuse ? `reused ${values.file}` : `${nodes} nodes generated and loaded`}); RSS ${mib(before)}`);

let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
const analytics = new Analytics(createQueryRunner(store), { betweennessSources: Number(values.sources), logger: createLogger('info') });
const started = performance.now();
const snapshot = await analytics.refresh();
clearInterval(sampler);
const facts = snapshot.facts;
console.log(
  [
    `analytics at ${snapshot.nodes} nodes, ${snapshot.relationships} relationships: ${(facts.durationMs / 1000).toFixed(1)} s in all`,
    `  read through the store port ${(facts.readMs / 1000).toFixed(1)} s`,
    `  PageRank ${(facts.pageRankMs / 1000).toFixed(2)} s (${facts.pageRankIterations} iterations)`,
    `  betweenness ${(facts.betweennessMs / 1000).toFixed(1)} s (${snapshot.betweennessExact ? 'exact' : `${snapshot.betweennessSources} sampled sources`})`,
    `  Louvain ${(facts.communitiesMs / 1000).toFixed(1)} s (${snapshot.communities.length} communities, modularity ${snapshot.modularity.toFixed(3)})`,
    `  RSS before ${mib(before)}, peak ${mib(peak)} (+${mib(peak - before)}), after ${mib(process.memoryUsage().rss)}; wall ${((performance.now() - started) / 1000).toFixed(1)} s`,
  ].join('\n'),
);
const top = snapshot.ranking('BETWEENNESS', [], null, 5).items.map((item) => {
  const metrics = snapshot.metricsOf(snapshot.ids[item.index]!)!;
  return `${metrics.id} ${metrics.betweenness.toExponential(3)} ± ${metrics.betweennessError.toExponential(2)}`;
});
console.log(`  top betweenness (± standard error): ${top.join('; ')}`);
await store.close();

if (values.native && values.file) {
  // The engine's own procedures, on a projection of the entities (the search index's nodes left out).
  const { default: pkg } = await import('@grafeo-db/js');
  const db = pkg.GrafeoDB.open(values.file);
  db.createProjection('entities', ['Entity'], null);
  for (const [name, text] of [
    ['pagerank', "CALL grafeo.pagerank({projection: 'entities', directed: false}) YIELD node_id, score RETURN node_id, score"],
    ['louvain', "CALL grafeo.louvain({projection: 'entities'}) YIELD node_id, community_id RETURN node_id, community_id"],
  ] as const) {
    const at = performance.now();
    const rows = (await db.executeCypher(text)).length;
    console.log(`  native ${name}: ${((performance.now() - at) / 1000).toFixed(2)} s, ${rows} rows`);
  }
  db.close();
}
