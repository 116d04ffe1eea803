import DataLoader from 'dataloader';
import type { EdgeRecord, EntityRecord } from '../graph/records.ts';
import { relationsByKeys } from '../store/queries.ts';
import type { QueryRunner } from '../store/runner.ts';
import type { EntityLoader } from './entity-loader.ts';

export interface RelationKey {
  id: string;
  type: string;
}

/** One relationship seen from the node it was asked for. */
export interface Relation {
  edge: EdgeRecord;
  /** `OUT` when the asking node is the relationship's source. */
  direction: 'OUT' | 'IN';
  /** The node at the other end. */
  node: EntityRecord;
}

export type RelationLoader = DataLoader<RelationKey, Relation[], string>;

/**
 * Relationships of one type at a node, in both directions, batched across
 * every key of a tick into one round trip. The far nodes come back with
 * them and prime the entity loader, so resolving them costs nothing more.
 */
export function createRelationLoader(runner: QueryRunner, entities: EntityLoader): RelationLoader {
  return new DataLoader(
    async (keys) => {
      const rows = await runner.run(relationsByKeys, { keys: keys.map(({ id, type }) => ({ id, type })) });
      const grouped = new Map<string, Relation[]>();
      for (const row of rows) {
        entities.prime(row.node.id, row.node);
        const key = cacheKey({ id: row.id, type: row.edge.type });
        const direction = row.edge.source === row.id ? 'OUT' : 'IN';
        const list = grouped.get(key) ?? [];
        list.push({ edge: row.edge, direction, node: row.node });
        grouped.set(key, list);
      }
      // Each key's rows come in the query's order: by date (undated last), then start and end ids.
      return keys.map((key) => grouped.get(cacheKey(key)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}

function cacheKey(key: RelationKey): string {
  return `${key.id}\u0000${key.type}`;
}
