/**
 * One suite, every backend: store-level cases (plain values, transactions,
 * parameters, the seed, every runtime query) and GraphQL-level cases, whose
 * answers must equal those of a reference embedded store seeded in the same run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphCounts } from '../../src/store/bootstrap.ts';
import type { GraphStore, Row } from '../../src/store/port.ts';
import { neighborhood } from '../../src/graph/neighborhood.ts';
import { shortestPaths } from '../../src/graph/paths.ts';
import { ALL_QUERIES, relationsByKeysFor, relationsByKeysInOneRow } from '../../src/store/queries.ts';
import { createQueryRunner } from '../../src/store/runner.ts';
import { seedGraph } from '../../src/store/seed.ts';
import { exampleOperations } from '../../src/server/example-operations.ts';
import { seededEmbeddedStore, testApp } from '../testkit/graph.ts';
import { QUERY_SAMPLE_PARAMS } from './sample-params.ts';

export interface ContractTarget {
  store: GraphStore;
  cleanup(): Promise<void>;
}

/**
 * Runtime queries whose rows come in no stated order, compared as sets: the entity loader puts
 * `entitiesByIds`' rows in key order itself, `degreeStatistics` is read into maps, and the
 * analytics sort what `analyticsNodes` and `analyticsRelationships` read (src/analytics/). Every
 * other query orders its rows in Cypher, and every GraphQL answer is compared as it is sent,
 * byte for byte.
 */
const UNORDERED_ROWS = new Set(['entitiesByIds', 'degreeStatistics', 'analyticsNodes', 'analyticsRelationships']);
const asSet = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();

const GRAPHQL_CASES: [string, string, Record<string, unknown>?][] = [
  ...exampleOperations().map((operation): [string, string] => [operation.file, operation.query]),
  ['search by another spelling', '{ search(query: "Alyaksandr Lukashenko", first: 5) { matchType matchedAlias score node { id } } }'],
  ['search by kind', '{ search(query: "minsk", kinds: [PLACE, EVENT], first: 20) { matchType node { id } } }'],
  ['nodes', '{ nodes(ids: ["belarus-mfa", "nobody", "yama-memorial"]) { __typename id ... on Entity { name aliases sourceIds } } }'],
  ['depth-2 neighbourhood', '{ neighborhood(id: "uladzimir-makei", depth: 2, limit: 500) { truncated nodes { id kind label date } edges { id type source target sources evidence date role } } }'],
  ['directed neighbourhood', '{ neighborhood(id: "john-bolton", direction: IN, limit: 500) { nodes { id } edges { id } } }'],
  ['all shortest paths', '{ allShortestPaths(from: "bill-clinton", to: "melania-trump", first: 50) { length nodes { id } edges { id } } }'],
  ['typed path', '{ shortestPath(from: "aliaksandr-lukashenka", to: "uladzimir-makei", relationshipTypes: [MET_WITH]) { length nodes { id } } }'],
  ['subgraph', '{ subgraph(ids: ["john-bolton", "aliaksandr-lukashenka", "uladzimir-makei", "belarus-mfa", "minsk"]) { nodes { id } edges { id type } } }'],
  ['participant timeline', '{ timeline(participant: "belarus", kinds: [SANCTION, RECALL, ORDER]) { id date datePrecision eventType } }'],
  ['statements about a topic', '{ statements(about: "human-rights") { id text quoteType date speakers { id } reportedIn { id } } }'],
  ['documents', '{ documents { id title outlet author coversDate statements { id } events { id } cites { id } } }'],
  ['an actor card', '{ node(id: "john-bolton") { ... on Person { roles { role node { id } } meetings { date node { id } sources { id } } statements { id } events { role node { id } } visits { date node { id } } } } }'],
  ['a truncated depth-2 neighbourhood', '{ neighborhood(id: "john-bolton", depth: 2, limit: 8) { truncated nodes { id } edges { id } } }'],
  ['a truncated neighbourhood of kinds', '{ neighborhood(id: "belarus", depth: 3, kinds: [PERSON, EVENT], limit: 12) { truncated nodes { id } edges { id } } }'],
  ['a cut of all shortest paths', '{ allShortestPaths(from: "bill-clinton", to: "melania-trump", first: 2) { length nodes { id } edges { id } } }'],
  ['every event, undated last', '{ timeline(first: 500) { id date } }'],
  ['relations of several types', '{ node(id: "belarus-mfa") { ... on Organization { actions { type direction date node { id } } people { type role node { id } } } } }'],
  ['nodes in the order asked', '{ nodes(ids: ["minsk", "john-bolton", "nobody", "belarus", "minsk"]) { id } }'],
  ['a limit error', '{ neighborhood(id: "john-bolton", depth: 4) { truncated } }'],
  // The analytics are computed from what the store port reads: the same graph gives the same
  // version and, the algorithms being deterministic, the same values to the last bit.
  ['analytics and rankings', '{ analytics { graphVersion nodeCount relationshipCount communityCount modularity betweennessExact } rankings(metric: BETWEENNESS, first: 15) { totalCount edges { rank value node { id } } } pr: rankings(metric: PAGE_RANK, kinds: [PERSON], first: 10) { edges { rank value node { id } } } }'],
  ['communities', '{ communities(first: 50) { totalCount edges { node { id label size members(first: 5) { edges { rank value node { id } } } } } } }'],
  ['an entity’s metrics', '{ node(id: "aliaksandr-lukashenka") { ... on Entity { metrics { degree pageRank betweenness betweennessError rank(metric: DEGREE) community { id size } graphVersion } } } }'],
  ['paths between sets', '{ paths(from: ["john-bolton", "donald-trump", "us-embassy-minsk"], to: ["aliaksandr-lukashenka", "uladzimir-makei", "belarus-mfa"], first: 50) { connectedPairs truncated paths { length entities { id } edges { id evidence sourceCount } } } }'],
  ['paths as of a day', '{ paths(from: ["john-bolton"], to: ["aliaksandr-lukashenka", "belarus"], asOf: "2018-12-31", includeUndated: false) { connectedPairs paths { entities { id } edges { id date } } } }'],
  ['a neighbourhood as of a day', '{ neighborhood(id: "belarus", depth: 2, limit: 500, asOf: "2008-12-31", includeUndated: false) { truncated entities { id } edges { id date } } }'],
  ['coverage and mentions', '{ coverage(documents: ["belsat-bolton-visit-2019", "lukashenko-fresh-start-2019"]) { shared { entityCount relationshipCount entities(first: 500) { id } relationships(first: 500) { id } } byDocument { document { id } alone { entityCount relationshipCount relationships(first: 500) { id } } } } node(id: "lukashenko-fresh-start-2019") { ... on Document { mentions(first: 200) { totalCount edges { node { id } } } } } }'],
  ['a slice of the whole graph', '{ graph(first: 40) { totalCount graphVersion pageInfo { hasNextPage endCursor } entities { id } edges { id } } }'],
];

