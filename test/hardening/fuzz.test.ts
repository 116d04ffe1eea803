import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/logger.ts';
import { schema } from '../../src/schema/index.ts';
import { createApp } from '../../src/server/create-app.ts';
import type { ListBounds } from '../../src/graph/statistics.ts';
import { DegreeStatistics } from '../../src/graph/statistics.ts';
import type { GraphStore } from '../../src/store/port.ts';
import { createQueryRunner } from '../../src/store/runner.ts';
import { seededStore, testApp } from '../testkit/graph.ts';
import { graphFingerprint } from './fuzz/fingerprint.ts';
import type { GraphFingerprint } from './fuzz/fingerprint.ts';
import { judge } from './fuzz/oracle.ts';
import type { Verdict } from './fuzz/oracle.ts';
import { fuzzRequest } from './fuzz/requests.ts';
import type { FuzzRequest } from './fuzz/requests.ts';
import { fuzzDocument } from './fuzz/shapes.ts';
import { FuzzStats } from './fuzz/stats.ts';

/**
 * Hostile input, fuzzed: documents and variables generated from the schema,
 * valid and not, sent through the real app over HTTP semantics. No answer may
 * be a 5xx or an unexpected error, every invalid input must be answered with
 * errors, every valid one with data, and the graph must not change.
 * `FUZZ_RUNS` (default 600; `npm run fuzz` runs 10,000), `FUZZ_SEED` (fixed by
 * default so that a failure reproduces), `FUZZ_KEEP_GOING=1` to collect every
 * failure instead of stopping at the first. Failures are not shrunk: shrinking a
 * generated document re-sends thousands of requests, and the report already
 * carries the whole request, the verdict and the development-mode answer.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 600);
const SEED = Number(process.env.FUZZ_SEED ?? 20_190_829);
const KEEP_GOING = process.env.FUZZ_KEEP_GOING === '1';

/** Codes a valid document may be answered with: every one names what the client did. */
const CODED = new Set(['LIMIT_EXCEEDED', 'BAD_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);

interface Answer {
  status: number;
  text: string;
  body?: { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
}

let store: GraphStore;
let app: ReturnType<typeof testApp>['app'];
let before: GraphFingerprint;
/** The list bounds the app estimates costs with (the graph's largest degrees). */
let bounds: ListBounds;
const stats = new FuzzStats();
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  store = await seededStore();
  // The app as it is served: response cache on, so hostile input meets it too.
  app = createApp({ store });
  before = await graphFingerprint(store);
  bounds = await new DegreeStatistics(createQueryRunner(store)).bounds();
});

afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await store?.close();
});

async function send(target: { fetch: typeof app.fetch }, request: FuzzRequest): Promise<Answer> {
  // A string body gets its Content-Length filled in by the fetch layer; a stream does not, like a chunked upload.
  const body = request.transport === 'no-length' ? new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode(request.body)), c.close()) }) : request.body;
  const response = await target.fetch(request.url, { method: request.method, headers: { ...request.headers }, body, duplex: 'half' } as RequestInit);
  const text = await response.text();
  try {
    return { status: response.status, text, body: JSON.parse(text) as Answer['body'] };
  } catch {
    return { status: response.status, text };
  }
}

/** What is wrong with this answer to this request, or null. */
function problemWith(verdict: Verdict, answer: Answer): string | null {
  if (answer.status >= 500) return `HTTP ${answer.status}`;
  if (verdict.kind === 'unknown' && !answer.body) return null; // e.g. 415 for text/plain, which has no body
  if (!answer.body) return 'answer is not JSON';
  const errors = answer.body.errors ?? [];
  if (errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || e.message === 'Unexpected error.')) return 'INTERNAL_SERVER_ERROR';
  if (errors.some((e) => typeof e.message !== 'string')) return 'error without a message';
  if (verdict.kind === 'invalid') {
    if (errors.length === 0) return `invalid input (${verdict.reason}) answered without errors`;
    if (verdict.documentValid && errors.some((e) => !CODED.has(String(e.extensions?.code)))) return `valid document (${verdict.reason}) answered with an uncoded error`;
  }
  if (verdict.kind === 'valid' && (answer.status !== 200 || errors.length > 0 || answer.body.data == null)) return 'valid input not answered with data alone';
  return null;
}

const clip = (text: string, max = 1500) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text);

/** The same request against a development app, whose errors carry internal messages, with any logged stack. */
async function diagnose(request: FuzzRequest): Promise<string> {
  const logged: string[] = [];
  const capture = (_message: string, fields?: Record<string, unknown>) => {
    const error = fields?.error;
    if (error instanceof Error) logged.push(error.stack ?? error.message);
  };
  const logger: Logger = { debug: () => {}, info: () => {}, warn: capture, error: capture };
  const answer = await send(createApp({ store, development: true, logger }), request);
  return `development answer: ${answer.status} ${clip(answer.text, 800)}${logged.length ? `\nstack: ${logged.join('\n')}` : ''}`;
}

describe('hostile input, fuzzed', () => {
  it(`answers ${RUNS} generated requests without a 5xx, an unexpected error or a change to the graph`, { timeout: Math.max(20_000, RUNS * 40) }, async () => {
    let lastFailure: FuzzRequest | undefined;
    const property = fc.asyncProperty(fc.gen(), async (g) => {
      const doc = fuzzDocument(g, schema);
      const request = fuzzRequest(g, doc);
      const verdict = judge(schema, request, bounds);
      const answer = await send(app, request);
      const problem = problemWith(verdict, answer);
      stats.record(doc.shape, request, verdict, answer.status, answer.body?.errors ?? [], problem);
      if (!problem) return;
      const report = [
        problem,
        `request: ${request.method} ${clip(request.url, 600)} ${JSON.stringify(request.headers)}`,
        request.body === undefined ? '' : `body: ${clip(request.body)}`,
        `verdict: ${JSON.stringify(verdict)}`,
        `answer: ${answer.status} ${clip(answer.text, 800)}`,
      ].join('\n');
      lastFailure = request;
      if (KEEP_GOING) stats.keep(problem, `${report}\n${await diagnose(request)}`);
      else throw new Error(report);
    });
    try {
      await fc.assert(property, { numRuns: RUNS, seed: SEED, endOnFailure: true });
    } catch (error) {
      if (lastFailure) (error as Error).message += `\n${await diagnose(lastFailure)}`;
      throw error;
    } finally {
      stats.print(SEED, before, await graphFingerprint(store));
    }
    const after = await graphFingerprint(store);

    expect(stats.failures(), stats.failureReport()).toEqual([]);
    expect(rejections, 'unhandled rejections').toEqual([]);
    expect(after).toEqual(before);
  });
});
