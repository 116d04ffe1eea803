import type { Plugin } from 'graphql-yoga';
import { compress, compressible, negotiate } from '../compression.ts';

export interface CompressionOptions {
  /**
   * Smallest body worth compressing, in bytes: below it, the headers cost more than the saving.
   * @default 1024
   */
  minBytes?: number;
}

/**
 * Compresses answers (GraphQL JSON, pages) with brotli or gzip, as the client's
 * `Accept-Encoding` prefers, off the main thread. Answers already encoded (the static
 * assets, which keep compressed copies) and small ones pass as they are; `Vary:
 * Accept-Encoding` tells caches the body depends on it.
 */
export function useCompression(options: CompressionOptions = {}): Plugin {
  const minBytes = options.minBytes ?? 1024;
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (!response.body || response.headers.has('content-encoding') || !compressible(response.headers.get('content-type'))) return;
      const encoding = negotiate(request.headers.get('accept-encoding'));
      if (!encoding) return;
      const bytes = new Uint8Array(await response.arrayBuffer());
      const headers = new fetchAPI.Headers(response.headers);
      headers.append('vary', 'Accept-Encoding');
      if (bytes.byteLength < minBytes) {
        setResponse(new fetchAPI.Response(bytes, { status: response.status, statusText: response.statusText, headers }));
        return;
      }
      const body = await compress(bytes, encoding, 'fast');
      headers.set('content-encoding', encoding);
      headers.set('content-length', String(body.byteLength));
      setResponse(new fetchAPI.Response(new Uint8Array(body), { status: response.status, statusText: response.statusText, headers }));
    },
  };
}
