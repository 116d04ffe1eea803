/**
 * Search and the timeline in order on the run's Neo4j (test/contract/ordered-suite.ts, npm run
 * test:neo4j), and the plans Neo4j runs them by: the full-text index for search, the index on
 * Event.timelineDay for the timeline, no scan of every node.
 */
import neo4jDriver from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanTiers } from '../../src/search/run-search.ts';
import { everyHitTerms, filterOf, lookupsOf } from '../../src/search/search.ts';
import { TIE_SEPARATOR } from '../../src/graph/keyset.ts';
import { createNeo4jSearchIndex, luceneTerms } from '../../src/store/neo4j/text-index.ts';
import { seedGraph } from '../../src/store/seed.ts';
import { timelinePage } from '../../src/store/queries.ts';
import { toDriverParams } from '../../src/store/neo4j/values.ts';
import { orderedSuite } from '../contract/ordered-suite.ts';
import { connectRunNeo4j, runNeo4j } from '../testkit/neo4j.ts';

orderedSuite(`neo4j ${runNeo4j().label}`, async () => {
  const store = await connectRunNeo4j();
  return { store, cleanup: () => store.close() };
});

// The seed graph's tiers are small enough to read in one piece each: walked shard by shard too.
orderedSuite(`neo4j ${runNeo4j().label}, every tier of a search walked shard by shard`, async () => {
  const store = await connectRunNeo4j({ searchDense: 0 });
  return { store, cleanup: () => store.close() };
});

