import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One graphql copy: vitest would otherwise load the ESM build beside Node's CJS one
// ("Cannot use GraphQLScalarType from another module or realm").
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

/**
 * `npm run test:neo4j` (TEST_STORE=neo4j) runs every test that touches the graph on one real
 * Neo4j, file after file (they share its one database), through the same fixtures as `npm test`.
 */
const onNeo4j = process.env.TEST_STORE === 'neo4j';

/** Tests that need a real Neo4j server: only in the Neo4j run. */
const NEO4J_SERVER_TESTS = ['test/neo4j/contract.test.ts', 'test/neo4j/ordered.test.ts', 'test/neo4j/recovery.test.ts', 'test/neo4j/server-faults.test.ts'];

/**
 * Left out of the Neo4j run: tests about the embedded engine itself (its file store under
 * kill -9 and corruption, its own Entity.id index and plans, its half of the contract) and tests that
 * touch no store at all (units, the explorer bundle and file serving, the driver with no server,
 * GraphiQL's page), the service as a process on its embedded file (stopping under load,
 * HTTP timeouts, unusable and read-only store paths), and the seed's fidelity to the article
 * text (the same seed files on every engine; skipped where the articles are not beside the
 * repository), which `npm test` runs once.
 */
const NOT_ON_NEO4J = [
  'test/unit/**',
  'test/hardening/faults.test.ts',
  'test/contract/embedded.test.ts',
  'test/contract/ordered-embedded.test.ts',
  'test/browser/explorer-bundle.test.ts',
  'test/server/use-explorer.test.ts',
  'test/neo4j/outage.test.ts',
  'test/server/process.test.ts',
  'test/browser/graphiql.test.ts',
  'test/seed/fidelity.test.ts',
  'test/graph/plans.test.ts',
];

export default defineConfig({
  resolve: { alias: { graphql: graphqlEntry } },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...(onNeo4j ? NOT_ON_NEO4J : NEO4J_SERVER_TESTS)],
    globalSetup: onNeo4j ? ['test/testkit/neo4j-global-setup.ts'] : [],
    fileParallelism: !onNeo4j,
    testTimeout: onNeo4j ? 60_000 : 20_000,
    hookTimeout: onNeo4j ? 240_000 : 60_000,
    // CI asks for a JSON report beside the console one, to print its summary line; on Neo4j,
    // REQUIRE_NEO4J=1 turns any skip into a failed run.
    reporters: [
      'default',
      ...(process.env.VITEST_JSON_REPORT ? ['json'] : []),
      ...(onNeo4j && process.env.REQUIRE_NEO4J === '1' ? ['./test/testkit/no-skips-reporter.ts'] : []),
    ],
    outputFile: process.env.VITEST_JSON_REPORT ? { json: process.env.VITEST_JSON_REPORT } : undefined,
  },
});
