import type { Plugin } from 'graphql-yoga';
import type { GraphStore } from '../../store/port.ts';

export interface HealthOptions {
  /** The store whose reachability is reported. */
  store: GraphStore;
  /**
   * Always 200 while the process serves: `{ status, store }`, status `ok` or `degraded`.
   * @default '/health'
   */
  healthPath?: string;
  /**
   * 200 when the store answers, 503 while it cannot be reached: for load balancers.
   * @default '/ready'
   */
  readyPath?: string;
}

/** `GET /health` (is the process up, and how is its store?) and `GET /ready` (can it serve now?). */
export function useHealth(options: HealthOptions): Plugin {
  const healthPath = options.healthPath ?? '/health';
  const readyPath = options.readyPath ?? '/ready';
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== healthPath && url.pathname !== readyPath) return;
      const store = await options.store.health();
      const ready = url.pathname === readyPath;
      const body = ready
        ? { ready: store.ok, store }
        : { status: store.ok ? 'ok' : 'degraded', store };
      endResponse(
        new fetchAPI.Response(JSON.stringify(body), {
          status: ready && !store.ok ? 503 : 200,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
