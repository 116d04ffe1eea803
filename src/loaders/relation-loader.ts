import DataLoader from 'dataloader';
import type { Direction, RelationRecord } from '../graph/records.ts';
import { relationsByKeys } from '../store/queries.ts';
import type { QueryRunner } from '../store/runner.ts';
import type { EntityLoader } from './entity-loader.ts';

/** What one relation field reads at a node: these types, this way. */
export interface RelationKey {
  id: string;
  types: readonly string[];
  side: Direction;
  /** Only relationships dated on or before this day (see TimeView); null or absent: all. */
  asOf?: string | null;
  /** With `asOf`, whether undated relationships are read. @default true */
  undated?: boolean;
}

export type RelationLoader = DataLoader<RelationKey, RelationRecord[], string>;

/**
 * Most relationships one relation field holds at one node: the first ones by
 * date (undated last), then source id, type and target id. The store cuts at it,
 * so a hub never floods a request, and the cost estimate counts on it.
 */
export const RELATIONS_PER_FIELD = 100;

/**
 * Relationships at a node, per relation field, batched across every key of a
 * tick into one round trip and ordered by the store. The far nodes come back
 * with them and prime the entity loader, so resolving them costs nothing more.
 */
export function createRelationLoader(runner: QueryRunner, entities: EntityLoader): RelationLoader {
  return new DataLoader(
    async (keys) => {
      const rows = await runner.run(relationsByKeys, {
        keys: keys.map((key) => ({ key: cacheKey(key), id: key.id, types: [...key.types], side: key.side, asOf: key.asOf ?? null, undated: key.undated ?? true })),
        limit: RELATIONS_PER_FIELD,
      });
      const grouped = new Map<string, RelationRecord[]>();
      for (const row of rows) {
        entities.prime(row.node.id, row.node);
        const list = grouped.get(row.key) ?? [];
        list.push({ edge: row.edge, direction: row.edge.source === row.node.id ? 'IN' : 'OUT', node: row.node });
        grouped.set(row.key, list);
      }
      return keys.map((key) => grouped.get(cacheKey(key)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}

function cacheKey(key: RelationKey): string {
  return `${key.id}\u0000${key.side}\u0000${[...key.types].sort().join(',')}\u0000${key.asOf ?? ''}\u0000${key.undated ?? true}`;
}
