import DataLoader from 'dataloader';
import type { Direction, EntityRecord, RelationRecord } from '../graph/records.ts';
import type { RelationRead } from '../store/queries.ts';
import { relationsByKeysFor, relationsByKeysInOneRow } from '../store/queries.ts';
import type { QueryRunner } from '../store/runner.ts';
import type { EntityLoader } from './entity-loader.ts';

export type { RelationRead };

/**
 * The documents a request will list beside a key's relationships: those its relationships cite
 * (`edges`), those its far nodes cite (`far`), and with `self`, those the node itself cites.
 */
export interface Cites {
  edges: boolean;
  far: boolean;
  self?: boolean;
}

/** What one relation field reads at a node: these types, this way. */
export interface RelationKey {
  id: string;
  types: readonly string[];
  side: Direction;
  /** Only relationships dated on or before this day (see TimeView); null or absent: all. */
  asOf?: string | null;
  /** With `asOf`, whether undated relationships are read. @default true */
  undated?: boolean;
  /**
   * The relation fields the request selects at the far nodes (src/schema/lookahead.ts): read in
   * the same round trip and kept in the loader's cache, so that resolving them costs no trip.
   * Not part of the cache key: a key already loaded is not read again for them.
   */
  next?: readonly RelationRead[];
  /**
   * Reads the node itself too, into the entity loader's cache (null when there is none), in
   * the same round trip. Not part of the cache key.
   */
  self?: boolean;
  /** Reads the documents the request lists beside them, into the entity loader's cache. Not part of the cache key. */
  cites?: Cites;
  /**
   * Slim rows: each relationship's type and ends and the far node's id, kind and name, not their
   * other properties, for a selection that asks for no more (src/schema/lookahead.ts). Part of
   * the cache key, and never primed into the entity loader's cache.
   */
  slim?: boolean;
}

export type RelationLoader = DataLoader<RelationKey, RelationRecord[], string>;

/**
 * Most relationships one relation field holds at one node: the first ones by
 * date (undated last), then source id, type and target id. The store cuts at it,
 * so a hub never floods a request, and the cost estimate counts on it.
 */
export const RELATIONS_PER_FIELD = 100;

/** `sub` of the row that holds a key's own node (relations-by-keys.cypher); -2 marks a document cited. */
const SELF = -1;

/**
 * Relationships at a node, per relation field, batched across every key of a
 * tick into one round trip and ordered by the store, with the fields the request
 * selects one level further (`RelationKey.next`). The far nodes come back with them
 * and prime the entity loader, so resolving them costs nothing more.
 */
export function createRelationLoader(runner: QueryRunner, entities: EntityLoader): RelationLoader {
  const loader: RelationLoader = new DataLoader(
    async (keys) => {
      const parts = {
        self: keys.some((key) => key.self),
        next: keys.some((key) => (key.next?.length ?? 0) > 0),
        cites: keys.some((key) => key.cites?.edges || key.cites?.far),
        citesSelf: keys.some((key) => key.self && key.cites?.self),
      };
      const cacheKeys = keys.map(cacheKey);
      const params = {
        keys: keys.map((key, at) => ({
          key: cacheKeys[at]!,
          id: key.id,
          types: key.types,
          side: key.side,
          asOf: key.asOf ?? null,
          undated: key.undated ?? true,
          next: key.next ?? [],
          slim: key.slim ?? false,
          self: key.self ?? false,
          citesEdges: key.cites?.edges ?? false,
          citesFar: key.cites?.far ?? false,
          citesSelf: (key.self && key.cites?.self) ?? false,
        })),
        limit: RELATIONS_PER_FIELD,
      };
      // Where the store runs subqueries, the same rows come back in one row (see relationsByKeysInOneRow).
      const rows = runner.capabilities?.subqueries
        ? (await runner.run(relationsByKeysInOneRow(parts), params)).flat()
        : await runner.run(relationsByKeysFor(parts), params);
      const grouped = new Map<string, RelationRecord[]>();
      const own = new Map<string, EntityRecord>();
      const byCacheKey = new Map(keys.map((key, at) => [cacheKeys[at]!, key]));
      for (const row of rows) {
        // The key's own node, or a document cited: for the entity loader only.
        if (row.edge === null || row.key === null) {
          entities.prime(row.node.id, row.node);
          if (row.sub === SELF) own.set(row.node.id, row.node);
          continue;
        }
        const key = byCacheKey.get(row.key);
        const slim = (row.at === null ? key?.slim : key?.next?.[row.sub ?? 0]?.slim) ?? false;
        if (!slim) entities.prime(row.node.id, row.node);
        const group = row.at === null ? row.key : nextKey(row.key, row.at, row.sub ?? 0);
        const list = grouped.get(group) ?? [];
        list.push({ edge: row.edge, direction: row.edge.source === row.node.id ? 'IN' : 'OUT', node: row.node });
        grouped.set(group, list);
      }
      const cited = new Set<string>();
      keys.forEach((key, at) => {
        if (key.self) {
          // An id with no node: known to be missing (prime keeps what is there).
          entities.prime(key.id, null);
          if (key.cites?.self) for (const id of own.get(key.id)?.sources ?? []) cited.add(id);
        }
        primeNext(loader, key, cacheKeys[at]!, grouped);
        for (const { edge, node } of grouped.get(cacheKeys[at]!) ?? []) {
          if (key.cites?.edges) for (const id of edge.sources) cited.add(id);
          if (key.cites?.far) for (const id of node.sources) cited.add(id);
        }
      });
      // A cited id with no node in the store is known to be missing (prime keeps what is there).
      for (const id of cited) entities.prime(id, null);
      return cacheKeys.map((key) => grouped.get(key) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
  return loader;
}

/**
 * Caches what the key's `next` reads found at each of its far nodes (nothing, where they
 * found nothing), for the far nodes of the kinds that have the field.
 */
function primeNext(loader: RelationLoader, key: RelationKey, parent: string, grouped: ReadonlyMap<string, RelationRecord[]>): void {
  if (!key.next?.length) return;
  for (const { node } of grouped.get(parent) ?? []) {
    key.next.forEach((read, sub) => {
      if (read.kinds !== null && !read.kinds.includes(node.kind)) return;
      loader.prime({ id: node.id, types: read.types, side: read.side, slim: read.slim }, grouped.get(nextKey(parent, node.id, sub)) ?? []);
    });
  }
}

const nextKey = (parent: string, at: string, sub: number) => `${parent}\u0001${at}\u0001${sub}`;

function cacheKey(key: RelationKey): string {
  return `${key.id}\u0000${key.side}\u0000${[...key.types].sort().join(',')}\u0000${key.asOf ?? ''}\u0000${key.undated ?? true}${key.slim ? '\u0000slim' : ''}`;
}
