/**
 * What the real-client tests share: the app served by node:http on the real embedded store,
 * a fetch that records every request and the server's answer to it, the console watched for
 * client warnings, and the operations run in one client store.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, vi } from 'vitest';
import { createApp } from '../../src/server/create-app.ts';
import { exampleOperations } from '../../src/server/example-operations.ts';
import type { GraphStore } from '../../src/store/port.ts';
import { seededStore } from '../testkit/graph.ts';

export interface Sent {
  /** The `x-operation` header the test set, naming the operation it ran. */
  label: string | null;
  body: { query?: string; variables?: Record<string, unknown>; operationName?: string };
  /** The `data` the server answered. */
  data: unknown;
}

/** The API over HTTP for one test file, and what clients sent it. */
export function useServedApi() {
  const served = { url: '', sent: [] as Sent[], store: undefined as GraphStore | undefined };
  let server: Server;
  beforeAll(async () => {
    served.store = await seededStore();
    // No whole-answer cache on the server: each request the client sends reaches the store.
    server = createServer(createApp({ store: served.store, responseCache: { maxEntries: 0 } }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    served.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await served.store?.close();
  });
  /** A fetch for clients: records each request body and the data answered. */
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const text = await response.clone().text();
    const label = new Headers(init?.headers).get('x-operation');
    served.sent.push({ label, body: JSON.parse(String(init?.body ?? '{}')), data: (JSON.parse(text) as { data?: unknown }).data });
    return response;
  };
  return Object.assign(served, { fetch: recordingFetch });
}

/** Collects what clients print to the console while `work` runs (their warnings and errors). */
export async function consoleDuring<T>(work: () => Promise<T>): Promise<{ value: T; printed: string[] }> {
  const printed: string[] = [];
  const spies = (['warn', 'error', 'log', 'info', 'debug'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      printed.push(`${level}: ${args.map(String).join(' ')}`);
    }),
  );
  try {
    return { value: await work(), printed };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

export interface ClientOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const byName = new Map(exampleOperations().map((operation) => [operation.file.replace(/^\d+-|\.graphql$/g, ''), operation.query]));
const example = (name: string) => byName.get(name)!;

/**
 * The example operations with their defaults, then the cases a shared store gets wrong when
 * identities clash: the same person's card after whom-they-met (the same relations, fewer
 * fields), an actor card after a neighbourhood that holds the same entities, the graphology
 * shape of the same neighbourhood, and a deeper neighbourhood that overlaps them all.
 */
export const CLIENT_OPERATIONS: ClientOperation[] = [
  ...exampleOperations().map((operation) => ({ name: operation.file, query: operation.query, variables: {} })),
  { name: 'actor card of Bolton, after whom he met', query: example('actor-card'), variables: { id: 'john-bolton' } },
  { name: 'neighbourhood of the MFA, two hops', query: example('bolton-neighborhood'), variables: { id: 'belarus-mfa', depth: 2, limit: 200 } },
  { name: 'card of Makei, inside that neighbourhood', query: example('actor-card'), variables: { id: 'uladzimir-makei' } },
  { name: 'who Makei met', query: example('who-met-bolton'), variables: { id: 'uladzimir-makei' } },
];

/** The timeline, paged: the Connection every client test pages to its end. */
export const TIMELINE_PAGE = `query TimelinePage($first: Int!, $after: String) {
  timelineConnection(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name date } }
  }
}`;
