import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveExplorer, useExplorer } from '../../src/server/plugins/use-explorer.ts';

// A small fixture bundle keeps these tests independent of the real build in web/dist.
let dist: string;
const get = async (path: string, method = 'GET') => serveExplorer(new Request(`http://app${path}`, { method }), { distDir: dist });

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'explorer-dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>explorer</title>');
  await writeFile(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  await writeFile(join(dist, 'assets', 'index-abc123.css'), 'body{}');
});
afterAll(() => rm(dist, { recursive: true, force: true }));

describe('serveExplorer', () => {
  it.each(['/', '/explore', '/explore/'])('answers %s with the page, revalidated on every visit', async (path) => {
    const response = (await get(path))!;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await response.text()).toContain('<title>explorer</title>');
  });

  it('serves hashed assets with their type, cached for a year', async () => {
    const script = (await get('/explore/assets/index-abc123.js'))!;
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await script.text()).toBe('console.log(1)');
    expect((await get('/explore/assets/index-abc123.css'))!.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = (await get('/explore/assets/index-abc123.js', 'HEAD'))!;
    expect(response.headers.get('content-length')).toBe('14');
    expect(await response.text()).toBe('');
  });

  it('answers 404 for unknown assets and paths that try to leave the bundle', async () => {
    for (const path of ['/explore/assets/missing.js', '/explore/assets/..%2f..%2fpackage.json', '/explore/%2e%2e/package.json', '/explore/assets/%2e%2e%2findex.html', '/explore/assets']) {
      expect((await get(path))?.status ?? 404, path).toBe(404);
    }
    expect(await get('/explore/../package.json')).toBeUndefined(); // the URL itself resolves to /package.json: not ours
  });

  it('leaves other paths and methods to the app', async () => {
    for (const path of ['/graphql', '/health', '/favicon.ico', '/explorer']) expect(await get(path), path).toBeUndefined();
    expect(await get('/', 'POST')).toBeUndefined();
  });

  it('says how to build the explorer when the bundle is missing', async () => {
    const response = (await serveExplorer(new Request('http://app/explore'), { distDir: join(dist, 'nowhere') }))!;
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build:web');
  });
});

describe('useExplorer', () => {
  it('serves the page and assets through a yoga app and leaves /graphql alone', async () => {
    const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } }), plugins: [useExplorer({ distDir: dist })] });
    const page = await yoga.fetch('http://yoga/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>explorer</title>');
    expect((await yoga.fetch('http://yoga/explore/assets/index-abc123.js')).headers.get('cache-control')).toContain('immutable');
    expect((await yoga.fetch('http://yoga/explore/assets/nope.js')).status).toBe(404);
    const graphql = await yoga.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ ok }' }) });
    expect(await graphql.json()).toEqual({ data: { ok: true } });
  });
});
