/**
 * The Neo4j adapter when there is no Neo4j: a refused port and a port that accepts
 * TCP but never speaks Bolt. The real driver runs; only the server is missing.
 */
import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNeo4jStore } from '../../src/store/neo4j/neo4j-store.ts';
import { StoreUnavailableError } from '../../src/store/port.ts';
import { createStore } from '../../src/store/create-store.ts';
import { testApp } from '../testkit/graph.ts';

let silent: Server;
let silentPort: number;
const sockets = new Set<Socket>();

beforeAll(async () => {
  // Accepts connections and never answers, as a hung server would.
  silent = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentPort = (silent.address() as { port: number }).port;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

const options = (uri: string) => ({ uri, user: 'neo4j', password: 'secret-password', database: 'neo4j', connectionTimeoutMs: 500, maxRetryTimeMs: 200, queryTimeoutMs: 1000 });

describe('Neo4j unreachable', () => {
  it('refuses to start with a message naming the URI', async () => {
    const config = { kind: 'neo4j' as const, ...options('bolt://127.0.0.1:1') };
    const error = await createStore(config).then(() => null, (failure: unknown) => failure);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).reason).toBe('refused');
    expect((error as Error).message).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:1 is unavailable: nothing listens there \(connection refused\)\. Start Neo4j and try again \(`npm run neo4j` starts the project's own/);
  });

  it('refuses to start on a cluster URI no server answers for, saying what to do', async () => {
    const config = { kind: 'neo4j' as const, ...options('neo4j://127.0.0.1:1') };
    const error = await createStore(config).then(() => null, (failure: unknown) => failure);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).reason).toBe('no-routing');
    expect((error as Error).message).toMatch(/Neo4j at neo4j:\/\/127\.0\.0\.1:1 is unavailable: no server there answered for the cluster's routing table \(none listens, or it is not Neo4j\)\. Start Neo4j and try again/);
  });

  it('refuses to start naming a host that does not resolve', async () => {
    // .invalid never resolves (RFC 2606).
    const config = { kind: 'neo4j' as const, ...options('bolt://no-such-host.invalid:7687') };
    const error = await createStore(config).then(() => null, (failure: unknown) => failure);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).reason).toBe('unresolved');
    expect((error as Error).message).toMatch(/Neo4j at bolt:\/\/no-such-host\.invalid:7687 is unavailable: its host name does not resolve here; correct NEO4J_URI/);
  });

  it.each([
    ['a refused port', () => 'bolt://127.0.0.1:1'],
    ['a port that never speaks Bolt', () => `bolt://127.0.0.1:${silentPort}`],
    ['a cluster URI with no routers', () => 'neo4j://127.0.0.1:1'],
  ])('answers GraphQL with STORE_UNAVAILABLE and /ready with 503, within seconds, for %s', async (_name, uri) => {
    const store = createNeo4jStore(options(uri()));
    try {
      const { app, gql } = testApp(store);
      const started = performance.now();
      const response = await gql('{ node(id: "john-bolton") { id } }');
      expect(performance.now() - started).toBeLessThan(8000);
      expect(response.status).toBe(503);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'STORE_UNAVAILABLE' });
      const ready = await app.fetch('http://yoga/ready');
      expect(ready.status).toBe(503);
      await expect(store.execute('RETURN 1 AS one', {}, 'READ')).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      await store.close();
    }
  });
});
