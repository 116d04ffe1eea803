import { createHash } from 'node:crypto';
import type { Encoding } from './compression.ts';
import { compress, compressible, negotiate } from './compression.ts';

/** A file served from memory. */
export interface Asset {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  /** A strong validator: the content's hash. */
  etag: string;
  /** Hashed assets never change under their name: cached for a year. Pages are revalidated. */
  immutable: boolean;
}

export function asset(body: Uint8Array<ArrayBuffer> | string, contentType: string, immutable: boolean): Asset {
  const bytes = typeof body === 'string' ? new Uint8Array(Buffer.from(body, 'utf8')) : body;
  return { body: bytes, contentType, etag: `"${contentHash(bytes)}"`, immutable };
}

/** A short hash of the bytes, for names and validators. */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 16);
}

/** Compressed copies, made once per asset and encoding, off the main thread. */
const copies = new WeakMap<Uint8Array, Map<Encoding, Promise<Buffer>>>();

function compressedCopy(body: Uint8Array, encoding: Encoding): Promise<Buffer> {
  let byEncoding = copies.get(body);
  if (!byEncoding) copies.set(body, (byEncoding = new Map()));
  let copy = byEncoding.get(encoding);
  if (!copy) byEncoding.set(encoding, (copy = compress(body, encoding, 'best')));
  return copy;
}

/**
 * The answer to a GET or HEAD of `asset`: `304` when the client's `If-None-Match` holds its
 * validator; else the bytes, compressed as the client prefers (a copy kept for the next
 * one), with `ETag`, `Cache-Control` and `Vary`.
 */
export async function serveAsset(request: Request, served: Asset, extraHeaders: Record<string, string> = {}): Promise<Response> {
  const headers: Record<string, string> = {
    'content-type': served.contentType,
    etag: served.etag,
    'cache-control': served.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    vary: 'Accept-Encoding',
    ...extraHeaders,
  };
  const validators = request.headers.get('if-none-match');
  if (validators && validators.split(',').some((tag) => tag.trim().replace(/^W\//, '') === served.etag)) {
    return new Response(null, { status: 304, headers });
  }
  const encoding = compressible(served.contentType) && served.body.byteLength >= 1024 ? negotiate(request.headers.get('accept-encoding')) : null;
  const body = encoding ? await compressedCopy(served.body, encoding) : served.body;
  if (encoding) headers['content-encoding'] = encoding;
  headers['content-length'] = String(body.byteLength);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
