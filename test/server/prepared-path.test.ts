/**
 * The prepared path (src/server/http-listener.ts) must answer exactly as the full
 * pipeline does: same status, headers and bytes, for answers and errors alike.
 * Every request here goes once to a server that has only the pipeline, and twice
 * to the served listener: the first sight admits the document, the second takes
 * the prepared path.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { createApp, createService } from '../../src/server/create-app.ts';
import { exampleOperations } from '../../src/server/example-operations.ts';
import { compilableForm } from '../../src/server/prepared-operations.ts';
import type { GraphStore } from '../../src/store/port.ts';
import { seededStore } from '../testkit/graph.ts';

interface Sent {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** Shapes whose field order graphql-jit gets wrong as written, and the verdict on each: compiled or not. */
const FIELD_ORDER: [string, boolean][] = [
  ['{ node(id: "john-bolton") { id ... on Entity { name } } }', true],
  ['{ node(id: "john-bolton") { ... on Entity { name } id } }', false],
  ['{ node(id: "john-bolton") { id ... on Entity { name } ... on Person { roles { role } } } }', true],
  ['{ node(id: "john-bolton") { id ... on Person { roles { role } } ... on Entity { name } } }', true],
  ['{ node(id: "john-bolton") { id ... on Entity { name kind } __typename } }', false],
  ['{ node(id: "john-bolton") { ...F id } } fragment F on Entity { name }', false],
  ['{ node(id: "john-bolton") { id ...F } } fragment F on Entity { id name kind }', false],
  ['{ node(id: "john-bolton") { id ... on Entity { name @include(if: true) kind @skip(if: true) } } }', false],
  ['{ node(id: "john-bolton") { ... on Entity { name } ... on Entity { kind } ... on Person { aliases } } }', true],
  ['{ node(id: "john-bolton") { ... on Entity { kind } ... on Entity { name kind } } }', false],
  ['{ node(id: "john-bolton") { ... on Entity { name ... on Person { roles { role } } } } }', false],
  ['{ node(id: "john-bolton") { id ...A ...B } } fragment A on Entity { name } fragment B on Person { meetings { date node { id ...A } } }', true],
  ['{ search(query: "bolton") { score node { id ... on Person { name } ... on Entity { kind } ... on Event { date } } } }', true],
];


/** Within every argument limit; its cost (about 121 per id) passes 20000 only with many ids. */
const COSTLY = 'query Q($ids: [ID!]!) { nodes(ids: $ids) { ... on Person { meetings { node { ... on Person { meetings { node { id } } } } } } } }';
const MANY_IDS = Array.from({ length: 200 }, (_, i) => `id-${i}`);

const ERRORS: [string, Sent][] = [
  ['an argument over its limit', { query: '{ neighborhood(id: "john-bolton", depth: 9) { truncated } }' }],
  ['a variable of the wrong type', { query: 'query Q($d: Int!) { neighborhood(id: "john-bolton", depth: $d) { truncated } }', variables: { d: 'x' } }],
  ['a missing variable', { query: 'query Q($d: Int!) { neighborhood(id: "john-bolton", depth: $d) { truncated } }' }],
  ['an unknown operation name', { query: 'query A { __typename } query B { __typename }', operationName: 'C' }],
  ['no operation name for two operations', { query: 'query A { __typename } query B { __typename }' }],
  ['an argument over its limit, through a variable', { query: 'query Q($l: Int!) { neighborhood(id: "john-bolton", depth: 3, limit: $l) { nodes { id } } }', variables: { l: 5000 } }],
  ['a cost over the limit', { query: COSTLY, variables: { ids: MANY_IDS } }],
  ['a subscription', { query: 'subscription { __typename }' }],
  ['a bad search', { query: '{ search(query: "") { node { id } } }' }],
  ['a reversed date range', { query: '{ timeline(from: "2020-01-01", to: "2019-01-01") { id } }' }],
];

let store: GraphStore;
let reference: Server;
let served: Server;
let service: ReturnType<typeof createService>;

