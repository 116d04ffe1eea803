import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { createApp } from '../../src/server/create-app.ts';
import { operationCost } from '../../src/server/cost.ts';
import { createEmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import { DegreeStatistics } from '../../src/graph/statistics.ts';
import type { GraphStore } from '../../src/store/port.ts';
import { createQueryRunner } from '../../src/store/runner.ts';
import { StoreTimeoutError } from '../../src/store/port.ts';
import { QueryRecorder, seededStore } from '../testkit/graph.ts';
import { useSeededApi } from '../testkit/api.ts';
import { TEST_STORE } from '../testkit/neo4j.ts';

const api = useSeededApi();

async function limitError(query: string, variables?: Record<string, unknown>) {
  const response = await api.gql(query, variables);
  expect(response.status).toBeLessThan(500);
  return response.body.errors?.[0];
}

describe('operation limits', () => {
  it('refuses more than 1000 tokens, naming the limit', async () => {
    const fields = Array.from({ length: 1200 }, () => 'id').join(' ');
    const error = await limitError(`{ node(id: "john-bolton") { ${fields} } }`);
    expect(error?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'tokens', max: 1000 });
    expect(error?.message).toMatch(/1000/);
  });

  it('refuses more than 15 aliases, __typename aliases included', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `t${i}: __typename`).join(' ');
    const error = await limitError(`{ ${aliases} }`);
    expect(error?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'aliases', max: 15 });
    const fifteen = Array.from({ length: 15 }, (_, i) => `t${i}: __typename`).join(' ');
    expect((await api.gql(`{ ${fifteen} }`)).body.errors).toBeUndefined();
  });

  it('refuses more than 50 directives', async () => {
    const directives = Array.from({ length: 51 }, () => '@include(if: true)').join(' ');
    const error = await limitError(`{ __typename ${directives} }`);
    expect(error?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'directives', max: 50 });
  });

  it('leaves introspection out of the depth limit', async () => {
    const introspection = '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }';
    expect((await api.gql(introspection)).body.errors).toBeUndefined();
  });

  it('costs a deep, wide traversal far above a lookup, from the arguments really passed', async () => {
    const bounds = await new DegreeStatistics(createQueryRunner(api.store)).bounds();
    const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), variables, undefined, bounds)!;
    const lookup = cost('{ node(id: "john-bolton") { id } }');
    const small = cost('{ neighborhood(id: "x") { nodes { id } edges { id } } }');
    const big = cost('query N($l: Int!) { neighborhood(id: "x", depth: 3, limit: $l) { nodes { id } edges { id } } }', { l: 500 });
    // Upper bounds: a neighbourhood may hold the whole (small) seed graph at depth 1 already.
    expect(small).toBeGreaterThan(100 * lookup);
    expect(big).toBeGreaterThan(small);
    expect(cost('{ search(query: "b", first: 50) { node { id } } }')).toBeGreaterThan(cost('{ search(query: "b", first: 5) { node { id } } }'));
  });

  it('refuses an operation over the cost limit before running it', async () => {
    const recorder = new QueryRecorder();
    const strict = createApp({ store: api.store, limits: { maxCost: 500 }, queryListeners: [recorder.listener] });
    const response = await strict.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ neighborhood(id: "john-bolton", depth: 3, limit: 500) { nodes { id } } }' }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'cost', max: 500 });
    expect(body.errors[0]?.message).toMatch(/cost \d+ exceeds the maximum cost of 500/);
    expect(recorder.names).toEqual([]);
  });

  it('refuses bodies over the size cap, and batches', async () => {
    const huge = JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(200_000) } });
    const response = await api.app.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(huge.length) }, body: huge });
    expect(response.status).toBe(413);
    const batch = await api.app.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batch.status).toBeGreaterThanOrEqual(400);
    expect(batch.status).toBeLessThan(500);
  });

  it('hides field suggestions outside development', async () => {
    const error = await limitError('{ nod(id: "x") { id } }');
    expect(error?.message).not.toMatch(/Did you mean/);
    const dev = createApp({ store: api.store, development: true });
    const response = await dev.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nod(id: "x") { id } }' }) });
    expect(JSON.stringify(await response.json())).toMatch(/Did you mean/);
  });
});

describe('execution bounds', () => {
  it('answers REQUEST_TIMEOUT past the time budget and starts no store query after it', async () => {
    const recorder = new QueryRecorder();
    // The real store, made slow: each statement waits 150 ms first.
    const slow: GraphStore = { ...api.store, execute: async (...args) => { await new Promise((r) => setTimeout(r, 150)); return api.store.execute(...args); } };
    const app = createApp({ store: slow, queryListeners: [recorder.listener], limits: { requestTimeoutMs: 250 } });
    const started = performance.now();
    const response = await app.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ neighborhood(id: "john-bolton", depth: 3, limit: 500) { nodes { id } } }' }),
    });
    expect(performance.now() - started).toBeLessThan(1000);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'REQUEST_TIMEOUT', max: 250 });
    await new Promise((r) => setTimeout(r, 700));
    // entitiesByIds and the first level ran; the levels after the deadline never started.
    expect(recorder.names.length).toBeLessThanOrEqual(2);
  });

  it('times a statement out with a StoreTimeoutError', async () => {
    const strict = await seededStore({ queryTimeoutMs: 1 });
    // The embedded engine cannot cancel a statement (it runs on after the caller gives up), so the
    // work is kept small there; Neo4j cancels it, but checks budgets only every 2 s
    // (db.transaction.monitor.check.interval), so its statement must run longer than that.
    const rows = TEST_STORE === 'neo4j' ? 1_000_000_000 : 3_000_000;
    try {
      await expect(strict.execute('UNWIND range(1, $rows) AS x RETURN sum(x) AS s', { rows }, 'READ')).rejects.toBeInstanceOf(StoreTimeoutError);
    } finally {
      await strict.close();
    }
  });
});

describe('observability', () => {
  it('echoes a sane x-request-id and makes one up otherwise', async () => {
    const given = await api.app.fetch('http://yoga/graphql?query=%7B__typename%7D', { headers: { 'x-request-id': 'trace-42' } });
    expect(given.headers.get('x-request-id')).toBe('trace-42');
    const hostile = await api.app.fetch('http://yoga/graphql?query=%7B__typename%7D', { headers: { 'x-request-id': 'bad id\twith spaces' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves Prometheus metrics: operations, errors by code, store query timings by name', async () => {
    await api.gql('query Lookup { node(id: "john-bolton") { id } }');
    await api.gql('{ neighborhood(id: "john-bolton", depth: 9) { truncated } }');
    const text = await (await api.app.fetch('http://yoga/metrics')).text();
    expect(text).toMatch(/graphql_operations_total\{operation="Lookup",outcome="ok"\} \d+/);
    expect(text).toMatch(/graphql_errors_total\{code="LIMIT_EXCEEDED"\} \d+/);
    expect(text).toMatch(/store_query_duration_seconds_count\{query="entitiesByIds",outcome="ok"\} \d+/);
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
  });
});
