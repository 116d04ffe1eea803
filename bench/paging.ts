/**
 * The cost of paging a Connection, first page against a page deep in the list:
 *
 *   npm run bench:paging -- --size 100k      # (10k, 100k or 1m), ~1–2 min at 100k
 *
 * Loads the benchmark's synthetic graph (bench/generate.ts) into an in-memory embedded store,
 * walks each long list of the API with cursors to a position deep in it, then times the first
 * page and the page at that position (GraphQL through the app, in process, median of repeats)
 * and counts the store rows each reads. For contrast it does the same with the deprecated
 * offset paging of `documents(offset)`. Prints a Markdown table and writes it to bench-results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createApp } from '../src/server/create-app.ts';
import { createEmbeddedStore } from '../src/store/embedded/embedded-store.ts';
import type { QueryEvent } from '../src/store/runner.ts';
import { HUB_ID, syntheticGraph } from './generate.ts';
import { loadGraph } from './load.ts';

const SIZES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
const { values: args } = parseArgs({ options: { size: { type: 'string', default: '100k' }, repeats: { type: 'string', default: '15' }, depth: { type: 'string', default: '10000' } } });
const nodes = SIZES[args.size!];
if (nodes === undefined) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
const repeats = Number(args.repeats);
/** How far into each list the deep page starts (or the list's last page, when shorter). */
const depth = Number(args.depth);
const PAGE = 50;

const store = createEmbeddedStore({ path: null, queryTimeoutMs: 300_000 });
const graph = syntheticGraph({ nodes });
await loadGraph(store, graph);
const events: QueryEvent[] = [];
const app = createApp({ store, queryListeners: [(event) => events.push(event)], limits: { maxCost: 10_000_000 }, responseCache: { maxEntries: 0 } });

async function gql(query: string, variables: Record<string, unknown>) {
  const response = await app.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data!;
}

interface List {
  name: string;
  /** A page query with `$first` and `$after`; `page` reads its connection from the answer. */
  query: string;
  page: (data: Record<string, any>) => { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: unknown[] };
  /** The list's largest page, to walk it to the deep position. @default 500 */
  step?: number;
}

const FIELDS = 'pageInfo { hasNextPage endCursor } edges { cursor node { id } }';
const LISTS: List[] = [
  { name: 'timeline, oldest first', query: `query($first: Int!, $after: String) { c: timelineConnection(first: $first, after: $after) { ${FIELDS} } }`, page: (d) => d.c },
  { name: 'timeline, newest first', query: `query($first: Int!, $after: String) { c: timelineConnection(first: $first, after: $after, orderBy: DATE_DESC) { ${FIELDS} } }`, page: (d) => d.c },
  { name: 'statements', query: `query($first: Int!, $after: String) { c: statementsConnection(first: $first, after: $after) { ${FIELDS} } }`, page: (d) => d.c },
  { name: 'documents', query: `query($first: Int!, $after: String) { c: documentsConnection(first: $first, after: $after) { ${FIELDS} } }`, page: (d) => d.c },
  {
    name: `search "${graph.searchTerm}" by relevance`,
    query: `query($first: Int!, $after: String) { c: searchConnection(query: ${JSON.stringify(graph.searchTerm)}, first: $first, after: $after) { ${FIELDS} } }`,
    page: (d) => d.c,
    step: 50,
  },
  {
    name: 'relationships of the hub, by date',
    query: `query($first: Int!, $after: String) { e: entity(id: "${HUB_ID}") { c: relationshipsConnection(types: [LOCATED_IN, PART_OF, PARTICIPATED_IN, VISITED, SANCTIONED, HOLDS_ROLE, MEMBER_OF, ABOUT, TOOK_PLACE_IN], direction: IN, first: $first, after: $after) { ${FIELDS} } } }`,
    page: (d) => d.e.c,
    step: 100,
  },
];

/** The cursor `depth` items into the list (or near its end when it is shorter), walking it a large page at a time. */
async function deepCursor(list: List): Promise<{ cursor: string | null; at: number }> {
  const step = list.step ?? 500;
  let cursor: string | null = null;
  let at = 0;
  while (at + step <= depth) {
    const page = list.page(await gql(list.query, { first: step, after: cursor }));
    if (!page.pageInfo.hasNextPage || page.edges.length < step) break;
    cursor = page.pageInfo.endCursor;
    at += page.edges.length;
  }
  return { cursor, at };
}

/** Median milliseconds and store rows of one request, over `repeats`. */
async function time(query: string, variables: Record<string, unknown>) {
  await gql(query, variables); // warm
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < repeats; i += 1) {
    events.length = 0;
    const started = performance.now();
    await gql(query, variables);
    ms.push(performance.now() - started);
    rows = events.reduce((total, event) => total + event.rows, 0);
  }
  ms.sort((a, b) => a - b);
  return { ms: ms[Math.floor(ms.length / 2)]!, rows };
}

const lines = [
  `Paging at ${args.size} nodes (${graph.expectedEdges.toLocaleString('en')} relationships), pages of ${PAGE}, median of ${repeats}, GraphQL in process:`,
  '',
  '| list | first page | deep page (position) | deep ÷ first | store rows, first / deep |',
  '|---|---|---|---|---|',
];
for (const list of LISTS) {
  const first = await time(list.query, { first: PAGE, after: null });
  const deep = await deepCursor(list);
  const far = await time(list.query, { first: PAGE, after: deep.cursor });
  lines.push(`| ${list.name} | ${first.ms.toFixed(1)} ms | ${far.ms.toFixed(1)} ms (item ${deep.at.toLocaleString('en')}) | ${(far.ms / first.ms).toFixed(2)} × | ${first.rows} / ${far.rows} |`);
  process.stderr.write(`${lines.at(-1)}\n`);
}
const offset = `query($first: Int!, $offset: Int!) { documents(first: $first, offset: $offset) { id } }`;
const offsetFirst = await time(offset, { first: PAGE, offset: 0 });
const offsetDeep = await time(offset, { first: PAGE, offset: depth });
lines.push(
  `| documents by OFFSET (deprecated \`documents(offset)\`), for contrast | ${offsetFirst.ms.toFixed(1)} ms | ${offsetDeep.ms.toFixed(1)} ms (item ${depth.toLocaleString('en')}) | ${(offsetDeep.ms / offsetFirst.ms).toFixed(2)} × | ${offsetFirst.rows} / ${offsetDeep.rows} |`,
);
const table = `${lines.join('\n')}\n`;
process.stdout.write(table);
mkdirSync('bench-results', { recursive: true });
writeFileSync(`bench-results/paging-${args.size}.md`, table);
await store.close();
