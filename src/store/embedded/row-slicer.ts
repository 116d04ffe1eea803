import type { Row } from '../port.ts';
import { toPlainRow } from './values.ts';

/** What the engine hands back: rows read one by one (`get`) or all at once (`toArray`). */
interface NativeResult {
  readonly length: number;
  get(index: number): Record<string, unknown>;
  toArray(): Record<string, unknown>[];
}

/** Results up to this many rows are read at once: a point lookup never waits. */
const SMALL = 64;
/** Longest stretch of reading rows before the event loop gets a turn. */
const SLICE_MS = 2;

interface Pending {
  result: NativeResult;
  rows: Row[];
  resolve(rows: Row[]): void;
  reject(error: unknown): void;
}

const pending: Pending[] = [];
let scheduled = false;

/**
 * The plain rows of a result. The engine turns rows into JS values on the main thread,
 * so a large result is read a slice at a time, about SLICE_MS per turn of the event loop,
 * smallest results first: other requests' I/O and small answers go in between, instead
 * of waiting behind a burst of large results that arrived together.
 */
export function plainRows(result: NativeResult): Row[] | Promise<Row[]> {
  if (result.length <= SMALL) return result.toArray().map(toPlainRow);
  return new Promise((resolve, reject) => {
    pending.push({ result, rows: [], resolve, reject });
    if (!scheduled) {
      scheduled = true;
      setImmediate(readSlice);
    }
  });
}

function readSlice(): void {
  const until = performance.now() + SLICE_MS;
  pending.sort((a, b) => a.result.length - a.rows.length - (b.result.length - b.rows.length));
  while (pending.length > 0 && performance.now() < until) {
    const job = pending[0]!;
    try {
      const end = Math.min(job.result.length, job.rows.length + SMALL);
      for (let i = job.rows.length; i < end; i++) job.rows.push(toPlainRow(job.result.get(i)));
      if (job.rows.length === job.result.length) {
        pending.shift();
        job.resolve(job.rows);
      }
    } catch (error) {
      pending.shift();
      job.reject(error);
    }
  }
  scheduled = pending.length > 0;
  if (scheduled) setImmediate(readSlice);
}
