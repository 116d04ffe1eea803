import type { StoreConfig } from '../config.ts';
import { createNeo4jStore } from './neo4j/neo4j-store.ts';
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
        throw error;
      }
      return store;
    }
  }
}
