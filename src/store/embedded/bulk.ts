import { join } from 'node:path';
import type pkg from '@grafeo-db/js';
import type { BulkNodes, BulkRelationships, BulkWriter } from '../bulk.ts';
import type { EmbeddedTextIndex } from './text-index.ts';
import { CYPHER_DIR, readStatements } from '../cypher-files.ts';
import type { PlainValue } from '../port.ts';

type Database = InstanceType<typeof pkg.GrafeoDB>;

const [ENGINE_IDS] = readStatements([join(CYPHER_DIR, 'embedded', 'engine-ids.cypher')]).map((statement) => statement.text);

/** The engine's tagged form of a date; a plain string would stay a string. */
function withDates(row: Record<string, PlainValue>, dates: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === null) continue;
    out[key] = dates.includes(key) && typeof value === 'string' ? { $date: value } : value;
  }
  return out;
}

/**
 * The embedded engine's bulk loader: its batch API, one transaction a call, several
 * times faster than UNWIND statements for new nodes and relationships (no per-row
 * planning). A load keeps the engine ids of the nodes it created, to join relationships
 * to their ends without a lookup (others are looked up through the Entity.id index), and
 * builds the text index once at its end rather than node by node (2.5 + 1.4 s instead of
 * 5.4 s for 100k nodes). Each batch tells the store's write listeners, as a write statement does.
 */
export function createEmbeddedBulkWriter(db: Database, whenReady: () => Promise<void>, textIndex: EmbeddedTextIndex, written: () => void): BulkWriter {
  let created = new Map<string, number>();
  let indexDropped = false;
  /** The engine ids of these graph ids: those this load created, the others through the index. */
  const engineIds = async (ids: readonly string[]) => {
    const found = new Map<string, number>();
    const unknown: string[] = [];
    for (const id of ids) {
      const engineId = created.get(id);
      if (engineId === undefined) unknown.push(id);
      else found.set(id, engineId);
    }
    if (unknown.length > 0) {
      for (const row of (await db.executeCypher(ENGINE_IDS!, { ids: unknown })).toArray()) found.set(String(row.id), Number(row.engineId));
    }
    return found;
  };
  return {
    async createNodes(batch: BulkNodes) {
      await whenReady();
      if (!indexDropped) indexDropped = await textIndex.drop();
      const engine = await db.batchCreateNodesWithProps([...batch.labels], batch.rows.map((row) => withDates(row, batch.dates)));
      batch.rows.forEach((row, i) => created.set(String(row.id), engine[i]!));
      written();
    },
    async createRelationships(batch: BulkRelationships) {
      await whenReady();
      const ids = [...new Set(batch.rows.flatMap((row) => [row.from, row.to]))];
      const engineId = await engineIds(ids);
      const missing = ids.filter((id) => !engineId.has(id));
      if (missing.length > 0) throw new Error(`bulk relationships: no node with id ${missing.slice(0, 3).join(', ')}`);
      await db.batchCreateEdges(
        batch.rows.map((row) => ({
          src: engineId.get(row.from)!,
          dst: engineId.get(row.to)!,
          type: batch.type,
          properties: withDates(row.properties, batch.dates),
        })),
      );
      written();
    },
    async finish() {
      created = new Map();
      if (indexDropped) await textIndex.prepare();
      indexDropped = false;
    },
  };
}
