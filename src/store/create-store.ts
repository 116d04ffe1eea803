import type { StoreConfig } from '../config.ts';
import { createNeo4jStore } from './neo4j/neo4j-store.ts';
import { StoreUnavailableError } from './port.ts';
import type { GraphStore } from './port.ts';

/**
 * The store the configuration names; a Neo4j store is checked for connectivity first.
 * `readOnly` opens an existing embedded file for reading only (nothing will be seeded).
 */
export async function createStore(config: StoreConfig, options: { readOnly?: boolean } = {}): Promise<GraphStore> {
  switch (config.kind) {
    case 'embedded': {
      // Loaded only when chosen: its native build exists for linux-x64 alone.
      const { createEmbeddedStore } = await import('./embedded/embedded-store.ts');
      return createEmbeddedStore({ path: config.path, queryTimeoutMs: config.queryTimeoutMs, readOnly: options.readOnly });
    }
    case 'neo4j': {
      const store = createNeo4jStore(config);
      try {
        await store.verify();
      } catch (error) {
        await store.close();
        throw atStart(error, config.uri);
      }
      return store;
    }
  }
}

/** A Neo4j that cannot be reached at start, with what to do about it where the adapter could tell why (StoreUnavailableError.reason). */
function atStart(error: unknown, uri: string): unknown {
  if (!(error instanceof StoreUnavailableError)) return error;
  const startIt = "Start Neo4j and try again (`npm run neo4j` starts the project's own and prints the NEO4J_URI and NEO4J_PASSWORD to use), or correct NEO4J_URI";
  const unavailable = (why: string) => new StoreUnavailableError(`Neo4j at ${uri} is unavailable: ${why}`, { cause: error, reason: error.reason });
  switch (error.reason) {
    case 'refused':
      return unavailable(`nothing listens there (connection refused). ${startIt}`);
    case 'no-routing':
      // A neo4j:// URI first asks for the cluster's routing table; the driver does not say why none came.
      return unavailable(`no server there answered for the cluster's routing table (none listens, or it is not Neo4j). ${startIt}`);
    case 'unresolved':
      return unavailable('its host name does not resolve here; correct NEO4J_URI');
    case 'credentials':
    case null:
      return error;
  }
}
