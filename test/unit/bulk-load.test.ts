import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/generate.ts';
import { loadGraph } from '../../bench/load.ts';
import { createEmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import { graphFingerprint } from '../hardening/fuzz/fingerprint.ts';

const quiet = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;

describe('the embedded engine’s bulk loader', () => {
  it('writes the graph the Cypher statements write, dates as dates', async () => {
    const graph = syntheticGraph({ nodes: 400 });
    const bulk = createEmbeddedStore({ path: null });
    const cypher = createEmbeddedStore({ path: null });
    try {
      expect(bulk.bulk).toBeDefined();
      await loadGraph(bulk, graph, quiet);
      await loadGraph({ ...cypher, bulk: undefined }, graph, quiet);
      const [a, b] = [await graphFingerprint(bulk), await graphFingerprint(cypher)];
      expect(a.nodes).toBeGreaterThan(400);
      expect(a).toEqual(b);
      const [row] = await bulk.execute("MATCH (e:Event) WITH e LIMIT 1 RETURN e.date >= date('1900-01-01') AS isDate", {}, 'READ');
      expect(row?.isDate).toBe(true);
    } finally {
      await bulk.close();
      await cypher.close();
    }
  });

  it('writes nothing of a batch that names a node that does not exist', async () => {
    const store = createEmbeddedStore({ path: null });
    try {
      await store.bulk!.createNodes({ labels: ['Entity', 'Person'], rows: [{ id: 'a', name: 'A' }], dates: [] });
      const rows = [{ from: 'a', to: 'a', properties: {} }, { from: 'a', to: 'nobody', properties: {} }];
      await expect(store.bulk!.createRelationships({ type: 'MET_WITH', rows, dates: [] })).rejects.toThrow(/nobody/);
      expect(await store.execute('MATCH ()-[r]->() RETURN count(r) AS count', {}, 'READ')).toEqual([{ count: 0 }]);
    } finally {
      await store.close();
    }
  });
});
