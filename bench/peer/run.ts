/**
 * `npm run bench -- --store neo4j [--size 10k|100k] [--duration 2] [--warmup 2] [--rounds 3] [--connections 8] [--only text]`
 *
 * Ours on Neo4j beside `@neo4j/graphql` 7 on the same database, and ours on the embedded engine,
 * asked the same questions (bench/peer/questions.ts) by the same client with the same headers,
 * interleaved in short rounds (the order rotates each round): latency percentiles at one
 * connection, req/s at `--connections`. Prints a Markdown table with the targets — ours on Neo4j
 * at ≤ 0.5 × the peer's p50 and ≥ 2 × its req/s, and ≤ 1.5 × ours on the embedded engine — and
 * the CPU each request costs at `--connections`, in the server process and in Neo4j's JVM (read
 * from /proc around each window), so that a gap shows on which side it is; and writes it with the
 * raw numbers to bench-results/.
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { fmt, mailbox, percentiles, processCpuMs } from '../child.ts';
import { CLIENT_HEADERS, CLIENT_HEADERS_NOTE } from '../client-headers.ts';
import type { PeerChild, PeerParent, Target } from './protocol.ts';
import type { Question } from './questions.ts';

const SIZES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TARGETS: Target[] = ['ours', 'peer', 'embedded'];
const LABEL: Record<Target, string> = { ours: 'ours on Neo4j', peer: '@neo4j/graphql', embedded: 'ours embedded' };

interface Stats {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  /** CPU per request at `--connections` (ms): the bench's server process (every endpoint's, one at a time), and Neo4j's JVM (null when not the project's own). */
  cpu: { server: number | null; neo4j: number | null };
}

