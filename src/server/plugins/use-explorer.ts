import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';

export interface ExplorerOptions {
  /**
   * Folder holding the built explorer (`index.html`, `assets/`), as `npm run build:web` writes it.
   * @default web/dist of this package
   */
  distDir?: string;
}

const DEFAULT_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));
const PAGE_PATHS = new Set(['/', '/explore', '/explore/']);
const PREFIX = '/explore/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
// The page talks to its own origin only; Cytoscape.js sets inline styles, and exports use blob: URLs.
const PAGE_HEADERS = {
  'cache-control': 'no-cache',
  'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'",
};

interface Bundle {
  /** `/explore/assets/index-abc.js` → file contents; only these paths are ever served. */
  files: Map<string, Uint8Array<ArrayBuffer>>;
  indexMtime: number;
}

const bundles = new Map<string, Bundle>();

/**
 * Answers `GET /`, `/explore` and `/explore/*` from the built explorer, or returns undefined for
 * any other request. Only files found in the bundle are served (no path is ever joined from the
 * URL), so `..` cannot escape it. Hashed assets are cached for a year, the page revalidated.
 */
export function serveExplorer(request: Request, options: ExplorerOptions = {}): Response | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const { pathname } = new URL(request.url);
  const isPage = PAGE_PATHS.has(pathname);
  if (!isPage && !pathname.startsWith(PREFIX)) return undefined;
  const bundle = loadBundle(options.distDir ?? DEFAULT_DIST);
  if (!bundle) return notBuilt();
  const path = isPage ? `${PREFIX}index.html` : pathname;
  const body = bundle.files.get(path);
  if (!body) return new Response(`Not found: ${pathname}\n`, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const headers: Record<string, string> = {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'content-length': String(body.byteLength),
    'x-content-type-options': 'nosniff',
    ...(path.startsWith(`${PREFIX}assets/`) ? { 'cache-control': 'public, max-age=31536000, immutable' } : PAGE_HEADERS),
  };
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}

/** Serves the analyst's explorer page at `/` and `/explore` (see `serveExplorer`). */
export function useExplorer(options: ExplorerOptions = {}): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const response = serveExplorer(request, options);
      if (response) endResponse(response);
    },
  };
}

/** Reads the bundle once, and again when a rebuild replaced index.html; undefined until it is built. */
function loadBundle(dir: string): Bundle | undefined {
  let indexMtime: number;
  try {
    indexMtime = statSync(join(dir, 'index.html')).mtimeMs;
  } catch {
    return undefined;
  }
  const cached = bundles.get(dir);
  if (cached?.indexMtime === indexMtime) return cached;
  const files = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = join(dir, name);
    if (statSync(file).isFile()) files.set(PREFIX + name.split(sep).join('/'), readFileSync(file));
  }
  const bundle = { files, indexMtime };
  bundles.set(dir, bundle);
  return bundle;
}

function notBuilt(): Response {
  const body = `<!doctype html><meta charset="utf-8"><title>Explorer not built</title><h1>The explorer is not built</h1>
<p>Its files (<code>web/dist</code>) are missing: run <code>npm run build:web</code>, then reload. The API works: <a href="/graphql">/graphql</a>.</p>\n`;
  return new Response(body, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '30' } });
}
