import { describe, expect, it } from 'vitest';
import { testApp } from '../testkit/graph.ts';
import { useSeededApi } from '../testkit/api.ts';

const api = useSeededApi();

async function firstError(query: string, variables?: Record<string, unknown>) {
  const response = await api.gql(query, variables);
  expect(response.status).toBeLessThan(500);
  const error = response.body.errors?.[0];
  expect(error, `expected an error for ${query}`).toBeDefined();
  return error!;
}

describe('argument caps', () => {
  it.each([
    ['{ neighborhood(id: "john-bolton", depth: 4) { truncated } }', 'depth', 3],
    ['{ neighborhood(id: "john-bolton", limit: 501) { truncated } }', 'limit', 500],
    ['{ shortestPath(from: "a", to: "b", maxDepth: 11) { length } }', 'maxDepth', 10],
    ['{ allShortestPaths(from: "a", to: "b", first: 51) { length } }', 'first', 50],
    ['{ search(query: "bolton", first: 51) { score } }', 'first', 50],
    ['{ timeline(first: 501) { id } }', 'first', 500],
    ['{ statements(first: 501) { id } }', 'first', 500],
  ])('%s names the argument and the cap', async (query, argument, max) => {
    const error = await firstError(query);
    expect(error.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument, max });
    expect(error.message).toContain(`"${argument}"`);
    expect(error.message).toContain(String(max));
  });

  it('caps the number of ids per call', async () => {
    const ids = Array.from({ length: 201 }, (_, i) => `id-${i}`);
    for (const query of ['query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }', 'query Q($ids: [ID!]!) { subgraph(ids: $ids) { truncated } }']) {
      const error = await firstError(query, { ids });
      expect(error.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'ids', max: 200 });
    }
  });

  it('refuses zero and negative sizes as bad input', async () => {
    const error = await firstError('{ neighborhood(id: "john-bolton", depth: 0) { truncated } }');
    expect(error.extensions).toMatchObject({ code: 'BAD_INPUT', argument: 'depth', min: 1 });
    expect((await firstError('{ search(query: "x", first: -5) { score } }')).extensions).toMatchObject({ code: 'BAD_INPUT', argument: 'first' });
  });

  it('caps search kinds even when the text normalises to nothing', async () => {
    const kinds = Array.from({ length: 9 }, () => 'PERSON').join(', ');
    expect((await firstError(`{ search(query: "!!!", kinds: [${kinds}]) { score } }`)).extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'kinds', max: 8 });
  });

  it('refuses an empty or overlong search', async () => {
    expect((await firstError('{ search(query: "   ") { score } }')).extensions).toMatchObject({ code: 'BAD_INPUT', argument: 'query' });
    const long = 'x'.repeat(201);
    expect((await firstError('query S($q: String!) { search(query: $q) { score } }', { q: long })).extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      argument: 'query',
      max: 200,
    });
  });

  it('refuses dates that are not calendar days, and reversed ranges', async () => {
    const bad = await firstError('query T($from: Date) { timeline(from: $from) { id } }', { from: '2019-02-30' });
    expect(bad.message).toMatch(/YYYY-MM-DD/);
    const reversed = await firstError('{ timeline(from: "2020-01-01", to: "2019-01-01") { id } }');
    expect(reversed.extensions).toMatchObject({ code: 'BAD_INPUT', argument: 'from' });
  });

  it('refuses operations nested deeper than 8 levels', async () => {
    const nest = (levels: number): string =>
      levels === 0 ? 'id' : `meetings { node { ... on Person { ${nest(levels - 1)} } } }`;
    const deep = `{ node(id: "john-bolton") { ... on Person { ${nest(5)} } } }`;
    expect((await api.gql(`{ node(id: "john-bolton") { ... on Person { ${nest(3)} } } }`)).body.errors).toBeUndefined();
    const error = await firstError(deep);
    expect(error.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'depth', max: 8 });
  });

  it('refuses an unknown enum value with GraphQL’s own validation error', async () => {
    const error = await firstError('{ neighborhood(id: "john-bolton", relationshipTypes: [DELETE_EVERYTHING]) { truncated } }');
    expect(error.message).toMatch(/RelationshipType/);
  });
});

describe('malformed requests never give a 5xx', () => {
  const post = (body: string, contentType = 'application/json') =>
    api.app.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': contentType, accept: 'application/json' }, body });

  it.each([
    ['bad JSON', '{"query": '],
    ['a JSON array of junk', '[1, 2, 3]'],
    ['a JSON string', '"hello"'],
    ['no query', '{"variables": {}}'],
    ['a syntax error', '{"query": "{ node(id: "}'],
    ['an unknown field', '{"query": "{ nope }"}'],
    ['variables of the wrong type', '{"query": "query Q($d: Int!) { neighborhood(id: \\"x\\", depth: $d) { truncated } }", "variables": {"d": "deep"}}'],
  ])('%s gets a 4xx or a GraphQL error', async (_name, body) => {
    const response = await post(body);
    expect(response.status).toBeLessThan(500);
    const json = (await response.json()) as { errors?: unknown[] };
    expect(json.errors?.length).toBeGreaterThan(0);
  });

  it.each([
    ['GET variables', 'http://yoga/graphql?query=%7B__typename%7D&variables=%7Bx'],
    ['GET extensions', 'http://yoga/graphql?query=%7B__typename%7D&extensions=%7Bx'],
  ])('malformed JSON in %s is a 400 BAD_REQUEST', async (_name, url) => {
    const response = await api.app.fetch(url, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('refuses a mutation over GET and an unknown content type', async () => {
    const get = await api.app.fetch('http://yoga/graphql?query=mutation%7Bx%7D', { headers: { accept: 'application/json' } });
    expect(get.status).toBeGreaterThanOrEqual(400);
    expect(get.status).toBeLessThan(500);
    const text = await post('query { __typename }', 'text/x-unknown');
    expect(text.status).toBeLessThan(500);
  });
});

describe('unexpected errors are masked', () => {
  it('hides the internal message and still answers', async () => {
    const broken = { ...api.store, execute: async () => { throw new Error('secret connection string leaked'); } };
    const { gql: brokenGql } = testApp(broken);
    const response = await brokenGql('{ node(id: "john-bolton") { id } }');
    expect(response.status).toBe(200);
    expect(response.body.errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(response.body)).not.toContain('secret');
  });
});
