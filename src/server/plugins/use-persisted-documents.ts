import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface PersistedDocumentsOptions {
  /** The trusted documents, by the SHA-256 (hex) of their text: `schema/persisted-documents.json`. */
  manifest: ReadonlyMap<string, string>;
  /**
   * Accept only the trusted documents: any other document, sent as text or registered by
   * hash, is refused (`PERSISTED_ONLY`). For production, where clients ship the manifest's ids.
   * @default false
   */
  only?: boolean;
  /** Most documents clients may register by hash (automatic persisted queries), least recently used dropped. @default 1000 */
  maxRegistered?: number;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The id a request names its document by: `documentId` (body or URL), or Apollo's `extensions.persistedQuery.sha256Hash`. */
function documentIdOf(params: Record<string, unknown>, request: Request): string | undefined {
  if (typeof params.documentId === 'string') return params.documentId;
  const fromUrl = request.method === 'GET' ? new URL(request.url).searchParams.get('documentId') : null;
  if (fromUrl) return fromUrl;
  const persisted = (params.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return persisted?.version === 1 && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

const coded = (message: string, code: string, status = 400) => new GraphQLError(message, { extensions: { code, http: { status } } });

/**
 * Documents by id, the analyst's saved searches: the trusted manifest's documents by
 * `documentId` (POST, or `GET /graphql?documentId=sha256:…&variables=…`, a link to share),
 * and Apollo's automatic persisted queries — an unknown hash is answered
 * `PersistedQueryNotFound`, the client sends the text with its hash, and from then on the
 * hash alone works (kept in a bounded LRU). With `only`, nothing outside the manifest runs.
 */
export function usePersistedDocuments(options: PersistedDocumentsOptions): Plugin {
  const registered = new Map<string, string>();
  const maxRegistered = options.maxRegistered ?? 1000;
  const remember = (hash: string, query: string) => {
    registered.delete(hash);
    registered.set(hash, query);
    if (registered.size > maxRegistered) registered.delete(registered.keys().next().value!);
  };
  const lookup = (hash: string) => {
    const trusted = options.manifest.get(hash);
    if (trusted !== undefined || options.only) return trusted;
    const query = registered.get(hash);
    if (query !== undefined) remember(hash, query);
    return query;
  };

  return {
    onParams({ params, request, setParams }) {
      const raw = params as unknown as Record<string, unknown>;
      const id = documentIdOf(raw, request);
      const { documentId: _id, ...rest } = raw;
      if (id === undefined) {
        if (options.only && params.query) throw coded('Only persisted documents are accepted here: send a documentId from the manifest.', 'PERSISTED_ONLY');
        return;
      }
      const hash = id.replace(/^sha256:/, '').toLowerCase();
      if (!/^[0-9a-f]{64}$/.test(hash)) throw coded(`documentId must be sha256:<64 hex digits>; got ${JSON.stringify(id.slice(0, 80))}.`, 'BAD_REQUEST');
      if (typeof params.query === 'string' && params.query.length > 0) {
        if (sha256(params.query) !== hash) throw coded('provided sha does not match query', 'PERSISTED_QUERY_HASH_MISMATCH');
        if (options.only && !options.manifest.has(hash)) throw coded('Only persisted documents are accepted here: this document is not in the manifest.', 'PERSISTED_ONLY');
        if (!options.manifest.has(hash)) remember(hash, params.query);
        setParams(rest as typeof params);
        return;
      }
      const query = lookup(hash);
      // Apollo's link recognises the message and resends the document with its hash.
      if (query === undefined) throw coded('PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND', 200);
      setParams({ ...(rest as typeof params), query });
    },
  };
}