export function contractSuite(backend: string, setup: () => Promise<ContractTarget>): void {
  describe(`contract: ${backend}`, () => {
    let target: ContractTarget;
    let reference: GraphStore;
    const run = (text: string, params: Row = {}, routing: 'READ' | 'WRITE' = 'READ') => target.store.execute(text, params, routing);

    beforeAll(async () => {
      target = await setup();
      await seedGraph(target.store);
      reference = await seededEmbeddedStore();
    }, 180_000);

    afterAll(async () => {
      await target?.store.execute('MATCH (n:ContractFixture) DETACH DELETE n', {}, 'WRITE');
      await target?.cleanup();
      await reference?.close();
    });

    describe('store', () => {
      it('returns scalars, lists, maps and dates as plain values', async () => {
        const [row] = await run(
          "RETURN 1 AS i, 1.5 AS f, 'x' AS s, true AS b, null AS n, [1, 'two'] AS l, {a: 1, b: [2]} AS m, " +
            "date('2019-08-29') AS d, datetime('2019-08-29T10:15:30Z') AS dt, 9007199254740993 AS big",
        );
        expect(row).toEqual({
          i: 1,
          f: 1.5,
          s: 'x',
          b: true,
          n: null,
          l: [1, 'two'],
          m: { a: 1, b: [2] },
          d: '2019-08-29',
          dt: '2019-08-29T10:15:30Z',
          big: '9007199254740993',
        });
      });

      it('returns nodes, relationships and paths in one plain shape', async () => {
        await run(
          "MERGE (a:ContractFixture {key: 'a'}) SET a.n = 1 MERGE (b:ContractFixture {key: 'b'}) MERGE (a)-[r:FIXTURE_LINK]->(b) SET r.w = 2",
          {},
          'WRITE',
        );
        const [row] = await run("MATCH p = (a:ContractFixture {key: 'a'})-[r:FIXTURE_LINK]->(b) RETURN a, r, p");
        await run('MATCH (n:ContractFixture) DETACH DELETE n', {}, 'WRITE');
        const a = row!.a as Row;
        const r = row!.r as Row;
        const p = row!.p as { nodes: Row[]; relationships: Row[] };
        expect(a).toEqual({ id: expect.any(String), labels: ['ContractFixture'], properties: { key: 'a', n: 1 } });
        expect(r).toEqual({ id: expect.any(String), type: 'FIXTURE_LINK', start: a.id, end: expect.any(String), properties: { w: 2 } });
        expect(p.nodes.map((node) => (node.properties as Row).key)).toEqual(['a', 'b']);
        expect(p.relationships).toEqual([r]);
      });

      it('takes integer parameters where Cypher needs integers', async () => {
        const rows = await run('UNWIND range(1, 10) AS x RETURN x ORDER BY x SKIP $skip LIMIT $limit', { skip: 2, limit: 3 });
        expect(rows).toEqual([{ x: 3 }, { x: 4 }, { x: 5 }]);
      });

      it('rolls a write transaction back when a statement fails', async () => {
        await expect(
          target.store.writeTransaction(async (tx) => {
            await tx.execute("CREATE (:ContractFixture {key: 'rolled-back'})");
            await tx.execute('RETURN 1 / 0 AS boom');
          }),
        ).rejects.toThrow();
        expect(await run("MATCH (n:ContractFixture {key: 'rolled-back'}) RETURN n")).toEqual([]);
      });

      it('holds the same seed graph as the reference, and a second seed adds nothing', async () => {
        const counts = await graphCounts(target.store);
        expect(counts).toEqual(await graphCounts(reference));
        await seedGraph(target.store);
        expect(await graphCounts(target.store)).toEqual(counts);
      });

      it.each(ALL_QUERIES.filter((query) => !query.needs).map((query) => [query.name, query] as const))(
        'runtime query %s gives the reference’s rows',
        async (name, query) => {
          const params = QUERY_SAMPLE_PARAMS[name];
          expect(params, `sample parameters for ${name}`).toBeDefined();
          const rows = await target.store.execute(query.text, params!, query.routing);
          const expected = await reference.execute(query.text, params!, query.routing);
          expect(rows.length).toBeGreaterThan(0);
          if (UNORDERED_ROWS.has(name)) expect(asSet(stripIds(rows))).toEqual(asSet(stripIds(expected)));
          else expect(JSON.stringify(stripIds(rows))).toBe(JSON.stringify(stripIds(expected)));
        },
      );
    });

    describe('native facilities', () => {
      // Registered for the stores that have one; the embedded store has none.
      it('finds the same shortest paths, in the same order, natively as the portable search does on the reference', async () => {
        if (!target.store.capabilities?.nativeShortestPaths) return;
        const ids = (await reference.execute('MATCH (n:Entity) RETURN n.id AS id ORDER BY id', {}, 'READ')).map((row) => String(row.id));
        const pairs = ids.filter((_, i) => i % 9 === 0).flatMap((from, i, sample) => sample.slice(i + 1).map((to) => [from, to] as const));
        const search = (store: GraphStore, native: boolean, from: string, to: string, types: string[]) => {
          const runner = createQueryRunner(store);
          const portable = native ? runner : { run: runner.run };
          return shortestPaths({ runner: portable }, { from, to, maxDepth: 6, types, maxPaths: 5, expansionLimit: 10_000, rowBudget: 10_000 });
        };
        let found = 0;
        for (const types of [[], ['MET_WITH', 'HOLDS_ROLE', 'PARTICIPATED_IN', 'MEMBER_OF']]) {
          for (const [from, to] of pairs) {
            const native = await search(target.store, true, from, to, types);
            const expected = await search(reference, false, from, to, types);
            expect(JSON.stringify(stripIds([native])), `${from} → ${to}`).toBe(JSON.stringify(stripIds([expected])));
            found += native.paths.length;
          }
        }
        expect(found).toBeGreaterThan(50);
      });

      it('reads the same neighbourhoods, in the same order, with a level and its relationships in one round trip as the reference does in two', async () => {
        if (!target.store.capabilities?.subqueries) return;
        const ids = (await reference.execute('MATCH (n:Entity) RETURN n.id AS id ORDER BY id', {}, 'READ')).map((row) => String(row.id));
        const runner = createQueryRunner(target.store);
        const portable = { run: createQueryRunner(reference).run };
        let nodes = 0;
        let truncated = 0;
        for (const id of [...ids.filter((_, i) => i % 11 === 0), 'john-bolton', 'belarus', 'nobody']) {
          for (const [depth, limit, edgeLimit] of [[1, 500, 5000], [2, 500, 5000], [2, 7, 5000], [3, 60, 12], [1, 3, 1]] as const) {
            for (const variant of [
              { types: [], kinds: [], view: undefined, slim: undefined },
              { types: ['MET_WITH', 'HOLDS_ROLE', 'PARTICIPATED_IN'], kinds: ['Person', 'Event'], view: { asOf: '2010-12-31', undated: false }, slim: { nodes: true, edges: true } },
            ]) {
              const options = { id, depth, direction: 'BOTH' as const, limit, edgeLimit, ...variant };
              const oneTrip = await neighborhood({ runner }, options);
              const expected = await neighborhood({ runner: portable }, options);
              expect(JSON.stringify(stripIds([oneTrip])), `${id}, ${JSON.stringify(options)}`).toBe(JSON.stringify(stripIds([expected])));
              nodes += oneTrip.nodes.length;
              if (oneTrip.truncated) truncated += 1;
            }
          }
        }
        expect(nodes).toBeGreaterThan(500);
        expect(truncated).toBeGreaterThan(10);
      });

      it("reads the same relation rows, in the same order, in one row as the reference does row by row", async () => {
        if (!target.store.capabilities?.subqueries) return;
        const ids = (await reference.execute('MATCH (n:Entity) RETURN n.id AS id ORDER BY id', {}, 'READ')).map((row) => String(row.id));
        const runner = createQueryRunner(target.store);
        const portable = createQueryRunner(reference);
        const parts = { self: true, next: true, cites: true, citesSelf: true };
        let rows = 0;
        for (const [at, id] of [...ids.filter((_, i) => i % 7 === 0), 'john-bolton', 'nobody'].entries()) {
          const keys = [
            { key: 'all', id, types: ['MET_WITH', 'HOLDS_ROLE', 'PARTICIPATED_IN', 'SAID', 'ABOUT', 'REPORTED_IN'], side: 'BOTH' as const, self: true, citesEdges: true, citesFar: at % 2 === 0, citesSelf: true, slim: at % 3 === 0,
              next: [{ types: ['PARTICIPATED_IN', 'MEMBER_OF'], side: 'OUT' as const, kinds: null, slim: at % 2 === 1 }, { types: ['HOLDS_ROLE'], side: 'OUT' as const, kinds: ['Person' as const], slim: false }] },
            { key: 'in', id, types: ['MET_WITH', 'PARTICIPATED_IN', 'REPORTED_IN'], side: 'IN' as const, asOf: '2015-12-31', undated: at % 2 === 0 },
          ];
          for (const limit of [2, 100]) {
            const [one] = await runner.run(relationsByKeysInOneRow(parts), { keys, limit });
            const expected = await portable.run(relationsByKeysFor(parts), { keys, limit });
            expect(JSON.stringify(stripIds(one!)), `${id}, limit ${limit}`).toBe(JSON.stringify(stripIds(expected)));
            rows += expected.length;
          }
        }
        expect(rows).toBeGreaterThan(300);
      });
    });

    describe('GraphQL', () => {
      it.each(GRAPHQL_CASES)('%s answers as the reference does', async (name, query, variables) => {
        const actual = await testApp(target.store).gql(query, variables);
        const expected = await testApp(reference).gql(query, variables);
        expect(actual.status).toBe(expected.status);
        expect(actual.body).toEqual(expected.body);
        expect(JSON.stringify(actual.body)).toBe(JSON.stringify(expected.body));
        expect(JSON.stringify(actual.body).length).toBeGreaterThan(40);
        // Only the case named so is an error; every other one must be data, or it compares errors.
        expect(Boolean(expected.body.errors), JSON.stringify(expected.body.errors)).toBe(name === 'a limit error');
      });
    });
  });
}

/**
 * Rows as comparable values: engine-internal ids dropped (they differ between backends; the
 * graph's own ids do not), and the keys of each map in one order, because a Cypher map has none
 * (Neo4j returns a projection's keys in its own order). Lists keep theirs.
 */
function stripIds(rows: readonly unknown[]): unknown[] {
  return JSON.parse(
    JSON.stringify(rows, (key, value) => {
      if (key === '_id') return undefined;
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }),
  );
}
