import DataLoader from 'dataloader';
import type { EntityRecord } from '../graph/records.ts';
import { entitiesByIds } from '../store/queries.ts';
import type { QueryRunner } from '../store/runner.ts';

export type EntityLoader = DataLoader<string, EntityRecord | null>;

/** Entities by id, one round trip per batch, results in key order (null for unknown ids). */
export function createEntityLoader(runner: QueryRunner): EntityLoader {
  return new DataLoader(async (ids) => {
    const found = await runner.run(entitiesByIds, { ids: [...ids] });
    const byId = new Map(found.map((entity) => [entity.id, entity]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * The entities with these ids, in key order, null for unknown ids. Unlike
 * `loadMany`, a failed batch (the store down, say) throws instead of turning
 * into per-key Error values that callers might drop as "not found".
 */
export async function loadEntities(loader: EntityLoader, ids: readonly string[]): Promise<(EntityRecord | null)[]> {
  const loaded = await loader.loadMany(ids);
  const failure = loaded.find((entity): entity is Error => entity instanceof Error);
  if (failure) throw failure;
  return loaded as (EntityRecord | null)[];
}

/** The known entities among these ids, in key order (see loadEntities). */
export async function loadKnownEntities(loader: EntityLoader, ids: readonly string[]): Promise<EntityRecord[]> {
  return (await loadEntities(loader, ids)).filter((entity): entity is EntityRecord => entity !== null);
}
