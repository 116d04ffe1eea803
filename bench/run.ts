/**
 * `npm run bench -- --size 10k|100k|1m [--duration 1] [--warmup 1] [--rounds 2] [--connections 8]`
 *
 * Loads a synthetic graph of the given size in a server process, then times
 * every operation three ways, A/B interleaved in short rounds: GraphQL over
 * HTTP, a bare node:http server doing the same store work, and the store work
 * in process. Latency percentiles come from one connection, req/s from
 * `--connections`. Prints a Markdown table with ratios and PASS/FAIL per
 * target, and writes it with the raw numbers to bench-results/.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { ChildMessage, OperationInfo, ParentMessage } from './protocol.ts';
import { fmt, mailbox, percentiles } from './child.ts';
import { CLIENT_HEADERS, CLIENT_HEADERS_NOTE } from './client-headers.ts';

const SIZES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
/** Operations whose GraphQL p50 must barely grow with the graph: the answer is the same size at every scale. */
const GROWTH_TARGETS: [string, string, (ratio: number) => boolean][] = [
  ['neighborhood depth 2', '< 2×', (ratio) => ratio < 2],
  ['search', '≤ 2×', (ratio) => ratio <= 2],
  ['timeline', '≤ 2×', (ratio) => ratio <= 2],
  ['timeline (one year)', '≤ 2×', (ratio) => ratio <= 2],
  ['timeline (participant)', '≤ 2×', (ratio) => ratio <= 2],
];

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RESULTS = join(ROOT, 'bench-results');

