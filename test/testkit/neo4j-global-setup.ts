/**
 * Global setup of `npm run test:neo4j`: one Neo4j for the whole run (see neo4j.ts), seeded once
 * here, provided to every test file, stopped at the end.
 */
import type { TestProject } from 'vitest/node';
import { createNeo4jStore } from '../../src/store/neo4j/neo4j-store.ts';
import { seedGraph } from '../../src/store/seed.ts';
import { startRunNeo4j } from './neo4j.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const neo4j = await startRunNeo4j();
  const { uri, user, password, database, label } = neo4j.connection;
  const store = createNeo4jStore({ uri, user, password, database });
  try {
    await store.verify();
    const report = await seedGraph(store);
    console.log(
      `test:neo4j on ${label}: up and seeded in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
        `(seed ${(report.durationMs / 1000).toFixed(1)} s)`,
    );
  } catch (error) {
    await neo4j.stop();
    throw error;
  } finally {
    await store.close();
  }
  project.provide('neo4j', neo4j.connection);
  return () => neo4j.stop();
}
