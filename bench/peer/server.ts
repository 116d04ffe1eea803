/**
 * The server process of `npm run bench -- --store neo4j`: loads the synthetic graph into a Neo4j
 * (the project's own, started here, or the empty one NEO4J_URI names) and into an in-memory
 * embedded store, then serves three GraphQL endpoints on free ports — ours on Neo4j, the peer
 * (`@neo4j/graphql` 7 under graphql-yoga) on the same database, ours on the embedded engine —
 * and answers the harness (bench/peer/run.ts) over IPC.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { startNeo4j } from '../../scripts/neo4j-server.ts';
import type { Neo4jServer } from '../../scripts/neo4j-server.ts';
import { createApp } from '../../src/server/create-app.ts';
import { createEmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import { createNeo4jStore } from '../../src/store/neo4j/neo4j-store.ts';
import type { GraphStore } from '../../src/store/port.ts';
import type { QueryEvent } from '../../src/store/runner.ts';
import { CLIENT_HEADERS } from '../client-headers.ts';
import { syntheticGraph } from '../generate.ts';
import { loadGraph } from '../load.ts';
import type { LoadReport } from '../load.ts';
import { questions } from './questions.ts';
import { PEER_FULLTEXT_INDEX, PEER_TYPE_DEFS } from './type-defs.ts';
import type { PeerChild, PeerParent, Target } from './protocol.ts';

const nodes = Number(process.argv[2]);
const send = (message: PeerChild) => process.send?.(message);
const say = (line: string) => process.stderr.write(`${line}\n`);

const password = process.env.NEO4J_PASSWORD || 'bench-password';
let server: Neo4jServer | undefined;
if (!process.env.NEO4J_URI) {
  server = await startNeo4j({ version: process.env.NEO4J_VERSION || undefined, password, heap: process.env.NEO4J_HEAP || '2g', onLine: (line) => say(`  ${line}`) });
}
const connection = {
  uri: process.env.NEO4J_URI || server!.uri,
  user: process.env.NEO4J_USER || 'neo4j',
  password,
  database: process.env.NEO4J_DATABASE || 'neo4j',
};
// The bench measures the engines as they are: a query budget far above any question's time.
const neo4jStore = createNeo4jStore({ ...connection, queryTimeoutMs: 300_000 });
await neo4jStore.verify();
const [{ count: existing } = { count: 0 }] = await neo4jStore.execute('MATCH (n) RETURN count(n) AS count', {}, 'READ');
if (existing !== 0) throw new Error(`${connection.uri} holds ${existing} nodes: the bench loads its graph into an empty database`);

const graph = syntheticGraph({ nodes });
const timedLoad = async (store: GraphStore, what: string): Promise<LoadReport> => {
  say(`loading ${nodes.toLocaleString('en')} nodes into ${what}…`);
  return loadGraph(store, graph);
};
const embeddedStore = createEmbeddedStore({ path: null, queryTimeoutMs: 300_000 });
const loads = { neo4j: await timedLoad(neo4jStore, connection.uri), embedded: await timedLoad(embeddedStore, 'the embedded engine') };

// The peer: the library over its own driver, as its users deploy it, and its full-text index.
await neo4jStore.execute(PEER_FULLTEXT_INDEX, {}, 'WRITE');
await neo4jStore.execute('CALL db.awaitIndexes(300)', {}, 'WRITE');
const peerDriver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
const peerSchema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: peerDriver }).getSchema();
const peerApp = createYoga({ schema: peerSchema, logging: false, graphiql: false, context: { sessionConfig: { database: connection.database } } });

// Round trips of ours: counted by a listener while the check runs alone.
let counting: QueryEvent[] | undefined;
const listener = (event: QueryEvent) => counting?.push(event);
// Ours without the response cache: the peer has none, and every question repeats one document,
// which the cache would answer from memory without reaching either store.
const apps: Record<Target, Parameters<typeof createServer>[1]> = {
  ours: createApp({ store: neo4jStore, queryListeners: [listener], responseCache: { maxEntries: 0 } }),
  peer: peerApp,
  embedded: createApp({ store: embeddedStore, queryListeners: [listener], responseCache: { maxEntries: 0 } }),
};
const servers = Object.fromEntries(Object.entries(apps).map(([target, app]) => [target, createServer(app)])) as Record<Target, ReturnType<typeof createServer>>;
await Promise.all(Object.values(servers).map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))));
const ports = Object.fromEntries(Object.entries(servers).map(([target, s]) => [target, (s.address() as AddressInfo).port])) as Record<Target, number>;
const asked = questions(graph);

send({ type: 'ready', loads, ports, questions: asked, pids: { server: process.pid, jvm: server?.process.pid ?? null }, neo4j: server ? `Neo4j ${server.version} (the project's own, Java ${server.java.major})` : connection.uri });

process.on('message', (message: PeerParent) => {
  handle(message).then(send, (error: Error) => send({ type: 'error', message: error.stack ?? error.message }));
});

async function handle(message: PeerParent): Promise<PeerChild> {
  switch (message.type) {
    case 'check': {
      const question = asked.find((q) => q.name === message.question)!;
      const bodies: Partial<Record<Target, string>> = {};
      const trips: Partial<Record<Target, number>> = {};
      for (const target of ['ours', 'peer', 'embedded'] as const) {
        const ask = target === 'peer' ? question.peer : question.ours;
        if (!ask) continue;
        counting = [];
        const response = await fetch(`http://127.0.0.1:${ports[target]}/graphql`, { method: 'POST', headers: CLIENT_HEADERS, body: JSON.stringify(ask) });
        bodies[target] = await response.text();
        trips[target] = counting.length;
        counting = undefined;
      }
      return { type: 'checked', question: question.name, bodies, trips };
    }
    case 'exit':
      for (const s of Object.values(servers)) s.close();
      await Promise.all([neo4jStore.close(), embeddedStore.close(), peerDriver.close()]);
      await server?.stop();
      setImmediate(() => process.exit(0));
      return { type: 'bye' };
  }
}
