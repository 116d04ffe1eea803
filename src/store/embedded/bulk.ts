import { join } from 'node:path';
import type pkg from '@grafeo-db/js';
import type { BulkNodes, BulkRelationships, BulkWriter } from '../bulk.ts';
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
 * The embedded engine's bulk loader: its batch API, one transaction a call, ~10× faster
 * than UNWIND statements for new nodes and relationships (no per-row planning, no MERGE
 * or constraint lookups beyond the engine's own). Relationships find their ends' engine
 * ids through the Entity.id index, a batch at a time.
 */
export function createEmbeddedBulkWriter(db: Database, whenReady: () => Promise<void>): BulkWriter {
  return {
    async createNodes(batch: BulkNodes) {
      await whenReady();
      await db.batchCreateNodesWithProps([...batch.labels], batch.rows.map((row) => withDates(row, batch.dates)));
    },
    async createRelationships(batch: BulkRelationships) {
      await whenReady();
      const ids = [...new Set(batch.rows.flatMap((row) => [row.from, row.to]))];
      const found = (await db.executeCypher(ENGINE_IDS!, { ids })).toArray();
      const engineId = new Map(found.map((row) => [String(row.id), Number(row.engineId)]));
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
    },
  };
}
