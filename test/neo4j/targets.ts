import { createNeo4jStore } from '../../src/store/neo4j/neo4j-store.ts';
import type { Neo4jStoreOptions } from '../../src/store/neo4j/neo4j-store.ts';
import type { ContractTarget } from '../contract/contract-suite.ts';

/** A fresh `neo4j:5` container and a store on it (store options may be tuned, e.g. timeouts). */
export async function startNeo4jContainer(tuning: Partial<Neo4jStoreOptions> = {}) {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer('neo4j:5').withPassword('contract-password').start();
  const store = createNeo4jStore({
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    database: 'neo4j',
    ...tuning,
  });
  return { container, store };
}

export interface Neo4jTarget {
  /** How the suite reaches Neo4j, for the test title. */
  label: string;
  setup: () => Promise<ContractTarget>;
}

/**
 * Where the Neo4j half of the contract runs: the server `NEO4J_URI` names, else a
 * `neo4j:5` container when a container engine answers. `skip` says why neither is there.
 */
export async function findNeo4jTarget(env: NodeJS.ProcessEnv = process.env): Promise<Neo4jTarget | { skip: string }> {
  if (env.NEO4J_URI) {
    const options = {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE ?? 'neo4j',
    };
    return {
      label: `${options.uri} (NEO4J_URI)`,
      setup: async () => {
        const store = createNeo4jStore(options);
        await store.verify();
        return { store, cleanup: () => store.close() };
      },
    };
  }
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
  } catch (error) {
    return { skip: `no NEO4J_URI and no container runtime (${(error as Error).message})` };
  }
  return {
    label: 'neo4j:5 (testcontainers)',
    setup: async () => {
      const { container, store } = await startNeo4jContainer();
      await store.verify();
      return {
        store,
        cleanup: async () => {
          await store.close();
          await container.stop();
        },
      };
    },
  };
}
