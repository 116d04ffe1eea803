import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { connect, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import { seedGraph } from '../../src/store/seed.ts';
import { runToExit, startService } from '../testkit/processes.ts';

/** Runs the service expecting it to fail at start: its exit code, what it wrote and how long it took. */
async function failedStart(env: Record<string, string>): Promise<{ code: number | null; stderr: string; ms: number }> {
  const { code, output, ms } = await runToExit(['src/main.ts'], { PORT: '0', ...env });
  return { code, stderr: output, ms };
}

/**
 * The service as a process: stopping under load (to `npm start` and to node), HTTP
 * timeouts against a trickling client, addresses it cannot listen on, and store locations it
 * cannot use or only read.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'actor-graph-process-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Eight whole-graph neighbourhoods in one answer: about a megabyte, more than a socket buffers. */
const BIG = `{ ${Array.from(
  { length: 8 },
  (_, i) => `n${i}: neighborhood(id: "john-bolton", depth: 3, limit: 500) { nodes { id label kind aliases description } edges { id source target type evidence sources } }`,
).join(' ')} }`;

interface Answer {
  status: number;
  body: string;
}

/** Posts `query`, but reads nothing of the answer until `reading` resolves: a slow client. */
function slowClient(url: string, query: string, reading: Promise<unknown>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query });
    const req = request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res: IncomingMessage) => {
      res.pause();
      void reading.then(() => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
        res.resume();
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const pidOf = (output: string) => Number(/"pid":(\d+)/.exec(output)?.[1]);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
async function gone(pid: number, withinMs: number): Promise<boolean> {
  const until = performance.now() + withinMs;
  while (performance.now() < until) {
    if (!alive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !alive(pid);
}
const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

describe('stopping under load', () => {
  it.each([
    ['SIGTERM to npm start', 'SIGTERM', true],
    ['SIGINT to node', 'SIGINT', false],
  ] as const)('%s: every answer in flight arrives whole, then the process exits and frees the port and the store', { timeout: 60_000 }, async (_name, signal, npm) => {
    const file = join(dir, `graph-${signal}.grafeo`);
    const service = await startService({ GRAFEO_PATH: file, SHUTDOWN_DRAIN_MS: '15000' }, 60_000, { npm });
    const pid = pidOf(service.output());
    const port = Number(new URL(service.url).port);
    let signalled!: () => void;
    const afterSignal = new Promise<void>((resolve) => (signalled = resolve));
    const answers = Array.from({ length: 6 }, () => slowClient(service.url, BIG, afterSignal));
    await new Promise((resolve) => setTimeout(resolve, 300)); // the answers are being written, their readers paused
    const stoppedAt = performance.now();
    service.child.kill(signal);
    while (!service.output().includes('"msg":"shutting down"')) await new Promise((resolve) => setTimeout(resolve, 20));
    // No new connection is taken once stopping has begun.
    await expect(fetch(`${service.url}/livez`)).rejects.toThrow();
    signalled();

    const whole = await Promise.all(answers);
    for (const answer of whole) {
      expect(answer.status).toBe(200);
      const parsed = JSON.parse(answer.body) as { data?: Record<string, { nodes: unknown[] }>; errors?: unknown };
      expect(parsed.errors).toBeUndefined();
      expect(Object.keys(parsed.data ?? {})).toHaveLength(8);
    }
    expect(await gone(pid, 20_000)).toBe(true);
    const drained = performance.now() - stoppedAt;
    await new Promise((resolve) => setTimeout(resolve, 100)); // its last lines, still in the pipe
    expect(service.output()).toMatch(/"msg":"stopped","finished":\d,"cut":0/);
    if (!npm) expect((await service.exit).code).toBe(0);
    expect(await portFree(port)).toBe(true);
    const sizes = whole.map((answer) => `${Math.round(Buffer.byteLength(answer.body) / 1024)} kB`).join(', ');
    console.log(`${signal}${npm ? ' to npm start' : ''}: 6 answers arrived whole (${sizes}), the process was gone ${Math.round(drained)} ms after the signal`);

    // The store's lock went with it: the next start opens the same file.
    const next = await startService({ GRAFEO_PATH: file });
    expect(await next.stop()).toBe(0);
  });
});

describe('HTTP timeouts', () => {
  /** Writes `parts` one by one, `gapMs` apart; resolves with when the server closed the connection and what it sent. */
  function trickle(port: number, parts: string[], gapMs: number) {
    return new Promise<{ closedAfterMs: number; reply: string }>((resolve) => {
      const started = performance.now();
      const socket = connect(port, '127.0.0.1');
      let reply = '';
      let timer: NodeJS.Timeout | undefined;
      socket.on('data', (chunk) => (reply += chunk));
      socket.on('error', () => {});
      socket.on('close', () => {
        clearTimeout(timer);
        resolve({ closedAfterMs: performance.now() - started, reply });
      });
      const next = (i: number) => {
        if (i >= parts.length || socket.destroyed) return;
        socket.write(parts[i]!);
        timer = setTimeout(() => next(i + 1), gapMs);
      };
      socket.on('connect', () => next(0));
    });
  }

  it('cuts off a client that trickles its headers or its body, and keeps serving others', { timeout: 60_000 }, async () => {
    const service = await startService({ GRAFEO_PATH: ':memory:', HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_REQUEST_TIMEOUT_MS: '2000' });
    const port = Number(new URL(service.url).port);
    try {
      const head = 'POST /graphql HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\n';
      const headers = trickle(port, [...head].map((c) => c), 200); // one byte every 200 ms: ~14 s of headers
      const body = '{"query":"{ __typename }"}'.padEnd(200, ' ');
      const bodyTrickle = trickle(port, [`${head}content-length: ${body.length}\r\n\r\n`, ...[...body].map((c) => c)], 200);
      const fine = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(fine.status).toBe(200);
      const [h, b] = await Promise.all([headers, bodyTrickle]);
      // Left alone, the headers would take ~14 s to arrive and the body ~40 s; the limits are 1 s and
      // 2 s, checked every second. The bounds leave room for a machine busy with other work.
      expect(h.closedAfterMs).toBeLessThan(10_000);
      expect(b.closedAfterMs).toBeLessThan(12_000);
      expect(b.reply).toMatch(/^HTTP\/1\.1 408/);
      console.log(`trickling clients cut off after ${Math.round(h.closedAfterMs)} ms (headers) and ${Math.round(b.closedAfterMs)} ms (body)`);
    } finally {
      await service.stop();
    }
  });
});

describe('store locations', () => {
  it('refuses a store path on a pseudo file system at once, with one line', async () => {
    const { code, stderr, ms } = await failedStart({ GRAFEO_PATH: '/proc/nope/graph.grafeo' });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/\/proc is on the proc pseudo file system/);
    expect(ms).toBeLessThan(5_000); // node's own start-up included
  });

  it('says another process has the graph file open, and how to go on', { timeout: 30_000 }, async () => {
    const file = join(dir, 'held.grafeo');
    const holder = createEmbeddedStore({ path: file });
    try {
      await seedGraph(holder);
      const { code, stderr } = await failedStart({ GRAFEO_PATH: file });
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(`cannot open the embedded graph file ${file}: another process has it open`);
      expect(stderr).toMatch(/GRAFEO_PATH=:memory:/);
    } finally {
      await holder.close();
    }
  });

  it('refuses a store path below a file', async () => {
    const { code, stderr } = await failedStart({ GRAFEO_PATH: join(ROOT_FILE, 'graph.grafeo') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/is a file, not a folder/);
  });
});

const ROOT_FILE = new URL('../../package.json', import.meta.url).pathname;

describe('where it listens', () => {
  it('says which setting to change when it cannot listen: a port taken, an address not its own', { timeout: 30_000 }, async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = (taken.address() as AddressInfo).port;
      const busy = await failedStart({ GRAFEO_PATH: ':memory:', PORT: String(port) });
      expect(busy.code).toBe(1);
      expect(busy.stderr.trim().split('\n').at(-1)).toBe(
        `Failed to start: 127.0.0.1:${port} is taken: another process listens there. Stop it, or set PORT to another port (PORT=0 takes any free one)`,
      );
    } finally {
      taken.close();
    }
    // 192.0.2.1 is in TEST-NET-1 (RFC 5737): never an address of a real machine.
    const foreign = await failedStart({ GRAFEO_PATH: ':memory:', HOST: '192.0.2.1' });
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(/HOST=192\.0\.2\.1 is not an address of this machine\. Use 127\.0\.0\.1 \(the default\)/);
  });
});

describe('read-only storage', () => {
  const source = () => join(dir, 'ro-source');
  const mounted = () => join(dir, 'ro');
  let reason: string | undefined;

  beforeAll(async () => {
    mkdirSync(source(), { recursive: true });
    mkdirSync(join(source(), 'empty'), { recursive: true });
    const store = createEmbeddedStore({ path: join(source(), 'graph.grafeo') });
    await seedGraph(store);
    await store.close();
    mkdirSync(mounted(), { recursive: true });
    try {
      execFileSync('mount', ['--bind', '-o', 'ro', source(), mounted()], { stdio: 'pipe' });
    } catch (error) {
      reason = `cannot make a read-only mount here (${String((error as Error).message).split('\n')[0]})`;
      if (process.env.REQUIRE_MOUNT === '1') throw new Error(reason);
      console.warn(`read-only storage tests skipped: ${reason}`);
    }
  });
  afterAll(() => {
    if (!reason) execFileSync('umount', [mounted()]);
  });

  it('serves a seeded graph from a read-only mount, seeding on or off', { timeout: 60_000 }, async (context) => {
    if (reason) context.skip();
    for (const seed of ['false', 'true']) {
      const service = await startService({ GRAFEO_PATH: join(mounted(), 'graph.grafeo'), SEED_ON_START: seed });
      try {
        expect(service.output()).toMatch(/read-only/);
        const response = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ node(id: "john-bolton") { ... on Entity { name } } }' }) });
        expect(await response.json()).toEqual({ data: { node: { name: 'John Bolton' } } });
      } finally {
        expect(await service.stop()).toBe(0);
      }
    }
  });

  it('says in one line why an empty read-only folder cannot be served', async (context) => {
    if (reason) context.skip();
    const { code, stderr } = await failedStart({ GRAFEO_PATH: join(mounted(), 'empty', 'graph.grafeo') });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/graph\.grafeo/);
  });
});