export async function runPeerBench(argv: string[]): Promise<void> {
  const { values: args } = parseArgs({
    args: argv,
    options: {
      store: { type: 'string' },
      size: { type: 'string', default: '10k' },
      duration: { type: 'string', default: '2' },
      warmup: { type: 'string', default: '2' },
      rounds: { type: 'string', default: '3' },
      connections: { type: 'string', default: '8' },
      only: { type: 'string' },
    },
  });
  const chosen = SIZES[args.size.toLowerCase()];
  if (chosen === undefined) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}; got ${args.size}`);
  const nodes: number = chosen;
  const windowMs = Number(args.duration) * 1000;
  const connections = Number(args.connections);
  const started = performance.now();
  console.log(`bench --store neo4j: ${nodes.toLocaleString('en')} nodes, ${args.rounds} rounds × ${args.duration} s per endpoint, ${connections} connections for req/s`);
  console.log(`bench: ${CLIENT_HEADERS_NOTE}`);
  console.log('bench: response cache off on ours (the peer has none)');

  const child = fork(join(ROOT, 'bench/peer/server.ts'), [String(nodes)], {
    // As bench/run.ts runs its server: as deployed, on Node's own type stripping, as `npm start` does.
    env: { ...process.env, NODE_ENV: 'production' },
    execArgv: [],
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  const inbox = mailbox<PeerChild>(child);
  const ask = async <T extends PeerChild['type']>(message: PeerParent | null, reply: T) => {
    if (message) child.send(message);
    const answer = await inbox();
    if (answer.type === 'error') throw new Error(`bench server: ${answer.message}`);
    if (answer.type !== reply) throw new Error(`bench server sent ${answer.type}, expected ${reply}`);
    return answer as Extract<PeerChild, { type: T }>;
  };
  const ready = await ask(null, 'ready');
  const { neo4j: neo4jLoad, embedded: embeddedLoad } = ready.loads;
  console.log(`on ${ready.neo4j}; loaded ${neo4jLoad.nodes.toLocaleString('en')} nodes, ${neo4jLoad.edges.toLocaleString('en')} relationships into Neo4j in ${(neo4jLoad.nodeSeconds + neo4jLoad.edgeSeconds).toFixed(1)} s, into the embedded engine in ${(embeddedLoad.nodeSeconds + embeddedLoad.edgeSeconds).toFixed(1)} s`);

  const rows: { question: Question; trips: Partial<Record<Target, number>>; bytes: Partial<Record<Target, number>>; stats: Partial<Record<Target, Stats>> }[] = [];
  for (const question of ready.questions.filter((q) => !args.only || q.name.includes(args.only))) {
    const check = await ask({ type: 'check', question: question.name }, 'checked');
    const targets = TARGETS.filter((target) => check.bodies[target] !== undefined);
    for (const target of targets) {
      const body = check.bodies[target]!;
      if (!body.startsWith('{"data"') || body.includes('"errors"')) console.warn(`  ${question.name}, ${LABEL[target]}: ${body.slice(0, 300)}`);
    }
    const samples = Object.fromEntries(targets.map((t) => [t, { latency: [] as number[], requests: 0, seconds: 0, errors: 0, cpu: { server: 0, neo4j: 0 } as Cpu }]));
    for (const target of targets) await load(target, question, connections, Number(args.warmup) * 1000);
    for (let round = 0; round < Number(args.rounds); round += 1) {
      // Rotate the order each round, so drift on a shared machine falls on every endpoint alike.
      const order = targets.map((_, i) => targets[(i + round) % targets.length]!);
      for (const target of order) {
        const sample = samples[target]!;
        const one = await load(target, question, 1, windowMs);
        sample.latency.push(...one.latency);
        const before = cpuNow();
        const many = await load(target, question, connections, windowMs);
        const spent = cpuSince(before);
        sample.cpu = { server: add(sample.cpu.server, spent.server), neo4j: add(sample.cpu.neo4j, spent.neo4j) };
        sample.requests += many.requests;
        sample.seconds += many.seconds;
        sample.errors += one.errors + many.errors;
      }
    }
    const stats = Object.fromEntries(targets.map((t) => [t, summarise(samples[t]!)])) as Partial<Record<Target, Stats>>;
    const bytes = Object.fromEntries(targets.map((t) => [t, check.bodies[t]!.length]));
    rows.push({ question, trips: check.trips, bytes, stats });
    console.log(`  ${question.name.padEnd(32)} p50 ${targets.map((t) => `${LABEL[t]} ${fmt(stats[t]!.p50)}`).join(', ')} ms; req/s ${targets.map((t) => Math.round(stats[t]!.rps)).join(' / ')}; CPU a request ${targets.map((t) => cpuCell(stats[t]!)).join(' / ')} ms`);
  }
  await ask({ type: 'exit' }, 'bye');

  const report = render();
  console.log(`\n${report}`);
  const results = join(ROOT, 'bench-results');
  mkdirSync(results, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(results, `bench-neo4j-${args.size}-${stamp}.md`), `${report}\n`);
  writeFileSync(join(results, `bench-neo4j-${args.size}-${stamp}.json`), `${JSON.stringify({ nodes, neo4j: ready.neo4j, loads: ready.loads, connections, windowMs, rows }, null, 2)}\n`);
  console.log(`\nresults in bench-results/bench-neo4j-${args.size}-${stamp}.{md,json}; total ${((performance.now() - started) / 1000).toFixed(0)} s`);

  function cpuNow(): Cpu {
    return { server: processCpuMs(ready.pids.server), neo4j: ready.pids.jvm === null ? null : processCpuMs(ready.pids.jvm) };
  }
  function cpuSince(before: Cpu): Cpu {
    const now = cpuNow();
    const less = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
    return { server: less(now.server, before.server), neo4j: less(now.neo4j, before.neo4j) };
  }

  async function load(target: Target, question: Question, concurrency: number, ms: number) {
    const ask = target === 'peer' ? question.peer! : question.ours;
    const latency: number[] = [];
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${ready.ports[target]}/graphql`,
        method: 'POST',
        headers: CLIENT_HEADERS,
        body: JSON.stringify(ask),
        connections: concurrency,
        duration: ms / 1000,
        timeout: 60,
      },
      () => {},
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latency.push(responseTime));
    const result = await new Promise<autocannon.Result>((resolve) => instance.on('done', resolve));
    // Let requests still queued on the server drain before the next window.
    await new Promise((resolve) => setTimeout(resolve, 250));
    return { latency, requests: result.requests.total, seconds: result.duration, errors: result.errors + result.timeouts + result.non2xx };
  }

  function render(): string {
    const lines = [
      `### ${nodes.toLocaleString('en')} nodes, ${neo4jLoad.edges.toLocaleString('en')} relationships — ours on Neo4j beside @neo4j/graphql 7.6.3`,
      '',
      `${ready.neo4j}. Latency at 1 connection (ms, p50 / p95 / p99), req/s at ${connections} connections, ${args.rounds} interleaved rounds of ${args.duration} s per endpoint after ${args.warmup} s of unrecorded load; ${CLIENT_HEADERS_NOTE}.`,
      '',
      '| question | ours on Neo4j | @neo4j/graphql | ours embedded | req/s ours / peer / embedded | round trips (ours) | bytes ours / peer |',
      '|---|---|---|---|---|---|---|',
    ];
    const cell = (s: Stats | undefined) => (s ? `${fmt(s.p50)} / ${fmt(s.p95)} / ${fmt(s.p99)}` : 'cannot express');
    for (const { question, stats, trips, bytes } of rows) {
      const rps = TARGETS.map((t) => (stats[t] ? String(Math.round(stats[t].rps)) : '—')).join(' / ');
      lines.push(`| ${question.name} | ${cell(stats.ours)} | ${cell(stats.peer)} | ${cell(stats.embedded)} | ${rps} | ${trips.ours} | ${bytes.ours} / ${bytes.peer ?? '—'} |`);
    }
    lines.push(
      '',
      `CPU a request at ${connections} connections (ms; the bench's server process, which serves every endpoint one at a time, and Neo4j's JVM; from /proc, over every round's window):`,
      '',
      '| question | ours on Neo4j: server / Neo4j | @neo4j/graphql: server / Neo4j | ours embedded: server |',
      '|---|---|---|---|',
    );
    const ms = (value: number | null) => (value === null ? '—' : fmt(value));
    const both = (s: Stats | undefined) => (s ? `${ms(s.cpu.server)} / ${ms(s.cpu.neo4j)}` : '—');
    for (const { question, stats } of rows) lines.push(`| ${question.name} | ${both(stats.ours)} | ${both(stats.peer)} | ${stats.embedded ? ms(stats.embedded.cpu.server) : '—'} |`);
    lines.push('', '| target | measured | verdict |', '|---|---|---|');
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
    for (const { question, stats } of rows) {
      const { ours, peer, embedded } = stats;
      if (!ours) continue;
      if (peer) {
        lines.push(`| ${question.name}: p50 ≤ 0.5 × @neo4j/graphql | ${(ours.p50 / peer.p50).toFixed(2)} × | ${verdict(ours.p50 <= 0.5 * peer.p50)} |`);
        lines.push(`| ${question.name}: req/s ≥ 2 × @neo4j/graphql | ${(ours.rps / peer.rps).toFixed(2)} × | ${verdict(ours.rps >= 2 * peer.rps)} |`);
      }
      if (embedded) lines.push(`| ${question.name}: p50 ≤ 1.5 × ours embedded | ${(ours.p50 / embedded.p50).toFixed(2)} × | ${verdict(ours.p50 <= 1.5 * embedded.p50)} |`);
    }
    const errors = rows.filter((row) => Object.values(row.stats).some((s) => s.errors > 0)).map((row) => row.question.name);
    if (errors.length > 0) lines.push('', `Errors (non-2xx, timeouts) in: ${errors.join(', ')}`);
    return lines.join('\n');
  }
}

type Cpu = Record<'server' | 'neo4j', number | null>;
const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);

/** A target's CPU a request, the server process's plus Neo4j's, as one figure for the progress line. */
const cpuCell = (stats: Stats) => (stats.cpu.server === null ? '—' : fmt(stats.cpu.server + (stats.cpu.neo4j ?? 0)));

function summarise(samples: { latency: number[]; requests: number; seconds: number; errors: number; cpu: Cpu }): Stats {
  const perRequest = (ms: number | null) => (ms === null || samples.requests === 0 ? null : ms / samples.requests);
  return {
    ...percentiles(samples.latency),
    rps: samples.requests / Math.max(0.001, samples.seconds),
    errors: samples.errors,
    cpu: { server: perRequest(samples.cpu.server), neo4j: perRequest(samples.cpu.neo4j) },
  };
}

