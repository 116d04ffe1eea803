/** What the bench harnesses (bench/run.ts, bench/peer/run.ts) share: their server process's messages, and how they print times. */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * The messages of a bench server process, one at a time in the order they came: each call
 * resolves with the next. The harness exits when the process dies with a failure.
 */
export function mailbox<T>(child: ChildProcess): () => Promise<T> {
  const queue: T[] = [];
  const waiting: ((message: T) => void)[] = [];
  child.on('message', (message: T) => {
    const resolve = waiting.shift();
    if (resolve) resolve(message);
    else queue.push(message);
  });
  child.on('exit', (code) => {
    if (code !== 0) {
      console.error(`bench server exited with code ${code}`);
      process.exit(1);
    }
  });
  return () => {
    const queued = queue.shift();
    return queued !== undefined ? Promise.resolve(queued) : new Promise((resolve) => waiting.push(resolve));
  };
}

/** Milliseconds with three significant figures or so: 0.52, 13.8, 348. */
export function fmt(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

/**
 * A process's CPU time so far (user and system, every thread), in ms, from /proc on Linux; null
 * where that cannot be read (another system, a process gone). Clock ticks are 100 a second on
 * Linux's usual builds, so a difference is good to 10 ms: read it over seconds of load.
 */
export function processCpuMs(pid: number): number | null {
  try {
    // The fields after the command (which may hold spaces), from the third: utime and stime are the 14th and 15th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1)!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** The 50th, 95th and 99th percentiles of latencies (ms), NaN where there are none. */
export function percentiles(latency: readonly number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...latency].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}
