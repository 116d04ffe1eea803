import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/logger.ts';
import { createApp } from '../../src/server/create-app.ts';
import type { AppOptions } from '../../src/server/create-app.ts';
import type { GraphStore } from '../../src/store/port.ts';
import { useSeededApi } from '../testkit/api.ts';
import { QueryRecorder } from '../testkit/graph.ts';

const api = useSeededApi();

/** The real store, each statement delayed by `ms` first (the wait an overloaded store makes). */
function delayed(store: GraphStore, ms: number): GraphStore {
  return { ...store, execute: async (...args) => (await new Promise((resolve) => setTimeout(resolve, ms)), store.execute(...args)) };
}

/** The real store, each statement holding the event loop for `ms` first: timers cannot fire meanwhile. */
function blocking(store: GraphStore, ms: number): GraphStore {
  return {
    ...store,
    execute: (...args) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
      return store.execute(...args);
    },
  };
}

/** Log lines, as the app writes them. */
function capturingLogger() {
  const lines: { message: string; fields: Record<string, unknown> }[] = [];
  const write = (message: string, fields: Record<string, unknown> = {}) => lines.push({ message, fields });
  const logger: Logger = { debug: write, info: write, warn: write, error: write };
  return { logger, lines };
}

async function post(app: ReturnType<typeof createApp>, query: string, headers: Record<string, string> = {}) {
  const response = await app.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: response.status, headers: response.headers, body };
}

const HEAVY = '{ neighborhood(id: "john-bolton", depth: 3, limit: 500) { nodes { id } edges { id } } }';
const CHEAP = '{ node(id: "john-bolton") { id } }';

describe('the answer budget, enforced while the operation runs', () => {
  it('stops an answer that grows past the object budget with one coded error, and starts no store query after', async () => {
    const recorder = new QueryRecorder();
    const app = createApp({ store: api.store, queryListeners: [recorder.listener], limits: { maxResultObjects: 20 } });
    const { body } = await post(app, '{ node(id: "john-bolton") { ... on Person { meetings { node { id } } roles { node { id } } statements { id about { id } } } } }');
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'objects', max: 20 });
    const count = recorder.events.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(recorder.events.length).toBe(count);
  });

  it('answers REQUEST_TIMEOUT, not a late 200, when the event loop was held past the deadline', async () => {
    const app = createApp({ store: blocking(api.store, 150), limits: { requestTimeoutMs: 100 } });
    const { body } = await post(app, '{ node(id: "john-bolton") { ... on Person { meetings { node { id } } } } }');
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'REQUEST_TIMEOUT', max: 100 });
  });
});

describe('a client that goes away', () => {
  const servers: ReturnType<typeof createServer>[] = [];
  afterAll(() => servers.forEach((server) => server.close()));

  async function serve(options: Partial<AppOptions>) {
    const server = createServer(createApp({ store: api.store, ...options }));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }

  const send = (url: string, query: string, requestId: string, signal?: AbortSignal) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': requestId }, body: JSON.stringify({ query }), signal });

  it('aborts the operation it left: the store wait is cut and no further store query starts', async () => {
    const recorder = new QueryRecorder();
    const { logger, lines } = capturingLogger();
    const url = await serve({ store: delayed(api.store, 150), queryListeners: [recorder.listener], logger });
    const controller = new AbortController();
    const gone = send(url, HEAVY, 'gone-1', controller.signal).catch(() => 'aborted');
    await new Promise((resolve) => setTimeout(resolve, 60));
    controller.abort();
    expect(await gone).toBe('aborted');
    await new Promise((resolve) => setTimeout(resolve, 600));
    // The first level was asked for; the store's answer to it was dropped and nothing followed.
    expect(recorder.events.filter((event) => event.requestId === 'gone-1').length).toBeLessThanOrEqual(1);
    const logged = lines.find((line) => line.message === 'graphql operation' && line.fields.requestId === 'gone-1');
    expect(logged?.fields.errors).toEqual(['CLIENT_CLOSED_REQUEST']);
  });

  it('leaves the admission queue when it goes, and never reaches the store', async () => {
    const recorder = new QueryRecorder();
    const url = await serve({
      store: delayed(api.store, 100),
      queryListeners: [recorder.listener],
      admission: { capacity: 1, freeCost: 0, maxQueue: 8, maxWaitMs: 5_000 },
    });
    const holder = send(url, HEAVY, 'holder');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const controller = new AbortController();
    const queued = send(url, HEAVY, 'queued-1', controller.signal).catch(() => 'aborted');
    await new Promise((resolve) => setTimeout(resolve, 30));
    controller.abort();
    expect(await queued).toBe('aborted');
    expect((await holder).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(recorder.events.filter((event) => event.requestId === 'queued-1')).toEqual([]);
  });
});

describe('admission by cost', () => {
  it('queues heavy operations, refuses past the queue with 503 and Retry-After, and lets cheap ones through at once', async () => {
    const app = createApp({
      store: delayed(api.store, 120),
      // Capacity 1: one heavy operation at a time, whatever its cost.
      admission: { capacity: 1, freeCost: 200, maxQueue: 1, maxWaitMs: 5_000 },
    });
    const started = performance.now();
    const heavy = Array.from({ length: 4 }, () => post(app, HEAVY).then((answer) => ({ ...answer, ms: performance.now() - started })));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const cheap = await post(app, CHEAP).then((answer) => ({ ...answer, ms: performance.now() - started }));
    const answers = await Promise.all(heavy);

    expect(cheap.body.errors).toBeUndefined();
    const served = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status === 503);
    expect(served).toHaveLength(2); // one running, one queued behind it
    expect(refused).toHaveLength(2);
    for (const answer of refused) {
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('OVERLOADED');
      expect(answer.headers.get('retry-after')).toBe('1');
    }
    // The lookup did not wait behind the heavy work.
    expect(cheap.ms).toBeLessThan(Math.min(...served.map((answer) => answer.ms)));
  });

  it('refuses a heavy operation that would wait longer than its allowed wait', async () => {
    const app = createApp({ store: delayed(api.store, 150), admission: { capacity: 1, freeCost: 200, maxQueue: 8, maxWaitMs: 50 } });
    const [first, second] = await Promise.all([post(app, HEAVY), post(app, HEAVY)]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(503);
    expect(second.body.errors?.[0]?.message).toMatch(/no capacity within 50 ms/);
  });
});

describe('metrics under junk operation names', () => {
  it('keeps the example operations’ labels whatever names came first', async () => {
    const app = createApp({ store: api.store });
    for (let i = 0; i < 300; i++) await post(app, `query Junk${i} { __typename }`);
    const whoMetBolton = (await import('../../src/server/example-operations.ts')).exampleOperations().find((op) => op.name === 'WhoMetBolton')!;
    await post(app, whoMetBolton.query);
    const text = await (await app.fetch('http://yoga/metrics')).text();
    expect(text).toMatch(/graphql_operations_total\{operation="WhoMetBolton",outcome="ok"\} 1/);
    expect(text).toMatch(/graphql_operations_total\{operation="other",outcome="ok"\} \d+/);
  });
});
