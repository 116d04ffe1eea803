import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

const ids = new WeakMap<Request, string>();
const ACCEPTED = /^[\w.:-]{1,64}$/;

/** The request's id: the caller's `x-request-id` when it is sane, else a fresh UUID. */
export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (id === undefined) {
    id = requestIdFrom(request.headers.get('x-request-id'));
    ids.set(request, id);
  }
  return id;
}

/** The caller's `x-request-id` header when it is sane, else a fresh UUID. */
export function requestIdFrom(given: string | null | undefined): string {
  return typeof given === 'string' && ACCEPTED.test(given) ? given : randomUUID();
}

/** Gives every request an id, echoed in the `x-request-id` response header and in the logs. */
export function useRequestId(): Plugin {
  return {
    onRequest({ request }) {
      requestIdOf(request);
    },
    onResponse({ request, response }) {
      response.headers.set('x-request-id', requestIdOf(request));
    },
  };
}
