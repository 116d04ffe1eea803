/**
 * Apollo Client against the API over HTTP, the way a new user sets it up: the default
 * InMemoryCache (no possibleTypes, no type policies), and one with the generated
 * possibleTypes and relay-style paging. Every operation answers complete data, prints no cache
 * warning (the development build is on), sends one request and no more: read again or
 * watched while others overwrite the same records, it comes from the cache unchanged.
 */
import './apollo-dev.ts';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev';
import { addTypenameToDocument, relayStylePagination } from '@apollo/client/utilities';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import introspection from '../../src/generated/possible-types.ts';
import type { ClientOperation } from './harness.ts';
import { CLIENT_OPERATIONS, consoleDuring, TIMELINE_PAGE, useServedApi } from './harness.ts';

loadDevMessages();
loadErrorMessages();
const api = useServedApi();

const CACHES: [string, () => InMemoryCache][] = [
  ['the default InMemoryCache', () => new InMemoryCache()],
  [
    'InMemoryCache with the generated possibleTypes',
    () =>
      new InMemoryCache({
        possibleTypes: introspection.possibleTypes,
        typePolicies: { Query: { fields: { timelineConnection: relayStylePagination(['from', 'to', 'participant', 'kinds', 'orderBy']) } } },
      }),
  ],
];

/** What the server answers this operation, asked directly with the document Apollo sends (its `__typename`s added). */
async function answerTo(operation: ClientOperation): Promise<unknown> {
  const query = print(addTypenameToDocument(gql(operation.query)));
  const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: operation.variables }) });
  return ((await response.json()) as { data: unknown }).data;
}
const labelled = (operation: { name: string }) => ({ headers: { 'x-operation': operation.name } });

const clientWith = (cache: InMemoryCache) => new ApolloClient({ cache, link: new HttpLink({ uri: api.url, fetch: api.fetch }) });

describe.each(CACHES)('Apollo Client, %s', (_name, makeCache) => {
  it('answers every example operation, a neighbourhood and actor cards in one store: complete, no warnings, one request each', async () => {
    const client = clientWith(makeCache());
    const { printed } = await consoleDuring(async () => {
      api.sent.length = 0;
      const first = [];
      // The first card stays watched while the others write the same records.
      const watched = client.watchQuery({ query: gql(CLIENT_OPERATIONS[6]!.query), variables: CLIENT_OPERATIONS[6]!.variables, context: labelled(CLIENT_OPERATIONS[6]!) });
      const seen: unknown[] = [];
      const subscription = watched.subscribe((result) => seen.push(result.data));
      for (const operation of CLIENT_OPERATIONS) {
        const result = await client.query({ query: gql(operation.query), variables: operation.variables, context: labelled(operation) });
        first.push(result.data);
      }
      // One request an operation at most: one whose every field is already cached is answered from the cache.
      const labels = api.sent.map((request) => request.label);
      expect(new Set(labels).size).toBe(labels.length);
      expect(labels.length).toBeGreaterThanOrEqual(CLIENT_OPERATIONS.length - 2);
      const requests = labels.length;
      // Complete: what each operation returns is what the server answers it.
      for (const [i, operation] of CLIENT_OPERATIONS.entries()) expect(first[i], operation.name).toEqual(await answerTo(operation));
      // Read again, every one comes from the cache as it was first answered: nothing was lost.
      for (const [i, operation] of CLIENT_OPERATIONS.entries()) {
        const again = await client.query({ query: gql(operation.query), variables: operation.variables, fetchPolicy: 'cache-only' });
        expect(again.data, operation.name).toEqual(first[i]);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      subscription.unsubscribe();
      expect(seen.at(-1)).toEqual(first[6]);
      expect(api.sent).toHaveLength(requests);
    });
    expect(printed).toEqual([]);
  });

  it('pages the timeline Connection to its end, one request a page', async () => {
    const client = clientWith(makeCache());
    const query = gql(TIMELINE_PAGE);
    type Page = { timelineConnection: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } };
    const everything = (await (await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: TIMELINE_PAGE, variables: { first: 500 } }) })).json()) as { data: Page };
    const all = everything.data.timelineConnection.edges.map((edge) => edge.node.id);
    const { printed } = await consoleDuring(async () => {
      api.sent.length = 0;
      const watched = client.watchQuery<Page>({ query, variables: { first: 7, after: null } });
      const latest: Page[] = [];
      const subscription = watched.subscribe((result) => result.data && latest.push(result.data as Page));
      const pages: string[][] = [];
      let page = (await client.query<Page>({ query, variables: { first: 7, after: null } })).data!;
      pages.push(page.timelineConnection.edges.map((edge) => edge.node.id));
      while (page.timelineConnection.pageInfo.hasNextPage) {
        // relayStylePagination merges each page into the watched list; without a type policy
        // each page is a field of its own, read as it came.
        page = (await watched.fetchMore({ variables: { after: page.timelineConnection.pageInfo.endCursor } })).data as Page;
        pages.push(page.timelineConnection.edges.map((edge) => edge.node.id));
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      subscription.unsubscribe();
      expect(pages.flat()).toEqual(all);
      expect(pages).toHaveLength(Math.ceil(all.length / 7));
      expect(page.timelineConnection.totalCount).toBe(all.length);
      // One request a page: the watched query's own, then one per fetchMore.
      expect(api.sent.length).toBe(pages.length);
      const merged = latest.at(-1)!.timelineConnection.edges.map((edge) => edge.node.id);
      expect(merged).toEqual(_name.includes('possibleTypes') ? all : all.slice(0, 7));
    });
    expect(printed).toEqual([]);
  });
});

describe('what these tests catch', () => {
  it('a fragment on an interface inside a field typed Node: the default cache drops its fields and warns', async () => {
    const client = clientWith(new InMemoryCache());
    const { value, printed } = await consoleDuring(() =>
      client.query({ query: gql('query Old { node(id: "john-bolton") { id ... on Entity { name kind } } }') }),
    );
    expect(value.data).toEqual({ node: { __typename: 'Person', id: 'john-bolton' } });
    expect(printed.join('\n')).toMatch(/possibleTypes/);
  });
});
