import { createHash } from 'node:crypto';
import type { DefinitionNode, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface ResponseCacheOptions {
  /** Most answers kept, least recently used dropped; 0 turns the cache off. @default 1000 */
  maxEntries: number;
  /** How long an answer is kept, in milliseconds: a bound on staleness when another process writes the graph. @default 300000 */
  ttlMs: number;
  /** Answers holding more objects than this are not kept (they would crowd out the many small ones). @default 5000 */
  maxObjects: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = { maxEntries: 1000, ttlMs: 300_000, maxObjects: 5_000 };

interface Entry {
  result: ExecutionResult;
  etag: string;
  expires: number;
}

/**
 * Whole answers, by document, operation name and variables. The graph changes only when
 * it is written (seeded, here), and every write clears the cache (`clear`, called by the
 * store's write listener); the time to live bounds what another process's writes could leave stale.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  readonly options: ResponseCacheOptions;
  hits = 0;
  misses = 0;

  constructor(options: ResponseCacheOptions) {
    this.options = options;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires < Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, result: ExecutionResult): Entry {
    const entry = { result, etag: `"${key.slice(0, 32)}"`, expires: Date.now() + this.options.ttlMs };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  clear(): void {
    this.entries.clear();
  }
}

const keyed = new WeakMap<object, string>();
/** Requests the cache looked at: GraphQL requests, not the assets beside them that carry validators of their own. */
const keyedRequest = new WeakSet<Request>();

/** Objects in a result's data, counting no further than `limit`. */
function objectsIn(value: unknown, limit: number): number {
  let count = 0;
  const stack = [value];
  while (stack.length > 0 && count <= limit) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object') continue;
    if (!Array.isArray(item)) count += 1;
    for (const child of Object.values(item)) if (child !== null && typeof child === 'object') stack.push(child);
  }
  return count;
}

function withEtag(result: ExecutionResult, etag: string): ExecutionResult {
  const extensions = result.extensions as { http?: { headers?: Record<string, string> } } | undefined;
  return { ...result, extensions: { ...extensions, http: { ...extensions?.http, headers: { ...extensions?.http?.headers, etag } } } };
}

/**
 * Serves a query answered before from the cache (no validation, no execution), with an
 * `ETag`; a request whose `If-None-Match` holds that validator gets `304 Not Modified`.
 * Only answers without errors are kept. Answers to GET carry `Cache-Control: public, max-age=60`.
 */
export function useResponseCache(cache: ResponseCache): Plugin {
  if (cache.options.maxEntries === 0) return {};
  return {
    onParams({ params, request, context, setResult }) {
      if (typeof params.query !== 'string') return;
      keyedRequest.add(request);
      let key: string;
      try {
        key = createHash('sha256')
          .update(JSON.stringify([params.query, params.operationName ?? null, params.variables ?? null]))
          .digest('hex');
      } catch {
        return; // variables nested too deep to print: answered without the cache (validation refuses most of them)
      }
      const entry = cache.get(key);
      if (entry) {
        cache.hits += 1;
        setResult(withEtag(entry.result, entry.etag));
        return;
      }
      cache.misses += 1;
      keyed.set(context, key);
    },
    onExecute({ args }) {
      const key = keyed.get(args.contextValue as object);
      if (key === undefined || args.document.definitions.some((d: DefinitionNode) => d.kind === 'OperationDefinition' && d.operation !== 'query')) return;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || result.errors?.length || !result.data) return;
          if (objectsIn(result.data, cache.options.maxObjects) > cache.options.maxObjects) return;
          const entry = cache.set(key, result);
          setResult(withEtag(result, entry.etag));
        },
      };
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      const etag = response.headers.get('etag');
      if (!etag || response.status !== 200 || !keyedRequest.has(request)) return;
      // A GET is a link (a saved search): browsers and proxies may keep it for a minute, then revalidate.
      if (request.method === 'GET') response.headers.set('cache-control', 'public, max-age=60');
      const validators = request.headers.get('if-none-match');
      if (!validators) return;
      if (!validators.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return;
      const headers = new fetchAPI.Headers(response.headers);
      headers.delete('content-length');
      headers.delete('content-type');
      setResponse(new fetchAPI.Response(null, { status: 304, headers }));
    },
  };
}
