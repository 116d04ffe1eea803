/**
 * A Neo4j outage in the middle of serving: while the container restarts, GraphQL
 * answers STORE_UNAVAILABLE and /ready 503; once it is back, both recover, with no
 * restart of the service. Needs a container engine; skipped with its reason otherwise.
 */
import { describe, expect, it } from 'vitest';
import { seedGraph } from '../../src/store/seed.ts';
import { testApp } from '../testkit/graph.ts';
import { startNeo4jContainer } from './targets.ts';

const { getContainerRuntimeClient } = await import('testcontainers');
const reason = await getContainerRuntimeClient().then(
  () => null,
  (error: Error) => `no container runtime (${error.message})`,
);
if (reason) console.warn(`Neo4j recovery test skipped: ${reason}`);

describe.skipIf(reason !== null)('Neo4j outage and recovery (testcontainers)', () => {
  it('answers STORE_UNAVAILABLE and /ready 503 during the outage, and recovers after it', { timeout: 300_000 }, async () => {
    const { container, store } = await startNeo4jContainer({ connectionTimeoutMs: 2000, maxRetryTimeMs: 1000 });
    try {
      await seedGraph(store);
      const { app, gql } = testApp(store);
      const lookup = '{ node(id: "john-bolton") { id } }';
      expect((await gql(lookup)).body).toEqual({ data: { node: { id: 'john-bolton' } } });

      const restarting = container.restart({ timeout: 10_000 });
      // During the restart window the service answers quickly with coded errors.
      let sawOutage = false;
      for (let attempt = 0; attempt < 50 && !sawOutage; attempt += 1) {
        const response = await gql(lookup);
        if (response.body.errors?.[0]?.extensions?.code === 'STORE_UNAVAILABLE') {
          sawOutage = true;
          expect(response.status).toBe(503);
          expect((await app.fetch('http://yoga/ready')).status).toBe(503);
        }
      }
      await restarting;
      expect(sawOutage).toBe(true);

      let recovered = false;
      for (let attempt = 0; attempt < 120 && !recovered; attempt += 1) {
        recovered = (await app.fetch('http://yoga/ready')).status === 200;
        if (!recovered) await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      expect(recovered).toBe(true);
      expect((await gql(lookup)).body).toEqual({ data: { node: { id: 'john-bolton' } } });
    } finally {
      await store.close();
      await container.stop();
    }
  });
});
