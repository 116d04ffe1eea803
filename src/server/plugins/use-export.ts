import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import type { ExportEdge, ExportNode } from '../../export/attributes.ts';
import type { Format } from '../../export/formats.ts';
import { csv, GEXF, GRAPHML } from '../../export/formats.ts';
import { compressStream, negotiate } from '../compression.ts';
import { EXPORT_OPERATIONS_DIR } from '../example-operations.ts';
import { sha256 } from './use-persisted-documents.ts';

/**
 * Downloads for Gephi, yEd, Cytoscape desktop and spreadsheets, under `/export/`:
* `graph.{graphml,gexf}` (`?slice=` nodes per request, 500 by default), `neighborhood.{graphml,gexf,csv}?id=…&depth=…&limit=…&asOf=…`,
 * `subgraph.{graphml,gexf,csv}?ids=a,b,…` (CSV: `&table=nodes|edges`). Each runs the
 * operations of `schema/export/*.graphql` through the API itself, with the
 * request's own headers, so every limit, error, budget, admission rule and log line of the
 * API applies (a slice of the whole graph at a time, each slice its own request); the
 * answer is written as it is read and compressed as it streams.
 */
export function useExport(options: ExportOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith(PREFIX)) return;
      endResponse(await answer(request, url, (operation, variables) => run(options.fetch, request, operation, variables)));
    },
  };
}

export interface ExportOptions {
  /** The app's own `fetch`: every export's operations run through it, the whole pipeline. */
  fetch: (request: Request) => Promise<Response> | Response;
}

const PREFIX = '/export/';
const OPERATIONS = {
  neighborhood: readFileSync(join(EXPORT_OPERATIONS_DIR, 'neighborhood.graphql'), 'utf8'),
  subgraph: readFileSync(join(EXPORT_OPERATIONS_DIR, 'subgraph.graphql'), 'utf8'),
  graph: readFileSync(join(EXPORT_OPERATIONS_DIR, 'graph.graphql'), 'utf8'),
};
type OperationName = keyof typeof OPERATIONS;
type Run = (operation: OperationName, variables: Record<string, unknown>) => Promise<Record<string, { [key: string]: unknown }>>;

/** A failure the client can act on, answered as the API answers it: `{ errors: [...] }` with a status. */
class ExportError extends Error {
  readonly status: number;
  readonly extensions: Record<string, unknown>;
  constructor(message: string, status: number, extensions: Record<string, unknown>) {
    super(message);
    this.status = status;
    this.extensions = extensions;
  }
}

const badParameter = (parameter: string, message: string) => new ExportError(message, 400, { code: 'BAD_INPUT', argument: parameter });

async function answer(request: Request, url: URL, run: Run): Promise<Response> {
  try {
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new ExportError('Exports answer GET only.', 405, { code: 'METHOD_NOT_ALLOWED' });
    const match = /^\/export\/(graph|neighborhood|subgraph)\.(graphml|gexf|csv)$/.exec(url.pathname);
    if (!match) {
      throw new ExportError(`No export at ${url.pathname}: try /export/graph.graphml, /export/neighborhood.gexf?id=… or /export/subgraph.csv?ids=…`, 404, { code: 'NOT_FOUND' });
    }
    const [, what, extension] = match as unknown as [string, OperationName, 'graphml' | 'gexf' | 'csv'];
    if (what === 'graph' && extension === 'csv') throw new ExportError('The whole graph exports as GraphML or GEXF; CSV is for a neighbourhood or a subgraph.', 404, { code: 'NOT_FOUND' });
    const format = extension === 'graphml' ? GRAPHML : extension === 'gexf' ? GEXF : csv(table(url));
    const { title, pieces } = what === 'graph' ? wholeGraph(run, format, whole(url, 'slice') ?? 500) : await oneAnswer(run, what, url);
    return stream(request, format, `${title}.${format.extension}`, title, pieces);
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    return Response.json({ errors: [{ message: error.message, extensions: error.extensions }] }, { status: error.status });
  }
}

function table(url: URL): 'nodes' | 'edges' {
  const value = url.searchParams.get('table') ?? 'nodes';
  if (value !== 'nodes' && value !== 'edges') throw badParameter('table', `Parameter "table" is ${JSON.stringify(value)}; it must be nodes or edges.`);
  return value;
}

const whole = (url: URL, name: string): number | undefined => {
  const value = url.searchParams.get(name);
  if (value === null || value === '') return undefined;
  if (!/^\d{1,9}$/.test(value)) throw badParameter(name, `Parameter "${name}" is ${JSON.stringify(value)}; it must be a whole number.`);
  return Number(value);
};

/** The time parameters of a traversal, as the API takes them. */
function timeParameters(url: URL): Record<string, unknown> {
  const undated = url.searchParams.get('includeUndated');
  if (undated !== null && undated !== 'true' && undated !== 'false') throw badParameter('includeUndated', 'Parameter "includeUndated" must be true or false.');
  return { asOf: url.searchParams.get('asOf') || null, includeUndated: undated !== 'false' };
}

