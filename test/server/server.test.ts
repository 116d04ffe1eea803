import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSeededApi } from '../testkit/api.ts';
import { seededStore, testApp } from '../testkit/graph.ts';
import { runNode, startService } from '../testkit/processes.ts';

describe('HTTP endpoints', () => {
  const api = useSeededApi();

  it('GET /health reports the store', async () => {
    const response = await api.app.fetch('http://yoga/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', store: { ok: true, backend: api.store.description } });
  });

  it('GET /ready is 200 while the store answers', async () => {
    const response = await api.app.fetch('http://yoga/ready');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ready: true });
  });

  it('when the store is gone: /ready 503, /health degraded, GraphQL a coded error', async () => {
    const closed = await seededStore();
    const { app: closedApp, gql } = testApp(closed);
    await closed.close();
    const ready = await closedApp.fetch('http://yoga/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, store: { ok: false } });
    const health = await closedApp.fetch('http://yoga/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'degraded' });
    const response = await gql('{ node(id: "john-bolton") { id } }');
    expect(response.status).toBe(503);
    expect(response.body.errors?.[0]).toMatchObject({
      message: 'The graph store is unavailable; try again shortly.',
      extensions: { code: 'STORE_UNAVAILABLE' },
    });
  });

  it.each([
    ['nodes', '{ nodes(ids: ["john-bolton", "minsk"]) { id } }'],
    ['subgraph', '{ subgraph(ids: ["john-bolton", "minsk"]) { nodes { id } } }'],
    ['shortestPath', '{ shortestPath(from: "john-bolton", to: "minsk") { length } }'],
  ])('an outage during %s is STORE_UNAVAILABLE, not an empty answer', async (_name, query) => {
    const closed = await seededStore();
    const { gql } = testApp(closed);
    await closed.close();
    const response = await gql(query);
    expect(response.status).toBe(503);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });

  it('serves GraphiQL with the example operations and no CDN', async () => {
    const response = await api.app.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('WhoMetBolton');
    expect(html).toContain('AnalystToLukashenka');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).not.toMatch(/<link[^>]+href="https?:/);
  });
});

describe('npm start', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'actor-graph-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const start = () => startService({ GRAFEO_PATH: join(dir, 'graph.grafeo') }, 30_000);

  it('seeds an empty file store, answers queries, and shuts down cleanly on SIGTERM', async () => {
    const first = await start();
    const response = await fetch(`${first.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ node(id: "john-bolton") { ... on Entity { name } } }' }),
    });
    expect(await response.json()).toEqual({ data: { node: { name: 'John Bolton' } } });
    expect((await fetch(`${first.url}/health`)).status).toBe(200);
    expect(await first.stop()).toBe(0);
    expect(first.output()).toContain('"msg":"seed complete"');
    expect(first.output()).toContain('"msg":"stopped"');

    // The second start finds the file populated and does not seed again.
    const second = await start();
    expect(second.output()).not.toContain('seed complete');
    expect(await second.stop()).toBe(0);
  });

  it('refuses to start on bad configuration, listing every problem', async () => {
    const service = runNode(['src/main.ts'], { PORT: 'eighty', GRAPH_STORE: 'mysql' });
    expect((await service.exit).code).toBe(1);
    expect(service.output()).toMatch(/PORT/);
    expect(service.output()).toMatch(/GRAPH_STORE/);
  });
});
