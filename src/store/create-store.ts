import type { StoreConfig } from '../config.ts';
import { createEmbeddedStore } from './embedded/embedded-store.ts';
import type { GraphStore } from './port.ts';
import { StoreUnavailableError } from './port.ts';

/** The store the configuration names. */
export async function createStore(config: StoreConfig): Promise<GraphStore> {
  switch (config.kind) {
    case 'embedded':
      return createEmbeddedStore({ path: config.path });
    case 'neo4j':
      throw new StoreUnavailableError(
        `GRAPH_STORE=neo4j (${config.uri}) is not available in this build yet; use the embedded default.`,
      );
  }
}
