/** What the benches measure with: latency percentiles, and a process's CPU time from /proc. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { percentiles, processCpuMs } from '../../bench/child.ts';

describe('bench measures', () => {
  it('gives the percentiles of latencies in any order, NaN for none', () => {
    const latency = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentiles(latency)).toEqual({ p50: 51, p95: 96, p99: 100 });
    expect(percentiles([7])).toEqual({ p50: 7, p95: 7, p99: 7 });
    expect(Number.isNaN(percentiles([]).p50)).toBe(true);
  });

  it.skipIf(!existsSync('/proc/self/stat'))('reads a process CPU time that grows with its work, and null for a process that is not there', () => {
    const before = processCpuMs(process.pid)!;
    expect(before).toBeGreaterThanOrEqual(0);
    const until = performance.now() + 200;
    let spin = 0;
    while (performance.now() < until) spin += 1;
    expect(spin).toBeGreaterThan(0);
    // 200 ms of busy time, read in 10 ms clock ticks.
    expect(processCpuMs(process.pid)! - before).toBeGreaterThanOrEqual(100);
    expect(processCpuMs(2 ** 22 + 1)).toBeNull();
  });
});
