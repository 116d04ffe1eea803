/**
 * urql against the API over HTTP: @urql/core with its document cache, and Graphcache (the
 * normalised cache) given the generated schema introspection. Every operation answers complete
 * data, prints no warning, sends at most one request (none when the cache holds it all), reads
 * back from the cache unchanged after the others ran, and the timeline Connection pages to its end.
 */
import { Client, cacheExchange as documentCache, fetchExchange, formatDocument, gql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import type { CacheExchangeOpts } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import introspection from '../../src/generated/introspection.json' with { type: 'json' };
import type { ClientOperation } from './harness.ts';
import { CLIENT_OPERATIONS, consoleDuring, TIMELINE_PAGE, useServedApi } from './harness.ts';

const api = useServedApi();
const schema = introspection as unknown as NonNullable<CacheExchangeOpts['schema']>;

/**
 * Graphcache keys objects by `id`; the types that have none are values (connections, edges,
 * page info, subgraphs, paths, hits) and are kept under the field that returned them.
 */
const VALUE_TYPES = Object.fromEntries(
  (introspection.__schema.types as { kind: string; name: string; fields?: { name: string }[] | null }[])
    .filter((type) => type.kind === 'OBJECT' && !type.name.startsWith('__') && type.name !== 'Query' && !type.fields?.some((field) => field.name === 'id'))
    .map((type) => [type.name, () => null]),
);

const EXCHANGES: [string, () => unknown[]][] = [
  ['@urql/core with its document cache', () => [documentCache, fetchExchange]],
  [
    'Graphcache with the schema',
    () => [cacheExchange({ schema, keys: VALUE_TYPES, resolvers: { Query: { timelineConnection: relayPagination() } } }), fetchExchange],
  ],
];

const clientWith = (exchanges: unknown[]) => new Client({ url: api.url, fetch: api.fetch, exchanges: exchanges as never, preferGetMethod: false });
const labelled = (operation: { name: string }) => ({ fetchOptions: { headers: { 'x-operation': operation.name } } });

/** What the server answers the operation, asked directly with the document urql sends, `__typename`s left out (urql may hide them). */
async function answerTo(operation: ClientOperation): Promise<unknown> {
  const query = print(formatDocument(gql(operation.query)));
  const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: operation.variables }) });
  return withoutTypenames(((await response.json()) as { data: unknown }).data);
}

function withoutTypenames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypenames);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== '__typename').map(([key, item]) => [key, withoutTypenames(item)]));
}

describe.each(EXCHANGES)('urql, %s', (name, exchanges) => {
  it('answers every example operation, a neighbourhood and actor cards in one store: complete, no warnings, at most one request each', async () => {
    const client = clientWith(exchanges());
    const { printed } = await consoleDuring(async () => {
      api.sent.length = 0;
      const first: unknown[] = [];
      for (const operation of CLIENT_OPERATIONS) {
        const result = await client.query(gql(operation.query), operation.variables, labelled(operation)).toPromise();
        expect(result.error, operation.name).toBeUndefined();
        expect(result.stale, operation.name).toBe(false);
        first.push(result.data);
      }
      const labels = api.sent.map((request) => request.label);
      expect(new Set(labels).size).toBe(labels.length);
      expect(labels.length).toBeGreaterThanOrEqual(CLIENT_OPERATIONS.length - 2);
      const requests = labels.length;
      for (const [i, operation] of CLIENT_OPERATIONS.entries()) expect(withoutTypenames(first[i]), operation.name).toEqual(await answerTo(operation));
      for (const [i, operation] of CLIENT_OPERATIONS.entries()) {
        const again = await client.query(gql(operation.query), operation.variables, { requestPolicy: 'cache-only' }).toPromise();
        expect(again.data, `${operation.name}, read again`).toEqual(first[i]);
      }
      expect(api.sent).toHaveLength(requests);
    });
    expect(printed).toEqual([]);
  });

  it('pages the timeline Connection to its end, one request a page', async () => {
    type Page = { timelineConnection: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } };
    const client = clientWith(exchanges());
    const everything = (await client.query<Page>(TIMELINE_PAGE, { first: 500 }).toPromise()).data!;
    const all = everything.timelineConnection.edges.map((edge) => edge.node.id);
    const { printed } = await consoleDuring(async () => {
      api.sent.length = 0;
      const pages: string[][] = [];
      let after: string | null = null;
      let last: Page;
      do {
        last = (await client.query<Page>(TIMELINE_PAGE, { first: 7, after }).toPromise()).data!;
        pages.push(last.timelineConnection.edges.map((edge) => edge.node.id));
        after = last.timelineConnection.pageInfo.endCursor;
      } while (last.timelineConnection.pageInfo.hasNextPage);
      expect(api.sent).toHaveLength(Math.ceil(all.length / 7));
      // Graphcache's relayPagination merges the pages into one list; the document cache keeps each page.
      if (name.startsWith('Graphcache')) expect(pages.at(-1)).toEqual(all);
      else expect(pages.flat()).toEqual(all);
      expect(last.timelineConnection.totalCount).toBe(all.length);
    });
    expect(printed).toEqual([]);
  });
});

describe('what these tests catch', () => {
  it('Graphcache prints its warning for an object it cannot key (here: no keys for the value types)', async () => {
    const client = clientWith([cacheExchange({ schema }), fetchExchange]);
    const { printed } = await consoleDuring(() => client.query('{ neighborhood(id: "minsk") { truncated entities { id } } }', {}).toPromise());
    expect(printed.join('\n')).toMatch(/Subgraph/);
  });
});
