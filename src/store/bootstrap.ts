import type { Logger } from '../logger.ts';
import { SEARCH_TEXT_FORMAT } from '../search/search-text.ts';
import type { GraphStore } from './port.ts';
import { nodeCounts, relationshipCounts, unindexedEntities } from './queries.ts';
import { createQueryRunner } from './runner.ts';
import type { SeedOptions, SeedReport } from './seed.ts';
import { seedGraph } from './seed.ts';

export interface GraphCounts {
  nodes: number;
  relationships: number;
  byKind: Record<string, number>;
  byType: Record<string, number>;
}

/** Node and relationship counts, by kind and by type. */
export async function graphCounts(store: GraphStore): Promise<GraphCounts> {
  const runner = createQueryRunner(store);
  const [kinds, types] = await Promise.all([runner.run(nodeCounts, {}), runner.run(relationshipCounts, {})]);
  const byKind = Object.fromEntries(kinds.map((row) => [row.kind, row.count]));
  const byType = Object.fromEntries(types.map((row) => [row.type, row.count]));
  const sum = (values: Record<string, number>) => Object.values(values).reduce((total, n) => total + n, 0);
  return { nodes: sum(byKind), relationships: sum(byType), byKind, byType };
}

/**
 * Why the store needs the seed before it serves, if it does: it is empty, or it was
 * written before the search index existed (the seed is idempotent and builds it).
 */
export async function seedNeeded(store: GraphStore): Promise<'empty graph' | 'search index missing' | undefined> {
  if ((await graphCounts(store)).nodes === 0) return 'empty graph';
  const [unindexed] = await createQueryRunner(store).run(unindexedEntities, { format: SEARCH_TEXT_FORMAT, end: store.searchIndex.documentEnd });
  return (unindexed?.count ?? 0) > 0 ? 'search index missing' : undefined;
}

/** Seeds the graph with progress logs, and reports what it holds afterwards. */
export async function seedWithProgress(
  store: GraphStore,
  logger: Logger,
  options: Pick<SeedOptions, 'timeoutMs'> = {},
): Promise<SeedReport & { counts: GraphCounts }> {
  const report = await seedGraph(store, {
    ...options,
    onFile: (file, index, total) => logger.info('seeding', { file, step: `${index}/${total}` }),
  });
  const counts = await graphCounts(store);
  logger.info('seed complete', {
    statements: report.schemaStatements + report.seedStatements,
    files: report.files,
    durationMs: Math.round(report.durationMs),
    nodes: counts.nodes,
    relationships: counts.relationships,
  });
  return { ...report, counts };
}
