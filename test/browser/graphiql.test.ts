/**
 * GraphiQL in headless Chromium, from its hashed assets: the page loads its script, style and
 * Monaco's workers from /graphiql/assets/, opens with the example operations, and runs one.
 * Skipped with its reason without /usr/bin/chromium (REQUIRE_BROWSER=1 makes that a failure).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/create-app.ts';
import { seededStore } from '../testkit/graph.ts';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? null : `${CHROMIUM} is absent; run scripts/install-browser.sh`;
if (skip && process.env.REQUIRE_BROWSER === '1') it('needs Chromium (REQUIRE_BROWSER=1)', () => expect.fail(skip));

describe.skipIf(skip)('GraphiQL in Chromium', () => {
  it('loads from hashed assets, shows the example tabs and runs the first', { timeout: 60_000 }, async () => {
    const store = await seededStore();
    const server = createServer(createApp({ store }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const profile = await mkdtemp(join(tmpdir(), 'graphiql-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const problems: string[] = [];
      const loaded: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('response', (response) => loaded.push(`${response.status()} ${new URL(response.url()).pathname}`));
      await page.goto(`${base}/graphql`);
      await page.locator('.graphiql-container').first().waitFor({ timeout: 30_000 });
      await page.locator('.graphiql-tab', { hasText: 'WhoMetBolton' }).first().waitFor();
      await page.locator('.graphiql-execute-button').click();
      await page.locator('.result-window', { hasText: 'aliaksandr-lukashenka' }).waitFor({ timeout: 20_000 });
      await mkdir('test-results/screenshots', { recursive: true });
      await page.screenshot({ path: 'test-results/screenshots/graphiql.png' });
      expect(problems).toEqual([]);
      expect(loaded.filter((line) => line.includes('/graphiql/assets/') && line.startsWith('200')).length).toBeGreaterThanOrEqual(3);
      expect(loaded.filter((line) => !line.startsWith('200') && !line.startsWith('304'))).toEqual([]);
    } finally {
      await context.close();
      server.close();
      await store.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});
