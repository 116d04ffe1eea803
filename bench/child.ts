/** What the bench harnesses (bench/run.ts, bench/peer/run.ts) share: their server process's messages, and how they print times. */
import type { ChildProcess } from 'node:child_process';

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
