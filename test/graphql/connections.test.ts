/**
 * Every Connection paged to its end, forward and backward, in each of its orders: the pages join
 * into the whole list with no item twice, `totalCount` is its length, cursors are opaque and
 * stable, and bad paging arguments are coded errors naming the argument.
 */
import { describe, expect, it } from 'vitest';
import { expectNoGraphQLErrors } from '../testkit/graph.ts';
import { useSeededApi } from '../testkit/api.ts';

const api = useSeededApi();

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

/** A connection field to page through: its path in the answer and the document that asks for one page. */
interface Case {
  name: string;
  document: (paging: string) => string;
  page: (data: Record<string, any>) => Page;
  /** Items per page when paging through (the list has more than this). @default 3 */
  size?: number;
}

const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }';
const CASES: Case[] = [
  ...['DATE_ASC', 'DATE_DESC'].map((order) => ({
    name: `timeline ${order}`,
    document: (paging: string) => `{ timelineConnection(orderBy: ${order}, ${paging}) { ${PAGE} } }`,
    page: (data: Record<string, any>) => data.timelineConnection,
  })),
  {
    name: 'timeline of a participant',
    document: (paging) => `{ timelineConnection(participant: "belarus", ${paging}) { ${PAGE} } }`,
    page: (data) => data.timelineConnection,
  },
  ...['DATE_ASC', 'DATE_DESC'].map((order) => ({
    name: `statements ${order}`,
    document: (paging: string) => `{ statementsConnection(orderBy: ${order}, ${paging}) { ${PAGE} } }`,
    page: (data: Record<string, any>) => data.statementsConnection,
  })),
  { name: 'documents', document: (paging) => `{ documentsConnection(${paging}) { ${PAGE} } }`, page: (data) => data.documentsConnection, size: 1 },
  ...['RELEVANCE', 'NAME'].map((order) => ({
    name: `search ${order}`,
    document: (paging: string) => `{ searchConnection(query: "b", orderBy: ${order}, ${paging}) { ${PAGE} } }`,
    page: (data: Record<string, any>) => data.searchConnection,
  })),
  ...['DATE_ASC', 'DATE_DESC', 'TYPE'].map((order) => ({
    name: `relationships of Belarus ${order}`,
    document: (paging: string) =>
      `{ entity(id: "belarus") { relationshipsConnection(types: [PARTICIPATED_IN, HOLDS_ROLE, LOCATED_IN, PART_OF, SANCTIONED, VISITED, TOOK_PLACE_IN, ABOUT], orderBy: ${order}, ${paging}) { ${PAGE} } } }`,
    page: (data: Record<string, any>) => data.entity.relationshipsConnection,
  })),
];

async function pageOf(test: Case, paging: string): Promise<Page> {
  return test.page(expectNoGraphQLErrors(await api.gql(test.document(paging))));
}

/** Every item, paging `size` at a time from the front (or from the back), in list order. */
async function pageThrough(test: Case, size: number, fromEnd: boolean): Promise<{ ids: string[]; pages: number; total: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let pages = 1; ; pages += 1) {
    const bound = cursor ? `, ${fromEnd ? 'before' : 'after'}: "${cursor}"` : '';
    const page = await pageOf(test, `${fromEnd ? 'last' : 'first'}: ${size}${bound}`);
    expect(page.edges.length).toBeLessThanOrEqual(size);
    const got = page.edges.map((edge) => edge.node.id);
    if (fromEnd) ids.unshift(...got);
    else ids.push(...got);
    const more = fromEnd ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
    if (!more) return { ids, pages, total: page.totalCount };
    expect(page.edges.length).toBe(size);
    cursor = fromEnd ? page.pageInfo.startCursor : page.pageInfo.endCursor;
    expect(cursor).toBe(fromEnd ? page.edges[0]!.cursor : page.edges.at(-1)!.cursor);
  }
}

