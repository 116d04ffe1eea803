import fc from 'fast-check';
import type { GeneratorValue } from 'fast-check';
import type { FuzzDocument } from './documents.ts';

/** One HTTP request to the app, exactly as sent. */
export interface FuzzRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** How it was sent, for the summary. */
  transport: string;
}

export const ENDPOINT = 'http://yoga/graphql';
export const MAX_BODY_BYTES = 100_000;

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

/** A POST that declares its true size, as the app requires. */
export function post(body: string, transport: string, headers: Record<string, string> = {}): FuzzRequest {
  return {
    method: 'POST',
    url: ENDPOINT,
    headers: { ...JSON_HEADERS, 'content-length': String(Buffer.byteLength(body)), ...headers },
    body,
    transport,
  };
}

/** Hand-written bodies: not a GraphQL request, not JSON, JSON nested far too deep, odd numbers and objects as variables. */
const RAW_BODIES = [
  '" } ] }', '', 'null', '[]', '{', '[{"query":"{ __typename }"}]', '{"query": 5}', '{"query": {"$ne": null}}',
  '{"query": "{ __typename }", "variables": "x"}', '{"query": "{ __typename }", "variables": [1]}',
  '{"query": "{ __typename }", "variables": {"$ne": null}}', '{"query": "{ __typename }", "operationName": {}}',
  '{"query": "{ __typename }", "extensions": "x"}', '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "x"}}}',
  '\u0000', '\uFEFF{"query": "{ __typename }"}', '{"query": "{ __typename }", "query": "{ node(id: \\"x\\") { id } }"}',
  '{"__proto__": {"query": "{ __typename }"}}', '{"query": "{ __typename }"} trailing', '{"query": "\\ud800"}',
  ...['1e400', '-0', '1.0', '-1e-400', '2147483647.0', '9007199254740993', '"5"', '[5]', '{"$gt": 0}'].map(
    (n) => `{"query": "query Q($n: Int!) { search(query: \\"bolton\\", first: $n) { score } }", "variables": {"n": ${n}}}`,
  ),
  '{"query": "query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }", "variables": {"ids": {"$ne": null}}}',
  '{"query": "query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }", "variables": {"ids": "john-bolton\') MATCH (n) DETACH DELETE n //"}}',
  '{"query": "query Q($id: ID!) { node(id: $id) { id } }", "variables": {"__proto__": {"id": "john-bolton"}}}',
  `{"query": "{ __typename }", "variables": {"a": ${'['.repeat(20_000)}${']'.repeat(20_000)}}}`,
  `{"query": "{ __typename }", "variables": ${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`,
];

/** A document sent as JSON POST (mostly), in the URL of a GET, as a form, padded past the size cap, or broken. */
export function fuzzRequest(g: GeneratorValue, doc: FuzzDocument): FuzzRequest {
  const roll = g(fc.integer, { min: 0, max: 99 });
  const payload: Record<string, unknown> = { query: doc.query };
  const hasVariables = Object.keys(doc.variables).length > 0;
  if (hasVariables || roll % 3 === 0) payload.variables = roll % 17 === 0 ? null : doc.variables;
  if (doc.operationName !== undefined) payload.operationName = doc.operationName;
  if (roll < 74) return post(JSON.stringify(payload), 'post');
  if (roll < 90) {
    const params = new URLSearchParams({ query: doc.query });
    if (hasVariables || roll % 5 === 0) params.set('variables', JSON.stringify(doc.variables));
    if (typeof doc.operationName === 'string') params.set('operationName', doc.operationName);
    if (roll % 7 === 0) params.set(roll % 2 ? 'variables' : 'extensions', g(() => fc.constantFrom('{x', '[1]', '"s"', 'null', '{"a":', '{}')));
    if (roll < 87) return { method: 'GET', url: `${ENDPOINT}?${params}`, headers: { accept: 'application/json' }, transport: 'get' };
    return post(params.toString(), 'form', { 'content-type': 'application/x-www-form-urlencoded' });
  }
  if (roll < 94) {
    const size = g(() => fc.constantFrom(MAX_BODY_BYTES, MAX_BODY_BYTES + 1, 150_000, 1_000_000));
    const base = JSON.stringify({ ...payload, variables: { ...doc.variables, pad: '' } });
    const padded = base.replace('"pad":""', `"pad":"${'x'.repeat(Math.max(0, size - Buffer.byteLength(base)))}"`);
    return post(padded, 'oversize');
  }
  if (roll < 98) return post(g(() => fc.constantFrom(...RAW_BODIES)), 'raw-body');
  const body = JSON.stringify(payload);
  const variant = g(() => fc.constantFrom('no-length', 'length-abc', 'length-negative', 'length-huge', 'text-plain'));
  const request = post(body, variant);
  if (variant === 'no-length') delete request.headers['content-length'];
  if (variant === 'length-abc') request.headers['content-length'] = 'abc';
  if (variant === 'length-negative') request.headers['content-length'] = '-1';
  if (variant === 'length-huge') request.headers['content-length'] = '1e9';
  if (variant === 'text-plain') request.headers['content-type'] = 'text/plain';
  return request;
}