beforeAll(async () => {
  store = await seededStore();
  reference = createServer(createApp({ store }));
  service = createService({ store });
  served = createServer(service.listener);
  await Promise.all([listen(reference), listen(served)]);
});
afterAll(async () => {
  reference.close();
  served.close();
  await store.close();
});

describe('the prepared path answers as the full pipeline does', () => {
  const examples = exampleOperations().map(({ file, query }): [string, Sent] => [file, { query }]);
  const orders = FIELD_ORDER.map(([query]): [string, Sent] => [query, { query }]);

  it.each([...examples, ...orders])('%s', async (_name, sent) => {
    await expectSameAnswers(sent, true);
  });

  it.each(ERRORS)('%s', async (_name, sent) => {
    await expectSameAnswers(sent, false);
  });

  it('answers a store outage with the same coded 503', async () => {
    const closed = await seededStore();
    const broken = createService({ store: closed });
    const pipeline = createServer(createApp({ store: closed }));
    const listener = createServer(broken.listener);
    await Promise.all([listen(pipeline), listen(listener)]);
    const sent = { query: '{ nodes(ids: ["john-bolton"]) { id } }' };
    await post(listener, sent); // admitted while the store still answers
    await closed.close();
    const hits = broken.prepared.hits;
    const [expected, actual] = [await post(pipeline, sent), await post(listener, sent)];
    expect(broken.prepared.hits).toBe(hits + 1);
    expect(actual).toEqual(expected);
    expect(actual.status).toBe(503);
    pipeline.close();
    listener.close();
  });

  it('counts only the requests it answers, not those it hands back', async () => {
    await post(served, { query: COSTLY, variables: { ids: ['john-bolton'] } }); // admitted
    const hits = service.prepared.hits;
    const over = await post(served, { query: COSTLY, variables: { ids: MANY_IDS } });
    expect(over.body).toMatch(/"limit":"cost"/);
    expect(service.prepared.hits).toBe(hits);
    await post(served, { query: COSTLY, variables: { ids: ['john-bolton'] } });
    expect(service.prepared.hits).toBe(hits + 1);
  });

  it('leaves browsers, GET and other content types to the pipeline', async () => {
    const hits = service.prepared.hits;
    const query = '{ node(id: "john-bolton") { id } }';
    await post(served, { query });
    await post(served, { query });
    await post(served, { query }, { origin: 'http://example.org' });
    await post(served, { query }, { 'content-type': 'application/graphql+json' });
    const get = await fetch(`${url(served)}?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json' } });
    expect(get.status).toBe(200);
    expect(service.prepared.hits).toBe(hits + 1); // only the plain second POST
    const metrics = await (await fetch(url(served).replace('/graphql', '/metrics'))).text();
    expect(metrics).toContain(`graphql_prepared_requests_total ${service.prepared.hits}`);
    expect(metrics).toMatch(new RegExp(`graphql_prepared_documents ${service.prepared.size}\\b`));
  });
});

describe('field order under compiled execution', () => {
  it('compiles only documents whose field order it can keep', () => {
    expect(FIELD_ORDER.map(([query]) => compilableForm(parse(query)) !== undefined)).toEqual(FIELD_ORDER.map(([, compiled]) => compiled));
  });
});

/** The reference answer, then the same request twice to the served listener; all three alike. */
async function expectSameAnswers(sent: Sent, succeeds: boolean): Promise<void> {
  const expected = await post(reference, sent);
  const first = await post(served, sent);
  const hits = service.prepared.hits;
  const second = await post(served, sent);
  expect(first).toEqual(expected);
  expect(second).toEqual(expected);
  if (succeeds) {
    expect(expected.status).toBe(200);
    expect(expected.body).not.toContain('"errors"');
    expect(service.prepared.hits).toBe(hits + 1);
  } else {
    expect(expected.body).toContain('"errors"');
  }
}

async function post(server: Server, sent: Sent, headers: Record<string, string> = {}) {
  const response = await fetch(url(server), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-request-id': 'parity-1', ...headers },
    body: JSON.stringify(sent),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    requestId: response.headers.get('x-request-id'),
    body: await response.text(),
  };
}

function url(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
}
