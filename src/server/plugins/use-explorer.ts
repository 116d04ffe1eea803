import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import type { Asset } from '../static-assets.ts';
import { asset, serveAsset } from '../static-assets.ts';

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
  'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'",
};

interface Bundle {
  /** `/explore/assets/index-abc.js` → the file; only these paths are ever served. */
  files: Map<string, Asset>;
  indexMtime: number;
}

const bundles = new Map<string, Bundle>();

/**
 * Answers `GET /`, `/explore` and `/explore/*` from the built explorer, or returns undefined for
 * any other request. Only files found in the bundle are served (no path is ever joined from the
 * URL), so `..` cannot escape it. Hashed assets are cached for a year, the page revalidated;
 * both are compressed as the client prefers.
 */
export function serveExplorer(request: Request, options: ExplorerOptions = {}): Promise<Response> | Response | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const { pathname } = new URL(request.url);
  const isPage = PAGE_PATHS.has(pathname);
  if (!isPage && !pathname.startsWith(PREFIX)) return undefined;
  const bundle = loadBundle(options.distDir ?? DEFAULT_DIST);
  if (!bundle) return notBuilt();
  const path = isPage ? `${PREFIX}index.html` : pathname;
  const file = bundle.files.get(path);
  if (!file) return new Response(`Not found: ${pathname}\n`, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return serveAsset(request, file, file.immutable ? {} : PAGE_HEADERS);
}

/** Serves the analyst's explorer page at `/` and `/explore` (see `serveExplorer`). */
export function useExplorer(options: ExplorerOptions = {}): Plugin {
  return {
    async onRequest({ request, endResponse }) {
      const response = serveExplorer(request, options);
      if (response) endResponse(await response);
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
  const files = new Map<string, Asset>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = join(dir, name);
    if (!statSync(file).isFile()) continue;
    const path = PREFIX + name.split(sep).join('/');
    files.set(path, asset(new Uint8Array(readFileSync(file)), TYPES[extname(path)] ?? 'application/octet-stream', path.startsWith(`${PREFIX}assets/`)));
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
