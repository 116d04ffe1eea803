import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import type { GraphStore } from '../../src/store/port.ts';
import { seedGraph } from '../../src/store/seed.ts';

describe('the embedded store indexes Entity.id itself', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = createEmbeddedStore({ path: null });
    await seedGraph(store);
  });
  afterAll(() => store.close());

  it('looks ids up through an index, not a scan', async () => {
    // The engine reports index use in its plan; a scan would show a label/all-nodes scan instead.
    const [plan] = await store.execute("EXPLAIN MATCH (n:Entity {id: 'john-bolton'}) RETURN n.id AS id", {}, 'READ');
    expect(String(plan?.plan)).toMatch(/\[index: id\]/);
  });

  it('still enforces the unique constraint', async () => {
    await expect(store.execute("CREATE (:Entity {id: 'john-bolton'})", {}, 'WRITE')).rejects.toThrow(/constraint/i);
  });
});
