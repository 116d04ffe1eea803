import { afterAll, beforeAll } from 'vitest';
import type { GraphStore } from '../../src/store/port.ts';
import { seededStore, testApp } from './graph.ts';

/**
 * For a test file: a seeded in-memory store and the app over it, made before
 * the file's tests and closed after them. Read `api.store`, `api.gql`, … inside tests.
 */
export function useSeededApi() {
  const api = {} as { store: GraphStore } & ReturnType<typeof testApp>;
  beforeAll(async () => {
    const store = await seededStore();
    Object.assign(api, { store }, testApp(store));
  });
  afterAll(() => api.store?.close());
  return api;
}
