import { createApp } from '../../src/server/create-app.ts';
import { createEmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import type { GraphStore } from '../../src/store/port.ts';
import type { QueryEvent } from '../../src/store/runner.ts';
import { seedGraph } from '../../src/store/seed.ts';
import { TEST_STORE, connectRunNeo4j } from './neo4j.ts';

type Tuning = { queryTimeoutMs?: number };

/** A fresh in-memory embedded store holding the seed graph: the reference other engines are compared with. */
export async function seededEmbeddedStore(tuning: Tuning = {}): Promise<GraphStore> {
  const store = createEmbeddedStore({ path: null, ...tuning });
  await seedGraph(store);
  return store;
}

/**
 * A store holding the seed graph, on the run's engine (TEST_STORE): a fresh in-memory embedded
 * one, or a connection to the run's Neo4j, seeded once for the whole run. Closing it closes
 * the connection only. On Neo4j every test file shares the one database, so a test that
 * changes the graph puts it back.
 */
export function seededStore(tuning: Tuning = {}): Promise<GraphStore> {
  return TEST_STORE === 'neo4j' ? connectRunNeo4j(tuning) : seededEmbeddedStore(tuning);
}

/** Records every store query the app runs, by name. */
export class QueryRecorder {
  readonly events: QueryEvent[] = [];
  readonly listener = (event: QueryEvent) => {
    this.events.push(event);
  };
  get names(): string[] {
    return this.events.map((event) => event.name);
  }
  reset(): void {
    this.events.length = 0;
  }
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

/**
 * The app over a store, with a query recorder, and a helper to post operations to it.
 * The response cache is off, so that every request executes and its store work can be
 * observed; test/server/http-caching.test.ts tests the cache itself.
 */
export function testApp(store: GraphStore) {
  const recorder = new QueryRecorder();
  const app = createApp({ store, queryListeners: [recorder.listener], responseCache: { maxEntries: 0 } });
  async function gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const response = await app.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
  }
  return { app, recorder, gql };
}

/** Fails with the errors' messages when a response carries any. */
export function expectNoGraphQLErrors<T>(response: GraphQLResponse<T>): T {
  if (response.body.errors?.length) {
    throw new Error(`GraphQL errors: ${response.body.errors.map((error) => error.message).join('; ')}`);
  }
  if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
  return response.body.data as T;
}

