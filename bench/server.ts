/**
 * The benchmark's server process: generates and loads the synthetic graph
 * into an in-memory embedded store, then serves it twice — the GraphQL app
 * (createApp) and a bare `node:http` floor doing the same store work — and
 * answers the harness over IPC: in-process floor timings, round-trip counts,
 * memory. Started by bench/run.ts with `fork`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/server/create-app.ts';
import { createEmbeddedStore } from '../src/store/embedded/embedded-store.ts';
import type { QueryEvent } from '../src/store/runner.ts';
import { createQueryRunner } from '../src/store/runner.ts';
import { CLIENT_HEADERS } from './client-headers.ts';
import { syntheticGraph } from './generate.ts';
import { loadGraph } from './load.ts';
import { operations, selectionDepth } from './operations.ts';
import type { ChildMessage, ParentMessage } from './protocol.ts';

const nodes = Number(process.argv[2]);
const send = (message: ChildMessage) => process.send?.(message);
const mib = () => Math.round(process.memoryUsage().rss / 1048576);

// The bench measures the engine as it is: a query budget far above any operation's time.
const store = createEmbeddedStore({ path: null, queryTimeoutMs: 300_000 });
const graph = syntheticGraph({ nodes });
const load = await loadGraph(store, graph);
globalThis.gc?.();
const rssAfterLoad = mib();

let lastQueryAt = 0;
const listener = () => {
  lastQueryAt = performance.now();
};

/** Waits until the store has been idle for a while: requests a load run left queued have drained. */
async function settle(): Promise<void> {
  while (performance.now() - lastQueryAt < 250) await new Promise((resolve) => setTimeout(resolve, 50));
}
// The service's response cache, off unless the run measures it (bench/run.ts --response-cache on).
const graphqlApp = createApp({ store, queryListeners: [listener], responseCache: { maxEntries: process.argv[3] === 'cache' ? 1000 : 0 } });
const runner = createQueryRunner(store, [listener]);
// The check counts round trips through an app and a runner of its own, so that
// queries of load requests still in flight when it starts are never counted.
const checked: QueryEvent[] = [];
const checkListener = (event: QueryEvent) => checked.push(event);
const checkApp = createApp({ store, queryListeners: [listener, checkListener], responseCache: { maxEntries: 0 } });
const checkRunner = createQueryRunner(store, [listener, checkListener]);
const ops = operations(graph);
const byName = new Map(ops.map((op) => [op.name, op]));

const graphqlServer = createServer(graphqlApp);
const bareServer = createServer((request, response) => {
  const op = byName.get(decodeURIComponent((request.url ?? '').slice(1)));
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    if (!op) {
      response.writeHead(404).end();
      return;
    }
    // Read the body as the GraphQL server does, then do the store work only.
    JSON.parse(Buffer.concat(chunks).toString('utf8'));
    op.floor(runner).then(
      (data) => {
        const body = JSON.stringify({ data });
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        response.end(body);
      },
      (error: Error) => {
        response.writeHead(500).end(error.message);
      },
    );
  });
});
await Promise.all([listen(graphqlServer), listen(bareServer)]);

// The apps read the graph's degree statistics (for the cost estimate) as they start: a whole-graph
// aggregate, ~20 s at 1M nodes. Measure once both have them, as a service is measured once started.
const warmedIn = performance.now();
for (const app of [graphqlApp, checkApp]) {
  for (;;) {
    const response = await app.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ node(id: "warm-up") { id } }' }) });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    if (body.errors?.[0]?.extensions?.code !== 'REQUEST_TIMEOUT') break;
  }
}
process.stderr.write(`degree statistics read in ${((performance.now() - warmedIn) / 1000).toFixed(1)} s\n`);
send({
  type: 'ready',
  load,
  rssAfterLoadMiB: rssAfterLoad,
  graphqlPort: (graphqlServer.address() as AddressInfo).port,
  barePort: (bareServer.address() as AddressInfo).port,
  operations: ops.map((op) => ({ name: op.name, group: op.group, query: op.query, variables: op.variables, depth: selectionDepth(op.query) })),
});

process.on('message', (message: ParentMessage) => {
  handle(message).then(send, (error: Error) => send({ type: 'error', message: error.stack ?? error.message }));
});

async function handle(message: ParentMessage): Promise<ChildMessage> {
  switch (message.type) {
    case 'check': {
      const op = byName.get(message.op)!;
      await settle();
      const rssBeforeMiB = mib();
      checked.length = 0;
      const response = await checkApp.fetch('http://bench/graphql', {
        method: 'POST',
        headers: CLIENT_HEADERS,
        body: JSON.stringify({ query: op.query, variables: op.variables }),
      });
      const graphqlBody = await response.text();
      const graphqlTrips = checked.length;
      checked.length = 0;
      const floorBody = JSON.stringify({ data: await op.floor(checkRunner) });
      const floorTrips = checked.length;
      return { type: 'checked', op: op.name, graphqlTrips, floorTrips, graphqlBody, floorBody, rssBeforeMiB, rssMiB: mib() };
    }
    case 'direct': {
      const op = byName.get(message.op)!;
      const samples: number[] = [];
      let errors = 0;
      const until = performance.now() + message.durationMs;
      const started = performance.now();
      const worker = async () => {
        while (performance.now() < until) {
          const t = performance.now();
          try {
            JSON.stringify({ data: await op.floor(runner) });
            samples.push(performance.now() - t);
          } catch {
            errors += 1;
          }
        }
      };
      await Promise.all(Array.from({ length: message.concurrency }, worker));
      return { type: 'direct', samples, errors, seconds: (performance.now() - started) / 1000 };
    }
    case 'settle':
      await settle();
      return { type: 'settled' };
    case 'memory':
      globalThis.gc?.();
      return { type: 'memory', rssMiB: mib(), heapMiB: Math.round(process.memoryUsage().heapUsed / 1048576) };
    case 'exit':
      graphqlServer.close();
      bareServer.close();
      await store.close();
      setImmediate(() => process.exit(0));
      return { type: 'bye' };
  }
}

function listen(server: ReturnType<typeof createServer>): Promise<void> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
}
