import type { Plugin } from 'graphql-yoga';
import type { GraphStore } from '../../store/port.ts';

export interface HealthOptions {
  /** The store whose reachability decides the answer. */
  store: GraphStore;
  /**
   * Path answered with the store's health as JSON: 200 when it answers, 503 when not.
   * @default '/health'
   */
  path?: string;
}

/** `GET /health`: is the service up and can it reach its graph store? */
export function useHealth(options: HealthOptions): Plugin {
  const path = options.path ?? '/health';
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== path) return;
      const health = await options.store.health();
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status: health.ok ? 'ok' : 'unavailable', store: health }), {
          status: health.ok ? 200 : 503,
          headers: { 'content-type': 'application/json' },
        }),
      );
    },
  };
}