describe.each(CASES)('$name', (test) => {
  it('pages to its end forward and backward, every item once, as one big page has them', async () => {
    const whole = await pageOf(test, 'first: 50');
    const all = whole.edges.map((edge) => edge.node.id);
    const size = test.size ?? 3;
    expect(all.length).toBeGreaterThan(size);
    expect(whole.totalCount).toBe(all.length < 50 ? all.length : whole.totalCount);
    const forward = await pageThrough(test, size, false);
    const backward = await pageThrough(test, size, true);
    expect(forward.ids.length).toBe(forward.total);
    expect(new Set(forward.ids).size).toBe(forward.ids.length);
    expect(backward.ids).toEqual(forward.ids);
    expect(forward.ids.slice(0, all.length)).toEqual(all);
    expect(forward.pages).toBe(Math.max(1, Math.ceil(forward.total / size)));
  });

  it('gives the same cursors on every request, and a cursor picks up exactly after its item', async () => {
    const first = await pageOf(test, 'first: 4');
    expect(await pageOf(test, 'first: 4')).toEqual(first);
    const n = first.edges.length;
    const after = await pageOf(test, `first: 2, after: "${first.edges[n - 3 >= 0 ? 1 : 0]!.cursor}"`);
    expect(after.edges).toEqual(first.edges.slice(n - 3 >= 0 ? 2 : 1, n - 3 >= 0 ? 4 : 3));
    expect(after.pageInfo.hasPreviousPage).toBe(true);
    const between = await pageOf(test, `first: 10, after: "${first.edges[0]!.cursor}", before: "${first.edges[n - 1]!.cursor}"`);
    expect(between.edges).toEqual(first.edges.slice(1, n - 1));
  });
});

describe('connection arguments', () => {
  const error = async (query: string) => {
    const response = await api.gql(query);
    expect(response.status).toBeLessThan(500);
    return response.body.errors?.[0]?.extensions;
  };
  it('refuses first and last together, sizes out of range, and cursors of another list or order', async () => {
    expect(await error('{ timelineConnection(first: 2, last: 2) { totalCount } }')).toMatchObject({ code: 'BAD_INPUT', argument: 'last' });
    expect(await error('{ timelineConnection(first: 501) { totalCount } }')).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'first', max: 500 });
    expect(await error('{ searchConnection(query: "b", last: 0) { totalCount } }')).toMatchObject({ code: 'BAD_INPUT', argument: 'last', min: 1 });
    expect(await error('{ entity(id: "belarus") { relationshipsConnection(types: [VISITED], first: 101) { totalCount } } }')).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'first', max: 100 });
    expect(await error('{ timelineConnection(after: "not-a-cursor") { totalCount } }')).toMatchObject({ code: 'BAD_INPUT', argument: 'after' });
    const cursor = (await pageOf(CASES[0]!, 'first: 1')).edges[0]!.cursor;
    expect(await error(`{ timelineConnection(orderBy: DATE_DESC, after: "${cursor}") { totalCount } }`)).toMatchObject({ code: 'BAD_INPUT', argument: 'after' });
    expect(await error(`{ statementsConnection(before: "${cursor}") { totalCount } }`)).toMatchObject({ code: 'BAD_INPUT', argument: 'before' });
    expect(await error(`{ timelineConnection(after: "${'x'.repeat(1001)}") { totalCount } }`)).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'after', max: 1000 });
  });

  it('counts only when totalCount is asked for, and pages relationships of many nodes in one round trip', async () => {
    api.recorder.reset();
    await api.gql('{ timelineConnection(first: 5) { edges { node { id } } } }');
    expect(api.recorder.names).toEqual(['timelinePage']);
    api.recorder.reset();
    const data = expectNoGraphQLErrors(
      await api.gql('{ entities(ids: ["john-bolton", "belarus", "minsk", "nobody"]) { id relationshipsConnection(types: [VISITED, PARTICIPATED_IN], first: 2) { totalCount nodes { id } } } }'),
    );
    expect(api.recorder.names).toEqual(['entitiesByIds', 'relationsPage']);
    expect(data.entities[3]).toBeNull();
    expect(data.entities[0].relationshipsConnection.nodes).toHaveLength(2);
    expect(data.entities[0].relationshipsConnection.totalCount).toBeGreaterThan(2);
  });
});
