import { createEmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import { orderedSuite } from './ordered-suite.ts';

orderedSuite('embedded (in memory)', async () => {
  const store = createEmbeddedStore({ path: null });
  return { store, cleanup: () => store.close() };
});
