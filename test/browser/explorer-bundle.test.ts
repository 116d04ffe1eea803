/**
 * web/dist is committed so that `npm start` (and the production image, which installs no
 * build tools) serves the explorer with no build step. This test rebuilds it into a scratch
 * folder and fails when the committed files differ: run `npm run build:web` and commit web/dist.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const COMMITTED = 'web/dist';
let scratch = '';
afterAll(() => (scratch ? rm(scratch, { recursive: true, force: true }) : undefined));

async function files(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const entries = await Promise.all(
    names.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(dir.length + 1), await readFile(path, 'utf8')] as const;
    }),
  );
  return new Map(entries.sort(([a], [b]) => a.localeCompare(b)));
}

it('web/dist matches a fresh build of web/src (else: npm run build:web)', async () => {
  scratch = await mkdtemp(join(tmpdir(), 'explorer-build-'));
  await promisify(execFile)(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--outDir', scratch, '--emptyOutDir', '--logLevel', 'error']);
  const fresh = await files(scratch);
  const committed = await files(COMMITTED).catch(() => new Map<string, string>());
  expect([...committed.keys()], 'web/dist is stale: run `npm run build:web`').toEqual([...fresh.keys()]);
  for (const [name, text] of fresh) expect(committed.get(name) === text, `web/dist/${name} is stale: run \`npm run build:web\``).toBe(true);
}, 60_000);
