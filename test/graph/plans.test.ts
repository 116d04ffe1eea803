/**
 * The embedded engine's plans for the runtime queries that start from given nodes: none may
 * scan every entity, so their cost follows their answer, not the graph. Run on the seed graph
 * with 5,000 more entities beside it (a scan then reads them all), each query with the
 * parameters the contract suite runs it with. Queries over the whole graph by design
 * (counts, statistics, the analytics' read, lists of one kind) may scan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_QUERIES } from '../../src/store/queries.ts';
import type { GraphStore } from '../../src/store/port.ts';
import { QUERY_SAMPLE_PARAMS } from '../contract/sample-params.ts';
import { seededEmbeddedStore } from '../testkit/graph.ts';

const FILLER = 5000;
const WHOLE_GRAPH = new Set(['analyticsNodes', 'degreeStatistics', 'nodeCounts', 'relationshipCounts', 'unindexedEntities', 'entitiesByKind']);

const pointQueries = ALL_QUERIES.filter((query) => query.text.length > 0 && !WHOLE_GRAPH.has(query.name) && QUERY_SAMPLE_PARAMS[query.name] !== undefined);

let store: GraphStore;
beforeAll(async () => {
  store = await seededEmbeddedStore();
  await store.execute("UNWIND range(1, $n) AS i CREATE (:Entity:Person {id: 'filler-' + i, name: 'Filler ' + i, aliases: [], sources: []})", { n: FILLER }, 'WRITE');
});
afterAll(() => store?.close());

describe('runtime queries from given nodes read no more than their neighbourhood', () => {
  it('covers the queries that start from given nodes', () => {
    expect(pointQueries.map((query) => query.name)).toEqual(expect.arrayContaining(['centreAndNeighbors', 'neighbors', 'expandFrontiers', 'entitiesByIds', 'relationsByKeys', 'timelinePageOf']));
  });

  it.each(pointQueries.map((query) => [query.name, query] as const))('%s seeks, it does not scan every entity', async (_name, query) => {
    const [profile] = await store.execute(`PROFILE ${query.text}`, QUERY_SAMPLE_PARAMS[query.name]! as never, 'READ');
    const scans = [...String(profile?.profile).matchAll(/Scan \((\w+):Entity\)\s+rows=(\d+)/g)].map((match) => `${match[1]}: ${match[2]} rows`);
    expect(scans, String(profile?.profile)).toEqual([]);
  });
});
