import { createEmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import { contractSuite } from './contract-suite.ts';

contractSuite('embedded (in memory)', async () => {
  const store = createEmbeddedStore({ path: null });
  return { store, cleanup: () => store.close() };
});
