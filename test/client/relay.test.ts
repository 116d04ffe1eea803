/**
 * relay-runtime against the API over HTTP, with documents compiled by relay-compiler (see
 * test/client/relay/RelayCache.ts): a neighbourhood, two actor cards and whom-they-met in one
 * Relay store keyed by `id` alone. Every read is complete (no missing data), nothing is
 * logged (relay-runtime warns when one id holds two types), each query is one request, and a
 * @connection pages the timeline to its end through its refetch query.
 */
import { describe, expect, it } from 'vitest';
import { createOperationDescriptor, Environment, fetchQuery, getSelector, Network, RecordSource, Store } from 'relay-runtime';
import type { ConcreteRequest, GraphQLTaggedNode, ReaderFragment, Variables } from 'relay-runtime';
import ActorCardQuery from '../../src/generated/relay/RelayCacheActorCardQuery.graphql.ts';
import GraphNodeQuery from '../../src/generated/relay/RelayCacheGraphNodeQuery.graphql.ts';
import NeighborhoodQuery from '../../src/generated/relay/RelayCacheNeighborhoodQuery.graphql.ts';
import TimelinePaginationQuery from '../../src/generated/relay/RelayCacheTimelinePaginationQuery.graphql.ts';
import TimelineQuery from '../../src/generated/relay/RelayCacheTimelineQuery.graphql.ts';
import WhoMetQuery from '../../src/generated/relay/RelayCacheWhoMetQuery.graphql.ts';
import PersonFragment from '../../src/generated/relay/RelayCache_person.graphql.ts';
import TimelineFragment from '../../src/generated/relay/RelayCache_timeline.graphql.ts';
import { consoleDuring, useServedApi } from './harness.ts';

const api = useServedApi();

function environment() {
  const network = Network.create(async (params, variables) => {
    const response = await api.fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-operation': params.name },
      body: JSON.stringify({ query: params.text, variables }),
    });
    return response.json();
  });
  return new Environment({ network, store: new Store(new RecordSource()) });
}

type Env = ReturnType<typeof environment>;
const run = (env: Env, query: ConcreteRequest, variables: Variables) => fetchQuery(env, query as GraphQLTaggedNode, variables).toPromise();

/** The query read back from the store: its data and whether any of it is missing. */
function read(env: Env, query: ConcreteRequest, variables: Variables) {
  return env.lookup(createOperationDescriptor(query, variables).fragment);
}

/** A fragment read through the reference a query's data holds. */
function readFragment(env: Env, fragment: ReaderFragment, ref: unknown) {
  const selector = getSelector(fragment, ref as never);
  if (!selector || !('dataID' in selector)) throw new Error(`no single selector for ${fragment.name}`);
  return env.lookup(selector);
}

describe('relay-runtime with compiled documents', () => {
  it('keeps a neighbourhood, actor cards and whom-they-met in one store: complete, no warnings, one request each', async () => {
    const env = environment();
    const { printed } = await consoleDuring(async () => {
      api.sent.length = 0;
      const card = { id: 'john-bolton' };
      await run(env, ActorCardQuery, card);
      await run(env, NeighborhoodQuery, { id: 'john-bolton', depth: 2, limit: 200 });
      await run(env, WhoMetQuery, card);
      await run(env, ActorCardQuery, { id: 'uladzimir-makei' });
      expect(api.sent.map((request) => request.label)).toEqual(['RelayCacheActorCardQuery', 'RelayCacheNeighborhoodQuery', 'RelayCacheWhoMetQuery', 'RelayCacheActorCardQuery']);

      const neighborhood = read(env, NeighborhoodQuery, { id: 'john-bolton', depth: 2, limit: 200 });
      expect(neighborhood.isMissingData).toBe(false);
      for (const id of ['john-bolton', 'uladzimir-makei']) {
        const query = read(env, ActorCardQuery, { id });
        expect(query.isMissingData, id).toBe(false);
        const person = readFragment(env, PersonFragment, (query.data as { person: unknown }).person);
        expect(person.isMissingData, id).toBe(false);
        const data = person.data as { name: string; meetings: { id: string; node: unknown; sources: unknown[] }[] };
        expect(data.meetings.length).toBeGreaterThan(0);
        expect(data.meetings.every((meeting) => meeting.sources.length > 0)).toBe(true);
      }
      // The same person is one record: the neighbourhood's entity and the card agree.
      const bolton = env.getStore().getSource().get('john-bolton');
      expect(bolton?.__typename).toBe('Person');
      expect(api.sent).toHaveLength(4);
    });
    expect(printed).toEqual([]);
  });

  it('pages the timeline @connection to its end through its refetch query, one request a page', async () => {
    const env = environment();
    const { printed } = await consoleDuring(async () => {
      api.sent.length = 0;
      await run(env, TimelineQuery, {});
      const root = read(env, TimelineQuery, {});
      let page = readFragment(env, TimelineFragment, root.data);
      type Timeline = { timelineConnection: { totalCount: number; edges: { node: { id: string } }[] } };
      const total = (page.data as Timeline).timelineConnection.totalCount;
      for (let pages = 1; ; pages += 1) {
        const connection = (page.data as Timeline).timelineConnection;
        expect(page.isMissingData).toBe(false);
        const info = env.getStore().getSource().get(connectionRecordId(env))!;
        const pageInfo = env.getStore().getSource().get((info.pageInfo as { __ref: string }).__ref)!;
        if (!pageInfo.hasNextPage) {
          expect(connection.edges).toHaveLength(total);
          expect(new Set(connection.edges.map((edge) => edge.node.id)).size).toBe(total);
          expect(api.sent).toHaveLength(pages);
          expect(pages).toBe(Math.ceil(total / 7));
          break;
        }
        await run(env, TimelinePaginationQuery, { count: 7, cursor: pageInfo.endCursor });
        page = readFragment(env, TimelineFragment, read(env, TimelineQuery, {}).data);
      }
    });
    expect(printed).toEqual([]);
  });
});

/** The client id of the connection record Relay's handler keeps for the timeline. */
function connectionRecordId(env: Env): string {
  const ids = env.getStore().getSource().getRecordIDs();
  const id = ids.find((candidate) => candidate.startsWith('client:root:__RelayCache_timelineConnection_connection'));
  if (!id) throw new Error(`no connection record among ${ids.length}`);
  return id;
}

describe('what these tests catch', () => {
  it('GraphNode (deprecated) shares its id with the entity: relay-runtime warns when both meet in one store', async () => {
    const env = environment();
    const { printed } = await consoleDuring(async () => {
      await run(env, ActorCardQuery, { id: 'john-bolton' });
      await run(env, GraphNodeQuery, { id: 'john-bolton' });
    });
    expect(printed.join('\n')).toMatch(/john-bolton/);
  });
});
