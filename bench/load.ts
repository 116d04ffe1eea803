/**
 * Bulk-loads a synthetic graph through the store port: the schema first (the
 * Entity.id constraint, the timeline's index, the text index), then parameterised
 * `UNWIND $rows` batches, one write transaction per batch, with a progress bar and
 * the load rate; then the timeline's buckets. Nodes arrive with their search
 * documents and timeline buckets (bench/generate.ts), which the engines index as
 * they are written.
 */
import type { GraphStore, PlainValue } from '../src/store/port.ts';
import { cypherFiles, readStatements } from '../src/store/cypher-files.ts';
import type { EdgeRow, NodeRow, SyntheticGraph } from './generate.ts';

/** Rows per `UNWIND` batch. @default 5000 */
export const BATCH_SIZE = 5000;

export interface LoadReport {
  nodes: number;
  edges: number;
  nodeSeconds: number;
  edgeSeconds: number;
  /** Building what the load put off: the text index (bulk loads), the timeline's buckets. */
  indexSeconds: number;
}

interface BulkStatements {
  schema: string[];
  /** Keyed by the label each creates. */
  nodes: Map<string, string>;
  /** Keyed by the relationship type each creates. */
  edges: Map<string, string>;
}

function bulkStatements(): BulkStatements {
  const statements: BulkStatements = { schema: [], nodes: new Map(), edges: new Map() };
  for (const { text } of readStatements(cypherFiles('bench'))) {
    const label = /CREATE \(n:Entity:(\w+)/.exec(text)?.[1];
    const type = /CREATE \(a\)-\[r:(\w+)\]->\(b\)/.exec(text)?.[1];
    if (label) statements.nodes.set(label, text);
    if (type) statements.edges.set(type, text);
    if (/^CREATE INDEX/m.test(text)) statements.schema.push(text);
  }
  return statements;
}

/** The timeline's buckets, built from the events as the seed builds them. */
const timelineStatements = () => readStatements(cypherFiles('derived')).filter((s) => s.file.endsWith('030_timeline.cypher')).map((s) => s.text);

/** Groups rows by a key, so each group runs the statement for its label or type. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export async function loadGraph(store: GraphStore, graph: SyntheticGraph, out: NodeJS.WriteStream = process.stderr): Promise<LoadReport> {
  const statements = bulkStatements();
  // The constraints first: Neo4j refuses a unique constraint where a plain index on the same
  // property exists, and skips the bench's index (IF NOT EXISTS) once the constraint's is there.
  for (const text of [...readStatements(cypherFiles('schema')).map((s) => s.text), ...statements.schema]) {
    await store.execute(text, {}, 'WRITE');
  }
  await store.searchIndex.prepare();

  const loadAll = async <Row>(label: string, expected: number, batches: Iterable<Row[]>, write: (groups: Map<string, Row[]>) => Promise<void>, keyOf: (row: Row) => string) => {
    const started = performance.now();
    const bar = progress(out, label, expected);
    let count = 0;
    for (const batch of batches) {
      await write(groupBy(batch, keyOf));
      count += batch.length;
      bar(count);
    }
    const seconds = (performance.now() - started) / 1000;
    bar(count, true);
    return { count, seconds };
  };
  // The engine's own bulk loader where the store has one, else a Cypher statement per label or type.
  const { bulk } = store;
  const throughCypher = <Row>(statementFor: Map<string, string>) => (groups: Map<string, Row[]>) =>
    store.writeTransaction(async (tx) => {
      for (const [key, rows] of groups) await tx.execute(required(statementFor, key), { rows });
    });
  const writeNodes = bulk
    ? async (groups: Map<string, NodeRow[]>) => {
        for (const [kind, rows] of groups) await bulk.createNodes({ labels: ['Entity', kind], rows: rows.map(nodeProperties), dates: ['date'] });
      }
    : throughCypher<NodeRow>(statements.nodes);
  const writeEdges = bulk
    ? async (groups: Map<string, EdgeRow[]>) => {
        for (const [type, rows] of groups) {
          await bulk.createRelationships({ type, rows: rows.map(({ from, to, type: _type, ...properties }) => ({ from, to, properties })), dates: ['date'] });
        }
      }
    : throughCypher<EdgeRow>(statements.edges);

  // Each search document as the store's index holds it (SearchIndex.documentFor); the graph's rows are left as they are, for the next store.
  const { documentFor } = store.searchIndex;
  const nodeBatches = (function* () {
    for (const batch of graph.nodeBatches(BATCH_SIZE)) yield batch.map((row) => ({ ...row, searchText: documentFor(row.searchText) }));
  })();
  const { count: nodes, seconds: nodeSeconds } = await loadAll('nodes', graph.spec.nodes, nodeBatches, writeNodes, (row) => row.kind);
  const { count: edges, seconds: edgeSeconds } = await loadAll('relationships', graph.expectedEdges, graph.edgeBatches(BATCH_SIZE), writeEdges, (row) => row.type);
  const started = performance.now();
  await bulk?.finish();
  await store.writeTransaction(async (tx) => {
    for (const text of timelineStatements()) await tx.execute(text);
  });
  return { nodes, edges, nodeSeconds, edgeSeconds, indexSeconds: (performance.now() - started) / 1000 };
}

/** A node's stored properties, as the Cypher statements of cypher/bench/010_nodes.cypher set them. */
function nodeProperties({ kind: _kind, ...row }: NodeRow): Record<string, PlainValue> {
  return row.date === undefined ? row : { ...row, datePrecision: 'DAY' };
}

function required(map: Map<string, string>, key: string): string {
  const text = map.get(key);
  if (text === undefined) throw new Error(`cypher/bench has no bulk statement for ${key}`);
  return text;
}

/** A one-line progress bar with the rate so far; redraws at most every 200 ms. */
function progress(out: NodeJS.WriteStream, what: string, total: number) {
  const started = performance.now();
  let drawn = 0;
  return (done: number, final = false) => {
    const now = performance.now();
    if (!final && now - drawn < 200) return;
    drawn = now;
    const share = Math.min(1, done / Math.max(1, total));
    const width = 30;
    const filled = Math.round(share * width);
    const rate = done / Math.max(0.001, (now - started) / 1000);
    const line = `  ${what.padEnd(13)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en')} / ~${total.toLocaleString('en')}  ${Math.round(rate).toLocaleString('en')}/s`;
    if (out.isTTY) out.write(`\r${line}${final ? '\n' : ''}`);
    else if (final) out.write(`${line}\n`);
  };
}
