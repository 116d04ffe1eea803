import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildManifest } from '../../src/persisted-manifest.ts';
import { createApp } from '../../src/server/create-app.ts';
import type { AppOptions } from '../../src/server/create-app.ts';
import { sha256 } from '../../src/server/plugins/use-persisted-documents.ts';
import { useSeededApi } from '../testkit/api.ts';
import { QueryRecorder } from '../testkit/graph.ts';

/**
 * The HTTP real clients expect, over a real socket: whole-answer caching with ETag and 304,
 * compression, persisted documents (Apollo's automatic persisted queries with a real
 * Apollo Client, and the trusted manifest by documentId, also as a GET link), and CORS.
 */
const api = useSeededApi();
const servers: ReturnType<typeof createServer>[] = [];
afterAll(() => servers.forEach((server) => server.close()));

async function serve(options: Partial<AppOptions> = {}) {
  const recorder = new QueryRecorder();
  const server = createServer(createApp({ store: api.store, queryListeners: [recorder.listener], ...options }));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, recorder };
}

const CLIENT = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' };
const ACTOR = '{ node(id: "john-bolton") { id ... on Entity { name } ... on Person { meetings { date node { id } } } } }';
const timed = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
};

describe('the response cache', () => {
  it('answers a repeated query from the cache, byte for byte, with an ETag; If-None-Match gets 304', async () => {
    const { base, recorder } = await serve();
    const post = (headers: Record<string, string> = {}) => fetch(`${base}/graphql`, { method: 'POST', headers: { ...CLIENT, ...headers }, body: JSON.stringify({ query: ACTOR }) });
    const first = await timed(() => post());
    const firstBody = await first.value.text();
    const executed = recorder.events.length;
    expect(executed).toBeGreaterThan(0);
    const etag = first.value.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);

    const second = await timed(() => post());
    expect(await second.value.text()).toBe(firstBody);
    expect(second.value.headers.get('etag')).toBe(etag);
    expect(recorder.events.length).toBe(executed); // no store work

    const revalidated = await post({ 'if-none-match': etag! });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    expect((await post({ 'if-none-match': '"something-else"' })).status).toBe(200);
    console.log(`response cache: miss ${first.ms.toFixed(1)} ms, hit ${second.ms.toFixed(1)} ms (one request each, over HTTP)`);
  });

  it('is cleared by every write to the graph', async () => {
    const { base, recorder } = await serve();
    const post = () => fetch(`${base}/graphql`, { method: 'POST', headers: CLIENT, body: JSON.stringify({ query: '{ node(id: "minsk") { id } }' }) }).then((r) => r.text());
    await post();
    await post();
    expect(recorder.names).toEqual(['entitiesByIds']);
    await api.store.execute("MERGE (n:CacheProbe {key: 'written'}) RETURN n.key AS key", {}, 'WRITE');
    await api.store.execute("MATCH (n:CacheProbe) DELETE n RETURN count(*) AS gone", {}, 'WRITE');
    await post();
    expect(recorder.names).toEqual(['entitiesByIds', 'entitiesByIds']);
  });

  it('keeps no answer with errors, and marks GET answers cacheable by browsers', async () => {
    const { base, recorder } = await serve();
    const failing = () => fetch(`${base}/graphql`, { method: 'POST', headers: CLIENT, body: JSON.stringify({ query: '{ neighborhood(id: "x", depth: 9) { truncated } }' }) });
    expect((await failing()).headers.get('etag')).toBeNull();
    expect((await failing()).headers.get('etag')).toBeNull();
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ node(id: "minsk") { id } }')}`, { headers: { accept: CLIENT.accept } });
    expect(get.status).toBe(200);
    expect(get.headers.get('cache-control')).toBe('public, max-age=60');
    expect(recorder.names.filter((name) => name === 'entitiesByIds')).toHaveLength(1);
  });
});

