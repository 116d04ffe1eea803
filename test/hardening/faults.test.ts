/**
 * Faults on the embedded file store: kill -9 while writing, then restart; a corrupt
 * or unusable file. Real processes, real files, no stand-ins.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphCounts } from '../../src/store/bootstrap.ts';
import { createEmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import { seedGraph } from '../../src/store/seed.ts';
import { runNode as run, waitFor } from '../testkit/processes.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'actor-graph-faults-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kill -9 while writing the embedded file', () => {
  it('keeps every acknowledged batch whole, and no torn one', async () => {
    const file = join(dir, 'batches.grafeo');
    const writer = run(['test/hardening/fixtures/batch-writer.ts', file, '100000'], {}, { tsx: true });
    await waitFor(writer, /ack 12\n/);
    writer.child.kill('SIGKILL');
    expect((await writer.exit).signal).toBe('SIGKILL');
    const acked = Math.max(...[...writer.output().matchAll(/ack (\d+)/g)].map((m) => Number(m[1])));

    const store = createEmbeddedStore({ path: file });
    try {
      const rows = await store.execute('MATCH (n:Entity) RETURN n.batch AS batch, count(*) AS nodes ORDER BY batch', {}, 'READ');
      const batches = new Map(rows.map((row) => [Number(row.batch), Number(row.nodes)]));
      for (let batch = 1; batch <= acked; batch += 1) expect(batches.get(batch), `batch ${batch}`).toBe(200);
      for (const [batch, nodes] of batches) expect(nodes, `batch ${batch} is torn`).toBe(200);
      expect(batches.size - acked).toBeLessThanOrEqual(1); // at most the batch committing when killed
    } finally {
      await store.close();
    }
  });

  it('completes the seed after a kill during seeding, idempotently', async () => {
    const file = join(dir, 'seed.grafeo');
    const seeding = run(['src/seed-cli.ts'], { GRAFEO_PATH: file, LOG_LEVEL: 'info' });
    await waitFor(seeding, /"file":"seed\/0[4-9]\d_/);
    seeding.child.kill('SIGKILL');
    await seeding.exit;

    const store = createEmbeddedStore({ path: file });
    try {
      const afterKill = await graphCounts(store);
      // The seed is one transaction: either nothing of it landed, or all of it.
      expect([0, 115]).toContain(afterKill.nodes);
      await seedGraph(store);
      const seeded = await graphCounts(store);
      expect(seeded).toMatchObject({ nodes: 115, relationships: 317 });
      await seedGraph(store);
      expect(await graphCounts(store)).toEqual(seeded);
    } finally {
      await store.close();
    }
  });
});

describe('an unusable store file', () => {
  it.each([
    ['a corrupt file', (path: string) => writeFileSync(path, 'not a graph database '.repeat(100))],
    ['a folder where the file should be', (path: string) => mkdirSync(path)],
  ])('%s stops the start with one clear line naming the file', async (_name, make) => {
    const file = join(dir, `bad-${Math.random().toString(36).slice(2)}.grafeo`);
    make(file);
    const server = run(['src/main.ts'], { GRAFEO_PATH: file, PORT: '0' });
    const { code } = await server.exit;
    expect(code).toBe(1);
    expect(server.output()).toContain(`cannot open the embedded graph file ${file}`);
    expect(server.output()).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });
});
