/**
 * The contract suite against Neo4j 5. Runs where NEO4J_URI names a server or a container
 * engine is reachable; elsewhere it is reported as skipped with its reason, and
 * REQUIRE_NEO4J=1 turns that skip into a failure (for CI that has an engine).
 */
import { describe, expect, it } from 'vitest';
import { contractSuite } from '../contract/contract-suite.ts';
import { findNeo4jTarget } from './targets.ts';

const target = await findNeo4jTarget();

if ('skip' in target) {
  console.warn(`Neo4j contract suite skipped: ${target.skip}`);
  if (process.env.REQUIRE_NEO4J === '1') {
    it('has a Neo4j to run against (REQUIRE_NEO4J=1)', () => {
      expect.fail(target.skip);
    });
  } else {
    describe.skip(`contract: neo4j — skipped: ${target.skip}`, () => {
      it('runs the contract suite against Neo4j 5', () => {});
    });
  }
} else {
  contractSuite(`neo4j ${target.label}`, target.setup);
}
