import type { GraphFingerprint } from './fingerprint.ts';
import type { Verdict } from './oracle.ts';
import type { FuzzRequest } from './requests.ts';

type Histogram = Record<string, number>;

const bump = (histogram: Histogram, key: string) => {
  histogram[key] = (histogram[key] ?? 0) + 1;
};

const sorted = (histogram: Histogram) =>
  Object.fromEntries(Object.entries(histogram).sort(([, a], [, b]) => b - a));

/** What the fuzz run sent and got back, for its summary line. */
export class FuzzStats {
  private documents = 0;
  private readonly status: Histogram = {};
  private readonly codes: Histogram = {};
  private readonly verdicts: Histogram = {};
  private readonly shapes: Histogram = {};
  private readonly transports: Histogram = {};
  private readonly problems: Histogram = {};
  private readonly uncoded: Histogram = {};
  private readonly examples = new Map<string, string[]>();

  record(shape: string, request: FuzzRequest, verdict: Verdict, status: number, errors: { message?: unknown; extensions?: { code?: unknown } }[], problem: string | null): void {
    this.documents++;
    bump(this.status, String(status));
    for (const error of errors) {
      bump(this.codes, String(error.extensions?.code ?? '(none)'));
      if (error.extensions?.code === undefined) bump(this.uncoded, String(error.message).replace(/"[^"]*"/g, '…').slice(0, 48));
    }
    bump(this.verdicts, verdict.kind === 'valid' ? 'valid' : `${verdict.kind}: ${verdict.reason.split(':')[0]}`);
    bump(this.shapes, shape);
    bump(this.transports, request.transport);
    if (problem) bump(this.problems, verdict.kind === 'valid' || problem.includes(verdict.reason) ? problem : `${problem} [${verdict.reason}]`);
  }

  /** Keeps the first few full reports of each kind of problem. */
  keep(problem: string, report: string): void {
    const kept = this.examples.get(problem) ?? [];
    if (kept.length < 3) this.examples.set(problem, [...kept, report]);
  }

  failures(): string[] {
    return Object.keys(this.problems);
  }

  failureReport(): string {
    return [...this.examples.values()].flat().join('\n\n---\n\n');
  }

  print(seed: number, before: GraphFingerprint, after: GraphFingerprint): void {
    const fivexx = Object.entries(this.status).reduce((n, [status, count]) => (Number(status) >= 500 ? n + count : n), 0);
    const graph = (f: GraphFingerprint) => `${f.nodes} nodes/${f.relationships} rels sha256:${f.sha256.slice(0, 16)}`;
    const unchanged = JSON.stringify(before) === JSON.stringify(after) ? 'unchanged' : 'CHANGED';
    console.log(
      [
        `fuzz summary: ${this.documents} documents fuzzed (seed ${seed})`,
        `status ${JSON.stringify(sorted(this.status))}`,
        `5xx ${fivexx}`,
        `error codes ${JSON.stringify(sorted(this.codes))}`,
        `uncoded errors ${JSON.stringify(sorted(this.uncoded))}`,
        `verdicts ${JSON.stringify(sorted(this.verdicts))}`,
        `shapes ${JSON.stringify(sorted(this.shapes))}`,
        `transports ${JSON.stringify(sorted(this.transports))}`,
        `problems ${JSON.stringify(sorted(this.problems))}`,
        `graph before ${graph(before)} after ${graph(after)} (${unchanged})`,
      ].join(' · '),
    );
  }
}
