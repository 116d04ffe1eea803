/**
 * The Neo4j a test run uses. `npm run test:neo4j` (TEST_STORE=neo4j) runs the suite on one server,
 * started once by the global setup (neo4j-global-setup.ts): the one NEO4J_URI names, else a
 * container when a container engine answers, else the project's own Neo4j from Maven Central
 * (scripts/neo4j-server.ts). NEO4J_START=project or =container picks one of the last two.
 */
import { inject } from 'vitest';
import { createNeo4jStore } from '../../src/store/neo4j/neo4j-store.ts';
import type { Neo4jStoreOptions } from '../../src/store/neo4j/neo4j-store.ts';
import { DEFAULT_NEO4J_VERSION, startNeo4j } from '../../scripts/neo4j-server.ts';
import type { Neo4jServer } from '../../scripts/neo4j-server.ts';

/** The engine the shared fixtures (seededStore, useSeededApi) run on. */
export const TEST_STORE: 'embedded' | 'neo4j' = process.env.TEST_STORE === 'neo4j' ? 'neo4j' : 'embedded';

/** The Neo4j version the project's own server and the container run. */
export const NEO4J_VERSION = process.env.NEO4J_VERSION || DEFAULT_NEO4J_VERSION;

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Where it came from, for titles and logs. */
  label: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection | null;
  }
}

/** The run's Neo4j, as the global setup provides it. */
export function runNeo4j(): Neo4jConnection {
  const connection = inject('neo4j');
  if (!connection) throw new Error('no Neo4j in this run: the global setup starts one under TEST_STORE=neo4j (npm run test:neo4j)');
  return connection;
}

/** A store on the run's Neo4j (its database holds the seed graph), with optional tuning. */
export async function connectRunNeo4j(tuning: Partial<Neo4jStoreOptions> = {}) {
  const { uri, user, password, database } = runNeo4j();
  const store = createNeo4jStore({ uri, user, password, database, ...tuning });
  await store.verify();
  return store;
}

/** A running Neo4j the run owns, with a way to stop it. */
export interface OwnedNeo4j {
  connection: Neo4jConnection;
  stop(): Promise<void>;
}

const TEST_PASSWORD = 'test-password';

/** A `neo4j` container (NEO4J_VERSION, or the latest 5). */
export async function startNeo4jContainer(): Promise<OwnedNeo4j & { container: import('@testcontainers/neo4j').StartedNeo4jContainer }> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const image = `neo4j:${process.env.NEO4J_VERSION || '5'}`;
  const container = await new Neo4jContainer(image).withPassword(TEST_PASSWORD).start();
  return {
    container,
    connection: { uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword(), database: 'neo4j', label: `${image} (testcontainers)` },
    stop: async () => {
      await container.stop();
    },
  };
}

/** The project's own Neo4j on a free port, in a temporary folder (`data` keeps it somewhere else). */
export async function startProjectNeo4j(options: { data?: string; port?: number; readOnly?: boolean } = {}): Promise<OwnedNeo4j & { server: Neo4jServer }> {
  const server = await startNeo4j({ version: NEO4J_VERSION, password: TEST_PASSWORD, port: options.port ?? 0, data: options.data, readOnly: options.readOnly });
  return {
    server,
    connection: { uri: server.uri, user: server.user, password: server.password, database: 'neo4j', label: `Neo4j ${server.version} (npm run neo4j's server)` },
    stop: () => server.stop(),
  };
}

/** Whether a container engine answers, or why not. */
export async function containerRuntime(): Promise<{ ok: true } | { ok: false; reason: string }> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  return getContainerRuntimeClient().then(
    () => ({ ok: true as const }),
    (error: Error) => ({ ok: false as const, reason: `no container runtime (${error.message})` }),
  );
}

/** The Neo4j a run uses: NEO4J_URI when set, else a container (when an engine answers), else the project's own. */
export async function startRunNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<OwnedNeo4j> {
  if (env.NEO4J_URI) {
    return {
      connection: {
        uri: env.NEO4J_URI,
        user: env.NEO4J_USER || 'neo4j',
        password: env.NEO4J_PASSWORD ?? '',
        database: env.NEO4J_DATABASE || 'neo4j',
        label: `${env.NEO4J_URI} (NEO4J_URI)`,
      },
      stop: async () => {},
    };
  }
  const start = env.NEO4J_START;
  if (start !== undefined && start !== 'project' && start !== 'container') {
    throw new Error(`NEO4J_START must be project or container, got ${start}`);
  }
  if (start === 'container' || (start === undefined && (await containerRuntime()).ok)) return startNeo4jContainer();
  return startProjectNeo4j();
}