/** One page of nodes and edges: a neighbourhood or a subgraph. */
async function oneAnswer(run: Run, what: 'neighborhood' | 'subgraph', url: URL) {
  let variables: Record<string, unknown>;
  let title: string;
  if (what === 'neighborhood') {
    const id = url.searchParams.get('id');
    if (!id) throw badParameter('id', 'Parameter "id" is required: the centre node’s id, e.g. id=john-bolton.');
    variables = { id, depth: whole(url, 'depth') ?? 1, limit: whole(url, 'limit') ?? 500, ...timeParameters(url) };
    title = `neighborhood-${id}`;
  } else {
    const ids = url.searchParams.getAll('ids').flatMap((value) => value.split(',')).map((id) => id.trim()).filter(Boolean);
    if (ids.length === 0) throw badParameter('ids', 'Parameter "ids" is required: node ids separated by commas, e.g. ids=john-bolton,belarus.');
    variables = { ids, ...timeParameters(url) };
    title = 'subgraph';
  }
  const data = await run(what, variables);
  const graph = data[what] as { entities: ExportNode[]; edges: ExportEdge[] };
  async function* pieces(): AsyncGenerator<Piece> {
    yield { nodes: graph.entities, edges: [] };
    yield 'between';
    yield { nodes: [], edges: graph.edges };
  }
  return { title: title.replace(/[^\w.-]+/g, '_'), pieces: pieces() };
}

/** The whole graph, a slice per request: nodes and edges together, or (GEXF) every node first. */
function wholeGraph(run: Run, format: Format, sliceSize: number) {
  async function* slices(withNodes: boolean, withEdges: boolean): AsyncGenerator<Piece> {
    let after: string | null = null;
    for (;;) {
      const data = await run('graph', { first: sliceSize, after, withNodes, withEdges });
      const slice = data.graph as { entities?: ExportNode[]; edges?: ExportEdge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      yield { nodes: slice.entities ?? [], edges: slice.edges ?? [] };
      if (!slice.pageInfo.hasNextPage || !slice.pageInfo.endCursor) return;
      after = slice.pageInfo.endCursor;
    }
  }
  async function* pieces(): AsyncGenerator<Piece> {
    if (!format.nodesFirst) return yield* slices(true, true);
    yield* slices(true, false);
    yield 'between';
    yield* slices(false, true);
  }
  return { title: 'graph', pieces: pieces() };
}

type Piece = { nodes: ExportNode[]; edges: ExportEdge[] } | 'between';

/**
 * The download: the format's head, then each piece as it comes (the next is read only when
 * the client has taken the last), then its tail. The first piece is read before answering,
 * so that its errors are answered as errors; a failure after that can no longer change the
 * status, so the body is cut and no client takes a partial file for a whole one.
 */
async function stream(request: Request, format: Format, fileName: string, title: string, pieces: AsyncIterator<Piece>): Promise<Response> {
  const encoder = new TextEncoder();
  const render = (piece: Piece) => (piece === 'between' ? format.between : format.nodes(piece.nodes) + format.edges(piece.edges));
  let pending: IteratorResult<Piece> | undefined = await pieces.next();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(format.head(title)));
    },
    async pull(controller) {
      const next = pending ?? (await pieces.next());
      pending = undefined;
      if (next.done) {
        controller.enqueue(encoder.encode(format.tail));
        controller.close();
      } else {
        controller.enqueue(encoder.encode(render(next.value)));
      }
    },
    async cancel() {
      await pieces.return?.(undefined);
    },
  });
  const headers = new Headers({
    'content-type': format.contentType,
    'content-disposition': `attachment; filename="${fileName}"`,
    'cache-control': 'no-store',
    vary: 'Accept-Encoding',
  });
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
  const encoding = negotiate(request.headers.get('accept-encoding'));
  if (!encoding) return new Response(body, { status: 200, headers });
  headers.set('content-encoding', encoding);
  return new Response(compressStream(body, encoding), { status: 200, headers });
}

/** Runs an export operation through the API, as the client's own request, by its trusted document id. */
async function run(
  fetch: ExportOptions['fetch'],
  request: Request,
  operation: OperationName,
  variables: Record<string, unknown>,
): Promise<Record<string, { [key: string]: unknown }>> {
  const query = OPERATIONS[operation];
  const headers = new Headers({ 'content-type': 'application/json', accept: 'application/json' });
  for (const name of ['x-request-id', 'origin', 'authorization']) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const body = JSON.stringify({ query, documentId: `sha256:${sha256(query)}`, variables });
  headers.set('content-length', String(Buffer.byteLength(body)));
  const response = await fetch(new Request(new URL('/graphql', request.url), { method: 'POST', headers, body, signal: request.signal }));
  const answer = (await response.json()) as { data?: Record<string, { [key: string]: unknown }> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  const error = answer.errors?.[0];
  if (error || !answer.data) {
    const extensions = error?.extensions ?? {};
    const http = extensions.http as { status?: number } | undefined;
    const status = http?.status ?? (response.status >= 400 ? response.status : extensions.code === 'INTERNAL_SERVER_ERROR' ? 500 : 400);
    const { http: _http, ...rest } = extensions;
    throw new ExportError(error?.message ?? 'The export failed.', status, rest);
  }
  return answer.data;
}
