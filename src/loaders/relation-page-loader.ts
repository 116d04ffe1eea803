import DataLoader from 'dataloader';
import type { Scan } from '../graph/keyset.ts';
import { TIE_SEPARATOR } from '../graph/keyset.ts';
import type { Direction, RelationRecord } from '../graph/records.ts';
import { relationsPage } from '../store/queries.ts';
import type { QueryRunner } from '../store/runner.ts';

/** One page of one node's relationships: these types, this way, in this order. */
export interface RelationPageKey {
  id: string;
  types: readonly string[];
  side: Direction;
  order: 'DATE' | 'TYPE';
  scan: Scan;
  /** Only what is dated on or before this day (see TimeView); null or absent: all. */
  asOf?: string | null;
  /** With `asOf`, whether undated relationships and nodes are read. @default true */
  undated?: boolean;
}

export interface RelationPage {
  /** The rows the scan read: the page and one more when more follow. */
  rows: RelationRecord[];
  /** How many relationships the node has of these types, this way. */
  total: number;
}

export type RelationPageLoader = DataLoader<RelationPageKey, RelationPage, string>;

/**
 * Pages of relationships (Entity.relationshipsConnection), batched across every key of a
 * tick into one round trip: each key has its own bounds and limit, cut in the store.
 */
export function createRelationPageLoader(runner: QueryRunner): RelationPageLoader {
  return new DataLoader(
    async (keys) => {
      const rows = await runner.run(relationsPage, {
        sep: TIE_SEPARATOR,
        keys: keys.map((key) => ({ ...key.scan, key: cacheKey(key), id: key.id, types: [...key.types], side: key.side, order: key.order, asOf: key.asOf ?? null, undated: key.undated ?? true })),
      });
      const pages = new Map<string, RelationPage>();
      for (const row of rows) {
        const page = pages.get(row.key) ?? { rows: [], total: 0 };
        if ('total' in row) page.total = row.total;
        else page.rows.push({ edge: row.edge, direction: row.edge.source === row.node.id ? 'IN' : 'OUT', node: row.node });
        pages.set(row.key, page);
      }
      return keys.map((key) => pages.get(cacheKey(key)) ?? { rows: [], total: 0 });
    },
    { cacheKeyFn: cacheKey },
  );
}

function cacheKey(key: RelationPageKey): string {
  return JSON.stringify([key.id, key.side, [...key.types].sort(), key.order, key.scan, key.asOf ?? null, key.undated ?? true]);
}
