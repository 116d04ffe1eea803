import { promisify } from 'node:util';
import { Duplex } from 'node:stream';
import { brotliCompress, constants, createBrotliCompress, createGzip, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * The encoding to answer with, from an `Accept-Encoding` header: the client's most
 * preferred of `br` and `gzip` (q-values honoured, `q=0` refused, `*` standing for
 * either), brotli when both rank alike; null for none.
 */
export function negotiate(acceptEncoding: string | null): Encoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (encoding: Encoding) => weights.get(encoding) ?? weights.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).reduce<Encoding | null>((chosen, encoding) => {
    const w = weight(encoding);
    return w > 0 && (chosen === null || w > weight(chosen)) ? encoding : chosen;
  }, null);
  return best;
}

/** Content types worth compressing: text, JSON, JavaScript, SVG. */
export function compressible(contentType: string | null): boolean {
  return /^(text\/|application\/(json|graphql-response\+json|javascript|xml)|image\/svg\+xml)/i.test(contentType ?? '');
}

/**
 * Compresses off the main thread (zlib's thread pool). `level` trades time for size:
 * `fast` for answers made per request, `best` for assets compressed once and kept.
 */
export function compress(bytes: Uint8Array, encoding: Encoding, level: 'fast' | 'best'): Promise<Buffer> {
  if (encoding === 'gzip') return gzipped(bytes, { level: level === 'best' ? 9 : 5 });
  return brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: level === 'best' ? 9 : 4,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
    },
  });
}

/**
 * A body compressed as it streams (for answers written a piece at a time, such as the
 * exports), so that no answer is held whole in memory to be compressed.
 */
export function compressStream(body: ReadableStream<Uint8Array>, encoding: Encoding): ReadableStream<Uint8Array> {
  const zip = encoding === 'br' ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) : createGzip({ level: 6 });
  return body.pipeThrough(Duplex.toWeb(zip) as unknown as TransformStream<Uint8Array, Uint8Array>);
}
