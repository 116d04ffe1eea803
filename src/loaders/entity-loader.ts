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
