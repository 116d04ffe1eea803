import type { QueryRunner } from '../store/runner.ts';
import { createDocumentLoaders } from './document-loader.ts';
import type { DocumentLoaders } from './document-loader.ts';
import { createEntityLoader } from './entity-loader.ts';
import type { EntityLoader } from './entity-loader.ts';
import { createRelationLoader } from './relation-loader.ts';
import type { RelationLoader } from './relation-loader.ts';
import { createRelationPageLoader } from './relation-page-loader.ts';
import type { RelationPageLoader } from './relation-page-loader.ts';

export interface Loaders {
  entity: EntityLoader;
  relations: RelationLoader;
  relationPages: RelationPageLoader;
  documents: DocumentLoaders;
}

/** Fresh loaders for one request: caches never outlive it. */
export function createLoaders(runner: QueryRunner): Loaders {
  const entity = createEntityLoader(runner);
  return { entity, relations: createRelationLoader(runner, entity), relationPages: createRelationPageLoader(runner), documents: createDocumentLoaders(runner, entity) };
}
