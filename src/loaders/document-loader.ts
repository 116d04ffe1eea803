import DataLoader from 'dataloader';
import type { EdgeRecord, EntityRecord } from '../graph/records.ts';
import { coverageEntities, coverageRelationships, documentMentions } from '../store/queries.ts';
import type { KeyedPage } from '../store/queries.ts';
import type { QueryRunner } from '../store/runner.ts';
import type { EntityLoader } from './entity-loader.ts';

/** A page of what a document names: of some kinds, after an id. */
export interface MentionKey {
  document: string;
  kinds: readonly string[];
  after: string | null;
  limit: number;
}

/** What a set of documents states: entities or relationships citing every document of `all` and none of `none`. */
export interface SliceKey {
  all: readonly string[];
  none: readonly string[];
  limit: number;
}

export interface DocumentLoaders {
  mentions: DataLoader<MentionKey, KeyedPage<EntityRecord>, string>;
  coverageEntities: DataLoader<SliceKey, KeyedPage<EntityRecord>, string>;
  coverageRelationships: DataLoader<SliceKey, KeyedPage<EdgeRecord>, string>;
}

const keyOf = (value: object) => JSON.stringify(value);

/**
 * Pages of what documents name and state, batched across every key of a tick into one
 * round trip per query; entities found prime the entity loader.
 */
export function createDocumentLoaders(runner: QueryRunner, entities: EntityLoader): DocumentLoaders {
  const inOrder = <T>(keys: readonly object[], pages: KeyedPage<T>[]) => {
    const byKey = new Map(pages.map((page) => [page.key, page]));
    return keys.map((key) => byKey.get(keyOf(key)) ?? { key: keyOf(key), total: 0, items: [] });
  };
  const prime = (pages: KeyedPage<EntityRecord>[]) => {
    for (const page of pages) for (const entity of page.items) entities.prime(entity.id, entity);
    return pages;
  };
  const slices = (keys: readonly SliceKey[]) => ({ slices: keys.map((key) => ({ key: keyOf(key), all: [...key.all], none: [...key.none], limit: key.limit })) });
  return {
    mentions: new DataLoader<MentionKey, KeyedPage<EntityRecord>, string>(
      async (keys) => {
        const params = { keys: keys.map((key) => ({ key: keyOf(key), document: key.document, kinds: [...key.kinds], after: key.after, limit: key.limit })) };
        return inOrder(keys, prime(await runner.run(documentMentions, params)));
      },
      { cacheKeyFn: keyOf },
    ),
    coverageEntities: new DataLoader<SliceKey, KeyedPage<EntityRecord>, string>(async (keys) => inOrder(keys, prime(await runner.run(coverageEntities, slices(keys)))), { cacheKeyFn: keyOf }),
    coverageRelationships: new DataLoader<SliceKey, KeyedPage<EdgeRecord>, string>(async (keys) => inOrder(keys, await runner.run(coverageRelationships, slices(keys))), { cacheKeyFn: keyOf }),
  };
}
