import type { Plugin } from 'graphql-yoga';

export interface CorsOptions {
  /**
   * Origins (`https://host:port`) whose pages may call the API from a browser; `*` allows
   * any origin. Credentials are never allowed, so no origin can act with a user's cookies.
   * @default [] (same origin only)
   */
  origins: readonly string[];
}

const EXPOSED = 'x-request-id, etag, retry-after';
const ALLOWED_HEADERS = 'content-type, accept, x-request-id, if-none-match, apollographql-client-name, apollographql-client-version, apollo-require-preflight';

/**
 * Cross-origin access from an allow-list: a preflight from a listed origin is answered
 * 204 with what it may send; from any other, 403 with no grant. Answers to listed origins
 * name that origin alone (never a reflection of any caller), expose `x-request-id`, and
 * vary by `Origin`.
 */
export function useCors(options: CorsOptions): Plugin {
  const anyOrigin = options.origins.includes('*');
  const listed = new Set(options.origins);
  const allowed = (origin: string) => anyOrigin || listed.has(origin);
  const grant = (origin: string): Record<string, string> => ({
    'access-control-allow-origin': anyOrigin ? '*' : origin,
    'access-control-expose-headers': EXPOSED,
    vary: 'Origin',
  });
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const origin = request.headers.get('origin');
      if (request.method !== 'OPTIONS' || !origin || !request.headers.has('access-control-request-method')) return;
      if (!allowed(origin)) {
        endResponse(new fetchAPI.Response(`Origin ${origin} may not call this API.\n`, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8', vary: 'Origin' } }));
        return;
      }
      endResponse(
        new fetchAPI.Response(null, {
          status: 204,
          headers: { ...grant(origin), 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': ALLOWED_HEADERS, 'access-control-max-age': '600' },
        }),
      );
    },
    onResponse({ request, response }) {
      const origin = request.headers.get('origin');
      if (!origin || !allowed(origin)) return;
      for (const [name, value] of Object.entries(grant(origin))) {
        if (name === 'vary') response.headers.append(name, value);
        else response.headers.set(name, value);
      }
    },
  };
}
