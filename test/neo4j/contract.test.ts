/**
 * The contract suite on the run's Neo4j (npm run test:neo4j): every store-level and GraphQL-level
 * case answers as the embedded engine does, in the same order, byte for byte.
 */
import { contractSuite } from '../contract/contract-suite.ts';
import { connectRunNeo4j, runNeo4j } from '../testkit/neo4j.ts';

contractSuite(`neo4j ${runNeo4j().label}`, async () => {
  const store = await connectRunNeo4j();
  return { store, cleanup: () => store.close() };
});