describe('compression', () => {
  let base: string;
  beforeAll(async () => {
    base = (await serve()).base;
  });
  const BIG = '{ neighborhood(id: "john-bolton", depth: 2, limit: 500) { nodes { id label kind aliases description } edges { id source target type evidence } } }';

  it.each(['br', 'gzip'])('compresses a JSON answer with %s, which a real client decodes', async (encoding) => {
    const plain = await fetch(`${base}/graphql`, { method: 'POST', headers: { ...CLIENT, 'accept-encoding': 'identity' }, body: JSON.stringify({ query: BIG }) });
    const plainText = await plain.text();
    expect(plain.headers.get('content-encoding')).toBeNull();
    const compressed = await fetch(`${base}/graphql`, { method: 'POST', headers: { ...CLIENT, 'accept-encoding': `${encoding}, identity;q=0.5` }, body: JSON.stringify({ query: BIG }) });
    expect(compressed.headers.get('content-encoding')).toBe(encoding);
    expect(Number(compressed.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(plainText) / 3);
    expect(await compressed.text()).toBe(plainText); // fetch decodes it, as browsers and Apollo's HttpLink do
  });

  it('leaves small answers uncompressed, and honours q=0', async () => {
    const small = await fetch(`${base}/graphql`, { method: 'POST', headers: { ...CLIENT, 'accept-encoding': 'br, gzip' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(small.headers.get('content-encoding')).toBeNull();
    const refused = await fetch(`${base}/graphql`, { method: 'POST', headers: { ...CLIENT, 'accept-encoding': 'br;q=0, gzip' }, body: JSON.stringify({ query: BIG }) });
    expect(refused.headers.get('content-encoding')).toBe('gzip');
  });

  it('serves GraphiQL as a small page and hashed, compressed, year-long cacheable assets', async () => {
    const inline = Buffer.byteLength(renderGraphiQL({ title: 'x' }));
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html', 'accept-encoding': 'br' } });
    const html = await page.text();
    expect(html).toContain('WhoMetBolton');
    const pageBytes = Number(page.headers.get('content-length') ?? Buffer.byteLength(html));
    const assets = [...html.matchAll(/(?:src|href)="(\/graphiql\/assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(3);
    let total = 0;
    for (const path of assets) {
      const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'br' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      total += Number(response.headers.get('content-length'));
      const again = await fetch(`${base}${path}`, { headers: { 'if-none-match': response.headers.get('etag')! } });
      expect(again.status).toBe(304);
    }
    const script = assets.find((path) => path.endsWith('.js'))!;
    expect((await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'br' } })).headers.get('content-encoding')).toBe('br');
    console.log(`GraphiQL: inlined page ${(inline / 1e6).toFixed(2)} MB before; now a ${(pageBytes / 1024).toFixed(1)} kB page and ${assets.length} assets of ${(total / 1e6).toFixed(2)} MB in brotli, cached for a year`);
    expect(pageBytes).toBeLessThan(20_000);
    expect(total).toBeLessThan(inline / 3);
  });
});

describe('persisted documents', () => {
  const manifest = buildManifest();
  const whoMetBolton = manifest.operations.find((operation) => operation.name === 'WhoMetBolton')!;

  it('works with a real Apollo Client and PersistedQueryLink: unknown hash, the document sent once, then the hash alone', async () => {
    const { base, recorder } = await serve({ responseCache: { maxEntries: 0 } });
    const sent: { body: string | null; url: string }[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      sent.push({ url: String(input), body: typeof init?.body === 'string' ? init.body : null });
      return fetch(input, init);
    };
    const client = () =>
      new ApolloClient({
        cache: new InMemoryCache(),
        link: new PersistedQueryLink({ sha256: async (text: string) => sha256(text), useGETForHashedQueries: true }).concat(
          new HttpLink({ uri: `${base}/graphql`, fetch: recordingFetch }),
        ),
      });
    const QUERY = gql`query Saved($id: ID!) { node(id: $id) { id ... on Person { name } } }`;
    const first = await client().query({ query: QUERY, variables: { id: 'john-bolton' } });
    expect(first.data).toEqual({ node: { __typename: 'Person', id: 'john-bolton', name: 'John Bolton' } });
    // GET with the hash alone (not found), then POST with the document and its hash.
    expect(sent).toHaveLength(2);
    expect(sent[0]!.url).toContain('persistedQuery');
    expect(sent[0]!.url).not.toContain('query=');
    expect(sent[1]!.body).toContain('"query"');

    sent.length = 0;
    const second = await client().query({ query: QUERY, variables: { id: 'aliaksandr-lukashenka' } });
    expect(second.data).toMatchObject({ node: { id: 'aliaksandr-lukashenka' } });
    expect(sent).toHaveLength(1); // the hash alone, by GET
    expect(sent[0]!.url).not.toContain('query=');
    expect(recorder.names.filter((name) => name === 'entitiesByIds')).toHaveLength(2);
  });

  it('runs a trusted document by documentId, also as a GET link an analyst can share', async () => {
    const { base } = await serve();
    const link = `${base}/graphql?documentId=sha256:${whoMetBolton.id}&variables=${encodeURIComponent(JSON.stringify({ id: 'john-bolton' }))}`;
    const got = await fetch(link, { headers: { accept: CLIENT.accept } });
    expect(got.status).toBe(200);
    const body = (await got.json()) as { data: { person: { id: string; meetings: unknown[] } } };
    expect(body.data.person.id).toBe('john-bolton');
    expect(body.data.person.meetings.length).toBeGreaterThan(0);
    const posted = await fetch(`${base}/graphql`, { method: 'POST', headers: CLIENT, body: JSON.stringify({ documentId: whoMetBolton.id, variables: { id: 'uladzimir-makei' } }) });
    expect(((await posted.json()) as { data: { person: { id: string } } }).data.person.id).toBe('uladzimir-makei');
    const unknown = await fetch(`${base}/graphql?documentId=sha256:${'0'.repeat(64)}`, { headers: { accept: CLIENT.accept } });
    expect(((await unknown.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe('PersistedQueryNotFound');
  });

  it('accepts only the manifest when told to', async () => {
    const { base } = await serve({ persisted: { only: true } });
    const arbitrary = await fetch(`${base}/graphql`, { method: 'POST', headers: CLIENT, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(((await arbitrary.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('PERSISTED_ONLY');
    const trusted = await fetch(`${base}/graphql`, { method: 'POST', headers: CLIENT, body: JSON.stringify({ documentId: `sha256:${whoMetBolton.id}` }) });
    expect(((await trusted.json()) as { data: { person: { id: string } } }).data.person.id).toBe('john-bolton');
    const hashOfOther = sha256('{ __typename }');
    const registering = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: CLIENT,
      body: JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: hashOfOther } } }),
    });
    expect(((await registering.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('PERSISTED_ONLY');
  });

  it('refuses a document whose hash does not match it', async () => {
    const { base } = await serve();
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: CLIENT,
      body: JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    });
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe('provided sha does not match query');
  });
});

describe('CORS', () => {
  let base: string;
  beforeAll(async () => {
    base = (await serve({ corsOrigins: ['https://analyst.example'] })).base;
  });
  const preflight = (origin: string) =>
    fetch(`${base}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  it('answers a preflight from an allowed origin with that origin alone, and no credentials', async () => {
    const response = await preflight('https://analyst.example');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://analyst.example');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
  });

  it('refuses a preflight from any other origin, granting nothing', async () => {
    const response = await preflight('https://evil.example');
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('exposes x-request-id to allowed pages, and grants other pages nothing', async () => {
    const ask = (origin: string) => fetch(`${base}/graphql`, { method: 'POST', headers: { ...CLIENT, origin }, body: JSON.stringify({ query: '{ __typename }' }) });
    const allowed = await ask('https://analyst.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://analyst.example');
    expect(allowed.headers.get('access-control-expose-headers')).toContain('x-request-id');
    expect(allowed.headers.get('vary')).toContain('Origin');
    const other = await ask('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
