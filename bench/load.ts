/**
 * Bulk-loads a synthetic graph through the store port: the schema first (the
 * Entity.id constraint, the search index's indexes), then parameterised
 * `UNWIND $rows` batches, one write transaction per batch, each node batch with
 * its search index, with a progress bar and the load rate.
 */
import type { GraphStore, TransactionScope } from '../src/store/port.ts';
import { cypherFiles, readStatements } from '../src/store/cypher-files.ts';
import type { NodeRow, SyntheticGraph } from './generate.ts';

/** Rows per `UNWIND` batch. @default 5000 */
export const BATCH_SIZE = 5000;

export interface LoadReport {
  nodes: number;
  edges: number;
  nodeSeconds: number;
  edgeSeconds: number;
}

interface BulkStatements {
  schema: string[];
  /** Keyed by the label each creates. */
  nodes: Map<string, string>;
  /** Keyed by the relationship type each creates. */
  edges: Map<string, string>;
  /** The search index of a node batch (`$ids`), in order. */
  searchIndex: string[];
}

function bulkStatements(): BulkStatements {
  const statements: BulkStatements = { schema: [], nodes: new Map(), edges: new Map(), searchIndex: [] };
  for (const { text } of readStatements(cypherFiles('bench'))) {
    const label = /CREATE \(n:Entity:(\w+)/.exec(text)?.[1];
    const type = /CREATE \(a\)-\[r:(\w+)\]->\(b\)/.exec(text)?.[1];
    if (label) statements.nodes.set(label, text);
    if (type) statements.edges.set(type, text);
    if (/^CREATE INDEX/m.test(text)) statements.schema.push(text);
    if (/:SearchWord\b/.test(text)) statements.searchIndex.push(text);
  }
  return statements;
}

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

  const loadAll = async <Row>(
    label: string,
    expected: number,
    batches: Iterable<Row[]>,
    statementFor: Map<string, string>,
    keyOf: (row: Row) => string,
    after: (tx: TransactionScope, batch: Row[]) => Promise<void> = async () => {},
  ) => {
    const started = performance.now();
    const bar = progress(out, label, expected);
    let count = 0;
    for (const batch of batches) {
      await store.writeTransaction(async (tx) => {
        for (const [key, rows] of groupBy(batch, keyOf)) await tx.execute(required(statementFor, key), { rows });
        await after(tx, batch);
      });
      count += batch.length;
      bar(count);
    }
    const seconds = (performance.now() - started) / 1000;
    bar(count, true);
    return { count, seconds };
  };

  const indexSearch = async (tx: TransactionScope, batch: NodeRow[]) => {
    for (const text of statements.searchIndex) await tx.execute(text, { ids: batch.map((row) => row.id) });
  };
  const { count: nodes, seconds: nodeSeconds } = await loadAll('nodes', graph.spec.nodes, graph.nodeBatches(BATCH_SIZE), statements.nodes, (row) => row.kind, indexSearch);
  const { count: edges, seconds: edgeSeconds } = await loadAll('relationships', graph.expectedEdges, graph.edgeBatches(BATCH_SIZE), statements.edges, (row) => row.type);
  return { nodes, edges, nodeSeconds, edgeSeconds };
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