describe(`the plans Neo4j runs: ${runNeo4j().label}`, () => {
  let driver: Driver;
  const { uri, user, password, database } = runNeo4j();
  beforeAll(() => {
    driver = neo4jDriver.driver(uri, neo4jDriver.auth.basic(user, password));
  });
  afterAll(() => driver?.close());

  /** A statement run under EXPLAIN or PROFILE: the plan is in the result summary, which the port does not carry. */
  const planned = async (mode: 'EXPLAIN' | 'PROFILE', text: string, params: Record<string, unknown>) => {
    const session = driver.session({ database });
    try {
      return await session.run(`${mode} ${text}`, toDriverParams(params) as Record<string, unknown>);
    } finally {
      await session.close();
    }
  };
  type PlanNode = { operatorType: string; arguments: Record<string, unknown>; dbHits?: number; children: unknown[] };
  const eachOperator = (plan: unknown, visit: (operator: PlanNode) => void) => {
    if (!plan) return;
    visit(plan as PlanNode);
    for (const child of (plan as PlanNode).children) eachOperator(child, visit);
  };

  /** The operators of a statement's plan, each with its details (index names, procedures). */
  const operatorsOf = async (text: string, params: Record<string, unknown>) => {
    const operators: string[] = [];
    eachOperator((await planned('EXPLAIN', text, params)).summary.plan, (plan) => operators.push(`${plan.operatorType} ${String(plan.arguments.Details ?? '')}`));
    return operators;
  };

  /** The ids a statement returns, and the database hits its profile counts. */
  const profiled = async (text: string, params: Record<string, unknown>) => {
    const result = await planned('PROFILE', text, params);
    let dbHits = 0;
    eachOperator(result.summary.profile, (plan) => (dbHits += Number(plan.dbHits)));
    return { ids: result.records.map((record) => (record.get('node') as { id: string }).id), dbHits };
  };

  it('reads a page of search hits through the full-text index', async () => {
    // Its statements and how it passes terms; EXPLAIN writes nothing, so it needs no transaction of its own.
    const index = createNeo4jSearchIndex(() => Promise.reject(new Error('no writes here')));
    const request = { term: 'bolton', kinds: [] };
    const terms = lookupsOf(request)[2]!.flatMap((lookup) => lookup.terms);
    const params = {
      ...filterOf(request),
      ...(await index.candidates(terms)),
      scope: { field: 'NAME', grade: 2, start: null, stop: null },
      order: 'RELEVANCE',
      ascending: true,
      missingLast: true,
      limit: 11,
      sep: '\u0001',
    };
    const operators = await operatorsOf(index.statements.searchPage, params);
    console.info(`neo4j plan, search page:\n  ${operators.join('\n  ')}`);
    expect(operators.some((operator) => /ProcedureCall.*db\.index\.fulltext\.queryNodes/.test(operator))).toBe(true);
    expect(operators.some((operator) => /AllNodesScan|NodeByLabelScan/.test(operator))).toBe(false);
  });

  it('finds through prefix queries the nodes the whole list of terms finds, for every tier, kind and spelling', async () => {
    const store = await connectRunNeo4j();
    try {
      await seedGraph(store);
      const nodesOf = async (queries: string[]) =>
        (await store.execute("UNWIND $queries AS query CALL db.index.fulltext.queryNodes('entity_search', query) YIELD node RETURN DISTINCT node.id AS id ORDER BY id", { queries }, 'READ')).map((row) => String(row.id));
      const chunks = (terms: readonly string[]) => Array.from({ length: Math.ceil(terms.length / 1024) }, (_, i) => terms.slice(i * 1024, (i + 1) * 1024).join(' '));
      const requests = [
        { term: 'bolton', kinds: [] },
        { term: 'b', kinds: [] },
        { term: 'alyaksandr luk', kinds: [] },
        { term: 'minsk', kinds: ['Place' as const, 'Event' as const] },
        { term: 'national security advisor', kinds: ['Person' as const] },
        { term: 'лукашенко', kinds: [] },
      ];
      let found = 0;
      for (const request of requests) {
        for (const tier of lookupsOf(request)) {
          const terms = tier.flatMap((lookup) => lookup.terms);
          if (terms.length === 0) continue;
          const compact = luceneTerms(terms);
          expect(compact.length).toBeLessThanOrEqual(Math.max(1, request.kinds.length) * 2);
          const expected = await nodesOf(chunks(terms));
          expect(await nodesOf([compact.join(' ')]), `${request.term}: ${compact.join(' ')}`).toEqual(expected);
          found += expected.length;
        }
      }
      expect(found).toBeGreaterThan(20);
    } finally {
      await store.close();
    }
  });

  it('walks a search page in one statement through the full-text index, reading the shards its page returns from and no further', async () => {
    const store = await connectRunNeo4j({ searchDense: 0 });
    try {
      await seedGraph(store);
      const index = store.searchIndex;
      const request = { term: 'b', kinds: [] };
      const filter = filterOf(request);
      const page = { order: 'RELEVANCE', ascending: true, missingLast: true, sep: TIE_SEPARATOR, limit: 3 };
      const scan = { ascending: true, missingLast: true, start: null, stop: null, limit: 3 };
      const walk = { ...filter, ...page, ...index.walk!(scanTiers(request, scan), filter) };
      const flat = { ...filter, ...page, scope: { field: null, grade: null, start: null, stop: null }, ...(await index.candidates(everyHitTerms(request))) };
      const operators = await operatorsOf(index.statements.searchWalk!, walk);
      console.info(`neo4j plan, search walk:\n  ${operators.join('\n  ')}`);
      expect(operators.some((operator) => /ProcedureCall.*db\.index\.fulltext\.queryNodes/.test(operator))).toBe(true);
      expect(operators.some((operator) => /AllNodesScan|NodeByLabelScan/.test(operator))).toBe(false);
      // The same first page as the statement that reads every hit, from far fewer of the nodes.
      const [walked, whole] = [await profiled(index.statements.searchWalk!, walk), await profiled(index.statements.searchPage, flat)];
      console.info(`search 'b', first 3: the walk ${walked.dbHits} db hits, every hit at once ${whole.dbHits}`);
      expect(walked.ids).toEqual(whole.ids);
      expect(walked.ids).toHaveLength(3);
      expect(walked.dbHits * 3).toBeLessThan(whole.dbHits);
    } finally {
      await store.close();
    }
  });

  it('reads the timeline bucket by bucket through the index on Event.timelineDay', async () => {
    const scan = { ascending: false, missingLast: true, start: { missing: false, primary: '2019-08-29', tie: 'm' }, stop: null, limit: 11, sep: '' };
    const operators = await operatorsOf(timelinePage.text, { from: '2000-01-01', to: '2019-12-31', eventTypes: [], ...scan });
    console.info(`neo4j plan, timeline page:\n  ${operators.join('\n  ')}`);
    expect(operators.some((operator) => /NodeIndexSeek.*timelineDay/.test(operator))).toBe(true);
    expect(operators.filter((operator) => /NodeByLabelScan|AllNodesScan/.test(operator)).every((operator) => /TimelineMonth/.test(operator))).toBe(true);
  });
});
