/**
 * Load test: holds 50 connections for 60 s of mixed operations against a real server
 * process (the service itself, on an in-memory store), then reports requests, errors,
 * latency percentiles and the server's RSS over time. Exits 1 on any error or when RSS
 * grows between the first and the last 20 s by more than 10 %.
 *
 * A warm-up (10 s by default, not counted) lets the JIT, the heap and the engine's caches
 * reach their working size first, so that growth measured afterwards is a trend, not start-up.
 *
 *   npm run load -- [--duration 60] [--connections 50] [--warmup 10] [--url http://host:port]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { CLIENT_HEADERS } from '../bench/client-headers.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '10' },
    url: { type: 'string' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const warmup = Number(values.warmup);

const OPERATIONS = [
  '{ node(id: "john-bolton") { id ... on Entity { name aliases } } }',
  '{ search(query: "lukashenko", first: 5) { matchType node { id } } }',
  '{ neighborhood(id: "john-bolton", depth: 2, limit: 200) { truncated nodes { id label kind } edges { id source target type } } }',
  '{ shortestPath(from: "arsen-sivistky", to: "aliaksandr-lukashenka") { length nodes { id } edges { id evidence } } }',
  '{ allShortestPaths(from: "bill-clinton", to: "melania-trump", first: 20) { length } }',
  '{ timeline(from: "1993-01-01", to: "2019-12-31") { id date eventType } }',
  '{ statements(speaker: "john-bolton") { text reportedIn { title } } }',
  '{ node(id: "john-bolton") { ... on Person { roles { role node { id } } meetings { date node { id } sources { title } } statements { text about { id } } } } }',
  '{ subgraph(ids: ["john-bolton", "aliaksandr-lukashenka", "uladzimir-makei", "belarus-mfa", "minsk"]) { nodes { id } edges { id } } }',
];

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startServer(): Promise<{ url: string; pid: number; stop: () => void }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['src/main.ts'], {
    env: { ...process.env, PORT: String(port), GRAFEO_PATH: ':memory:', LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const started = Date.now();
  while (Date.now() - started < 30_000) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const ready = await fetch(`${url}/ready`).then((response) => response.ok, () => false);
    if (ready) return { url, pid: child.pid!, stop: () => child.kill('SIGTERM') };
  }
  child.kill('SIGKILL');
  throw new Error('the server did not start within 30 s');
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const server = values.url ? { url: values.url, pid: 0, stop: () => {} } : await startServer();
console.log(`load: ${connections} connections for ${duration} s against ${server.url}/graphql (${OPERATIONS.length} operations, mixed)`);
const run = (seconds: number) =>
  autocannon({
    url: `${server.url}/graphql`,
    connections,
    duration: seconds,
    requests: OPERATIONS.map((query) => ({
      method: 'POST',
      headers: CLIENT_HEADERS,
      body: JSON.stringify({ query }),
    })),
  });
if (warmup > 0) {
  const warm = await run(warmup);
  console.log(`warm-up: ${warm.requests.total} requests in ${warmup} s (not counted)`);
}
const samples: number[] = [];
const sampler = server.pid ? setInterval(() => samples.push(rssMiB(server.pid)), 1000) : undefined;
const result = await run(duration);
if (sampler) clearInterval(sampler);
server.stop();

const mean = (list: number[]) => list.reduce((sum, n) => sum + n, 0) / Math.max(1, list.length);
const window = Math.min(20, Math.floor(samples.length / 3));
const first = mean(samples.slice(0, window));
const last = mean(samples.slice(-window));
const growth = first > 0 ? (last - first) / first : 0;
const errors = result.errors + result.timeouts + result.non2xx;
console.log(
  [
    `requests ${result.requests.total} (${Math.round(result.requests.average)} req/s)`,
    `errors ${errors} (errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`,
    `latency p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    server.pid ? `server RSS first ${window} s ${first.toFixed(1)} MiB, last ${window} s ${last.toFixed(1)} MiB (${(growth * 100).toFixed(1)} %)` : 'server RSS not sampled (external URL)',
  ].join('\n'),
);
if (samples.length > 0) {
  const trend = samples.filter((_, i) => i % 10 === 0).map((mib) => mib.toFixed(0));
  console.log(`server RSS every 10 s (MiB): ${trend.join(' → ')}`);
}
const ok = errors === 0 && growth <= 0.1;
console.log(ok ? 'load: PASS' : 'load: FAIL');
process.exit(ok ? 0 : 1);
