/**
 * The service against a Neo4j server this file owns (the project's own, from Maven Central):
 * the first start on a server that has just booted, a kill -9 of Neo4j in the middle of the seed,
 * a wrong password and a read-only database. Real processes: `npm start`, `npm run seed`, the JVM.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphCounts } from '../../src/store/bootstrap.ts';
import type { GraphCounts } from '../../src/store/bootstrap.ts';
import { createNeo4jStore } from '../../src/store/neo4j/neo4j-store.ts';
import { seededEmbeddedStore } from '../testkit/graph.ts';
import { ownedNeo4jSkip, useRestartableNeo4j } from '../testkit/owned-neo4j.ts';
import type { RestartableNeo4j } from '../testkit/owned-neo4j.ts';
import { neo4jEnv, runNode, startService, waitFor } from '../testkit/processes.ts';

const skip = ownedNeo4jSkip('Neo4j server faults');

/** What the seed writes, counted on the embedded engine. */
let reference: GraphCounts;
beforeAll(async () => {
  const store = await seededEmbeddedStore();
  reference = await graphCounts(store);
  await store.close();
});

async function countsOn(neo4j: RestartableNeo4j): Promise<GraphCounts> {
  const store = createNeo4jStore(neo4j.connection);
  try {
    return await graphCounts(store);
  } finally {
    await store.close();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const lookup = '{ node(id: "john-bolton") { ... on Entity { name } } }';
async function ask(url: string, query: string) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: await response.json() };
}

/** One line on stderr naming the cause, exit 1, no stack trace. */
function expectOneClearError(output: string, pattern: RegExp) {
  expect(output).toMatch(pattern);
  expect(output).not.toMatch(/\n\s+at /);
}

describe.skipIf(skip !== null)('a Neo4j that has just booted', () => {
  const owned = useRestartableNeo4j();

  it('is seeded by the first `npm start`, all of the seed, with progress, under its own budget', async () => {
    // A statement budget of 1 s is less than a cold server takes to plan the seed: the seed has its own.
    const started = performance.now();
    const service = await startService({ ...neo4jEnv(owned.neo4j.connection), QUERY_TIMEOUT_MS: '1000' });
    try {
      const ready = performance.now() - started;
      expect(service.output()).toMatch(/"msg":"empty graph: seeding from cypher\/"/);
      expect(service.output().match(/"msg":"seeding"/g)?.length).toBeGreaterThan(10);
      const seedMs = Number(/"msg":"seed complete".*?"durationMs":(\d+)/.exec(service.output())?.[1]);
      console.log(`first start on a just-booted Neo4j: seed ${seconds(seedMs)}, listening after ${seconds(ready)}`);
      expect(await ask(service.url, lookup)).toEqual({ status: 200, body: { data: { node: { name: 'John Bolton' } } } });
      expect(await countsOn(owned.neo4j)).toEqual(reference);
    } finally {
      expect(await service.stop()).toBe(0);
    }
  });

  it('refuses a wrong password with one clear line, at start and in the seed', async () => {
    const env = { ...neo4jEnv(owned.neo4j.connection), NEO4J_PASSWORD: 'not-the-password' };
    for (const command of [['src/main.ts'], ['src/seed-cli.ts']]) {
      const proc = runNode(command, { ...env, PORT: '0' });
      expect((await proc.exit).code).toBe(1);
      expectOneClearError(proc.output(), /refused the credentials \(check NEO4J_USER and NEO4J_PASSWORD\)/);
    }
  });
});

describe.skipIf(skip !== null)('kill -9 of Neo4j during the seed, then a read-only database', () => {
  const owned = useRestartableNeo4j();

  // Three seeds and a restart: about a minute on a slow machine, past the default test budget.
  it('leaves nothing half-written; after a restart the seed completes, idempotently', { timeout: 240_000 }, async () => {
    const seeding = runNode(['src/seed-cli.ts'], neo4jEnv(owned.neo4j.connection));
    await waitFor(seeding, /"file":"seed\/1[0-5]\d_/, 120_000);
    const killedAt = performance.now();
    await owned.neo4j.kill();
    expect((await seeding.exit).code).toBe(1);
    expectOneClearError(seeding.output(), /Seed failed: .*unavailable/);

    await owned.neo4j.start();
    const restarted = performance.now() - killedAt;
    // The data transaction never committed: no entity, no relationship, no search index.
    expect(await countsOn(owned.neo4j)).toEqual({ nodes: 0, relationships: 0, byKind: {}, byType: {} });

    const again = runNode(['src/seed-cli.ts'], neo4jEnv(owned.neo4j.connection));
    expect((await again.exit).code, again.output()).toBe(0);
    const seedMs = Number(/"durationMs":(\d+)/.exec(again.output())?.[1]);
    console.log(`kill -9 during the seed: Neo4j back ${seconds(restarted)} after the kill, seed then took ${seconds(seedMs)}`);
    expect(await countsOn(owned.neo4j)).toEqual(reference);
    const third = runNode(['src/seed-cli.ts'], neo4jEnv(owned.neo4j.connection));
    expect((await third.exit).code).toBe(0);
    expect(await countsOn(owned.neo4j)).toEqual(reference);
  });

  it('on a read-only database: the seed fails with one clear line, the API still serves what is there', async () => {
    await owned.neo4j.stop();
    await owned.neo4j.start({ readOnly: true });
    const seed = runNode(['src/seed-cli.ts'], neo4jEnv(owned.neo4j.connection));
    expect((await seed.exit).code).toBe(1);
    expectOneClearError(seed.output(), /Neo4j database neo4j at bolt:\/\/\S+ is read-only: it cannot be seeded or written to/);

    // Seeded before, so the start has nothing to write: the read-only API serves.
    const service = await startService(neo4jEnv(owned.neo4j.connection));
    try {
      expect(await ask(service.url, lookup)).toEqual({ status: 200, body: { data: { node: { name: 'John Bolton' } } } });
    } finally {
      await service.stop();
    }
  });
});