// `--store neo4j`: ours on Neo4j beside @neo4j/graphql on the same database (bench/peer/run.ts).
const storeArg = process.argv.findIndex((arg) => arg === '--store' || arg.startsWith('--store='));
if (storeArg !== -1) {
  const store = process.argv[storeArg]!.includes('=') ? process.argv[storeArg]!.split('=')[1] : process.argv[storeArg + 1];
  if (store === 'neo4j') {
    const { runPeerBench } = await import('./peer/run.ts');
    await runPeerBench(process.argv.slice(2));
    process.exit(0);
  }
  if (store !== 'embedded') throw new Error(`--store must be embedded or neo4j; got ${store}`);
  process.argv.splice(storeArg, process.argv[storeArg]!.includes('=') ? 1 : 2);
}

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '10k' },
    duration: { type: 'string', default: '1' },
    warmup: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '8' },
    only: { type: 'string' },
    profile: { type: 'boolean', default: false },
    'response-cache': { type: 'string', default: 'off' },
  },
});
const responseCache = args['response-cache'] === 'on';
const size = args.size.toLowerCase();
const chosen = SIZES[size];
if (chosen === undefined) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}; got ${args.size}`);
const nodes: number = chosen;
const durationMs = Number(args.duration) * 1000;
const warmupMs = Number(args.warmup) * 1000;
const rounds = Number(args.rounds);
const connections = Number(args.connections);

interface Stats {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
}
interface ModeSamples {
  latency: number[];
  requests: number;
  seconds: number;
  errors: number;
}
type Mode = 'graphql' | 'bare' | 'direct';
const MODES: Mode[] = ['graphql', 'bare', 'direct'];

const started = performance.now();
console.log(`bench: ${nodes.toLocaleString('en')} nodes, ${rounds} rounds × ${args.duration}s per mode, ${connections} connections for req/s`);
console.log(`bench: ${CLIENT_HEADERS_NOTE}`);
console.log(`bench: response cache ${responseCache ? 'on: repeated requests are answered from it' : 'off (--response-cache on measures it)'}`);
const child = fork(join(ROOT, 'bench/server.ts'), [String(nodes), responseCache ? 'cache' : 'no-cache'], {
  // Measured as deployed: graphql-js skips its development-only checks in production, and the
  // server runs on Node's own type stripping, as `npm start` runs it (tsx would add source maps,
  // which make every Error's stack, and neo4j-driver takes one per query, ~2× as dear).
  env: { ...process.env, NODE_ENV: 'production' },
  execArgv: ['--expose-gc', ...(args.profile ? ['--cpu-prof', `--cpu-prof-dir=${join(RESULTS, 'profiles')}`] : [])],
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
});
const nextMessage = mailbox<ChildMessage>(child);
const ready = await next('ready');
console.log(
  `loaded ${ready.load.nodes.toLocaleString('en')} nodes in ${ready.load.nodeSeconds.toFixed(1)} s ` +
    `(${Math.round(ready.load.nodes / ready.load.nodeSeconds).toLocaleString('en')}/s), ` +
    `${ready.load.edges.toLocaleString('en')} relationships in ${ready.load.edgeSeconds.toFixed(1)} s ` +
    `(${Math.round(ready.load.edges / ready.load.edgeSeconds).toLocaleString('en')}/s), timeline buckets in ${ready.load.indexSeconds.toFixed(1)} s; RSS ${ready.rssAfterLoadMiB} MiB`,
);

interface Row {
  op: OperationInfo;
  graphqlTrips: number;
  floorTrips: number;
  sameBytes: boolean;
  bytes: number;
  /** RSS (MiB) around the first GraphQL and floor answers. */
  rss: { before: number; after: number };
  stats: Record<Mode, Stats>;
}
const rows: Row[] = [];
const selected = ready.operations.filter((op) => !args.only || op.name.includes(args.only));
for (const op of selected) {
  const checkStarted = performance.now();
  const check = await ask({ type: 'check', op: op.name }, 'checked');
  // One GraphQL and one floor answer: a first guess of the median before any sample.
  const estimateMs = (performance.now() - checkStarted) / 2;
  if (check.graphqlBody !== check.floorBody) {
    console.warn(`  ${op.name}: GraphQL and floor bodies differ\n    graphql ${check.graphqlBody.slice(0, 300)}\n    floor   ${check.floorBody.slice(0, 300)}`);
  }
  const samples = Object.fromEntries(
    MODES.map((mode): [Mode, ModeSamples] => [mode, { latency: [], requests: 0, seconds: 0, errors: 0 }]),
  ) as Record<Mode, ModeSamples>;
  // Unrecorded load first, so every mode is measured with its code optimised and caches filled.
  for (const mode of MODES) if (warmupMs > 0) await measure(mode, op, connections, warmupMs);
  for (let round = 0; round < rounds; round += 1) {
    // Alternate the order each round so drift on a shared machine hits every mode alike.
    const order = round % 2 === 0 ? MODES : [...MODES].reverse();
    for (const mode of order) {
      // Slow operations get longer windows: enough requests to count, within a cap.
      const latency = await measure(mode, op, 1, durationFor(samples[mode], 5, estimateMs));
      for (const value of latency.latency) samples[mode].latency.push(value);
      samples[mode].errors += latency.errors;
      const load = await measure(mode, op, connections, durationFor(samples[mode], 2 * connections, estimateMs));
      samples[mode].requests += load.requests;
      samples[mode].seconds += load.seconds;
      samples[mode].errors += load.errors;
    }
  }
  const stats = Object.fromEntries(MODES.map((mode) => [mode, summarise(samples[mode])])) as Record<Mode, Stats>;
  rows.push({ op, graphqlTrips: check.graphqlTrips, floorTrips: check.floorTrips, sameBytes: check.graphqlBody === check.floorBody, bytes: check.graphqlBody.length, rss: { before: check.rssBeforeMiB, after: check.rssMiB }, stats });
  console.log(
    `  ${op.name.padEnd(30)} p50 graphql ${fmt(stats.graphql.p50)} bare ${fmt(stats.bare.p50)} direct ${fmt(stats.direct.p50)} ms; ` +
      `req/s ${Math.round(stats.graphql.rps)} / ${Math.round(stats.bare.rps)} / ${Math.round(stats.direct.rps)}`,
  );
}
const memory = await ask({ type: 'memory' }, 'memory');
await ask({ type: 'exit' }, 'bye');

const report = render();
console.log(`\n${report}`);
mkdirSync(RESULTS, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(join(RESULTS, `bench-${size}-${stamp}.md`), `${report}\n`);
writeFileSync(
  join(RESULTS, `bench-${size}-${stamp}.json`),
  `${JSON.stringify({ size, nodes, durationMs, rounds, connections, load: ready.load, rssAfterLoadMiB: ready.rssAfterLoadMiB, rssAfterRunMiB: memory.rssMiB, rows }, null, 2)}\n`,
);
console.log(`\nresults in bench-results/bench-${size}-${stamp}.{md,json}; total ${((performance.now() - started) / 1000).toFixed(0)} s`);

// ---

/** The window for a measurement: `--duration`, or long enough for `requests` at the median seen so far (at most 20 s). */
function durationFor(samples: ModeSamples, requests: number, estimateMs: number): number {
  const sorted = [...samples.latency].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? estimateMs;
  return Math.min(20_000, Math.max(durationMs, median * requests));
}

async function measure(mode: Mode, op: OperationInfo, concurrency: number, windowMs: number): Promise<ModeSamples> {
  // Requests still queued from the last window would slow this one down.
  await ask({ type: 'settle' }, 'settled');
  if (mode === 'direct') {
    const result = await ask({ type: 'direct', op: op.name, durationMs: windowMs, concurrency }, 'direct');
    return { latency: result.samples, requests: result.samples.length, seconds: result.seconds, errors: result.errors };
  }
  const url =
    mode === 'graphql'
      ? `http://127.0.0.1:${ready.graphqlPort}/graphql`
      : `http://127.0.0.1:${ready.barePort}/${encodeURIComponent(op.name)}`;
  const latency: number[] = [];
  const instance = autocannon(
    {
      url,
      method: 'POST',
      headers: mode === 'graphql' ? CLIENT_HEADERS : { 'content-type': 'application/json' },
      body: JSON.stringify({ query: op.query, variables: op.variables }),
      connections: concurrency,
      duration: windowMs / 1000,
      timeout: 60,
    },
    () => {},
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => latency.push(responseTime));
  const result = await new Promise<autocannon.Result>((resolve) => instance.on('done', resolve));
  return {
    latency,
    requests: result.requests.total,
    seconds: result.duration,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

function summarise(samples: ModeSamples): Stats {
  return {
    ...percentiles(samples.latency),
    rps: samples.requests / Math.max(0.001, samples.seconds),
    requests: samples.requests,
    errors: samples.errors,
  };
}

function render(): string {
  const lines: string[] = [];
  lines.push(`### ${nodes.toLocaleString('en')} nodes, ${ready.load.edges.toLocaleString('en')} relationships`);
  lines.push('');
  lines.push(
    `Load: nodes ${ready.load.nodeSeconds.toFixed(1)} s (${Math.round(ready.load.nodes / ready.load.nodeSeconds).toLocaleString('en')}/s), ` +
      `relationships ${ready.load.edgeSeconds.toFixed(1)} s (${Math.round(ready.load.edges / ready.load.edgeSeconds).toLocaleString('en')}/s), ` +
      `timeline buckets ${ready.load.indexSeconds.toFixed(1)} s (${(ready.load.nodeSeconds + ready.load.edgeSeconds + ready.load.indexSeconds).toFixed(0)} s in all). ` +
      `RSS after load ${ready.rssAfterLoadMiB} MiB, after the run ${memory.rssMiB} MiB. ` +
      `Latency at 1 connection (ms, p50/p95/p99), req/s at ${connections} connections, ${rounds} interleaved rounds of ${args.duration} s per mode after ${args.warmup} s of unrecorded load.`,
  );
  lines.push('');
  lines.push('| operation | GraphQL p50/p95/p99 | bare http p50/p95/p99 | direct p50/p95/p99 | GraphQL req/s | bare req/s | direct req/s | round trips (depth) | bytes | same bytes |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    const s = row.stats;
    const trip = `${row.graphqlTrips} (${row.op.depth})`;
    lines.push(
      `| ${row.op.name} | ${triple(s.graphql)} | ${triple(s.bare)} | ${triple(s.direct)} | ${Math.round(s.graphql.rps)} | ${Math.round(s.bare.rps)} | ${Math.round(s.direct.rps)} | ${trip} | ${row.bytes} | ${row.sameBytes ? 'yes' : 'NO'} |`,
    );
  }
  for (const row of rows.filter((r) => r.op.name.startsWith('hub'))) {
    lines.push('', `${row.op.name}: the hub has ~${Math.round(nodes / 8).toLocaleString('en')} neighbours; RSS ${row.rss.before} → ${row.rss.after} MiB around its first answers.`);
  }
  const errors = rows.filter((row) => MODES.some((mode) => row.stats[mode].errors > 0));
  if (errors.length > 0) lines.push('', `Errors (non-2xx, timeouts) in: ${errors.map((row) => row.op.name).join(', ')}`);

  lines.push('', '| target | measured | verdict |', '|---|---|---|');
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  for (const row of rows.filter((r) => r.op.group === 'lookup')) {
    const ratio = row.stats.graphql.rps / row.stats.bare.rps;
    lines.push(`| ${row.op.name}: GraphQL req/s ≥ 0.70 × bare http | ${ratio.toFixed(2)} × | ${verdict(ratio >= 0.7)} |`);
  }
  for (const row of rows.filter((r) => r.op.group === 'traversal')) {
    const ratio = row.stats.graphql.p50 / row.stats.direct.p50;
    const applies = nodes >= 100_000 ? '' : ' (target applies at 100k and 1M)';
    lines.push(`| ${row.op.name}: GraphQL p50 ≤ 1.2 × direct${applies} | ${ratio.toFixed(2)} × | ${verdict(ratio <= 1.2)} |`);
  }
  for (const row of rows) {
    lines.push(`| ${row.op.name}: round trips ≤ selection depth | ${row.graphqlTrips} ≤ ${row.op.depth} | ${verdict(row.graphqlTrips <= row.op.depth)} |`);
  }
  for (const [name, target, passes] of GROWTH_TARGETS) {
    const growth = growthOf(name, passes);
    if (growth) lines.push(`| ${name}: p50 grows ${target} from 10k to 1M | ${growth} |`);
  }
  return lines.join('\n');
}

/** Compares this run's p50 of an operation with the latest run at the other end of 10k…1M, when there is one. */
function growthOf(name: string, passes: (ratio: number) => boolean): string | undefined {
  const other = size === '1m' ? '10k' : size === '10k' ? '1m' : undefined;
  const mine = rows.find((row) => row.op.name === name);
  if (!other || !mine || !existsSync(RESULTS)) return undefined;
  const files = readdirSync(RESULTS).filter((file) => file.startsWith(`bench-${other}-`) && file.endsWith('.json')).sort().reverse();
  const theirs = files
    .map((file) => (JSON.parse(readFileSync(join(RESULTS, file), 'utf8')) as { rows: Row[] }).rows)
    .map((saved) => saved.find((row) => row.op.name === name))
    .find((row) => row !== undefined);
  if (!theirs) return undefined;
  const [small, large] = size === '1m' ? [theirs, mine] : [mine, theirs];
  const ratio = large.stats.graphql.p50 / small.stats.graphql.p50;
  return `${fmt(small.stats.graphql.p50)} → ${fmt(large.stats.graphql.p50)} ms (${ratio.toFixed(2)} ×, answers ${small.bytes} / ${large.bytes} bytes) | ${passes(ratio) ? 'PASS' : 'FAIL'}`;
}

function triple(s: Stats): string {
  return `${fmt(s.p50)} / ${fmt(s.p95)} / ${fmt(s.p99)}`;
}

async function next<T extends ChildMessage['type']>(type: T): Promise<Extract<ChildMessage, { type: T }>> {
  const message = await nextMessage();
  if (message.type === 'error') throw new Error(`bench server: ${message.message}`);
  if (message.type !== type) throw new Error(`bench server sent ${message.type}, expected ${type}`);
  return message as Extract<ChildMessage, { type: T }>;
}

function ask<T extends ChildMessage['type']>(message: ParentMessage, reply: T): Promise<Extract<ChildMessage, { type: T }>> {
  child.send(message);
  return next(reply);
}
