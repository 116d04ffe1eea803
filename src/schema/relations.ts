import type { GraphQLResolveInfo } from 'graphql';
import { loadKnownEntities } from '../loaders/entity-loader.ts';
import type { Direction, DocumentRecord, EntityRecord, Kind, RelationRecord } from '../graph/records.ts';
import type { RelationshipType } from '../graph/vocabulary.ts';
import type { GraphContext } from '../server/context.ts';
import type { Beyond } from './lookahead.ts';
import { readsBeyond } from './lookahead.ts';

/**
 * What a relation field reads at its node, declared on the field itself
 * (`extensions.reads`): the resolver follows it, and the cost estimate bounds the
 * field's size by it (the graph's largest degree for those types and that side).
 * `sources` marks a list of the documents a node or relationship cites.
 */
export type Reads =
  | { types: readonly RelationshipType[]; side: Direction; kind?: Kind }
  | { types: 'arguments' }
  | { sources: 'node' | 'edge' };

/** `extensions` for a field that reads relationships of these types, this way, optionally only to nodes of one kind. */
export function reads(types: readonly RelationshipType[], side: Direction, kind?: Kind): { reads: Reads } {
  return { reads: { types, side, ...(kind ? { kind } : {}) } };
}

/** `extensions` for a field listing the documents a node or a relationship cites. */
export function readsSources(of: 'node' | 'edge'): { reads: Reads } {
  return { reads: { sources: of } };
}

/** The field's declaration (see `reads`). */
export function readsOf(extensions: Readonly<Record<string, unknown>> | null | undefined): Reads | undefined {
  return extensions?.reads as Reads | undefined;
}

function declared(info: GraphQLResolveInfo): { types: readonly RelationshipType[]; side: Direction; kind?: Kind } {
  const declaration = readsOf(info.parentType.getFields()[info.fieldName]?.extensions);
  if (!declaration || !('side' in declaration)) throw new Error(`${info.parentType.name}.${info.fieldName} declares no relationships to read`);
  return declaration;
}

/** Resolves a field declared with `reads(types, side)`: those relationships, seen from the node. */
export function readRelations(entity: EntityRecord, _args: object, ctx: GraphContext, info: GraphQLResolveInfo): Promise<RelationRecord[]> {
  const { types, side } = declared(info);
  return relationsOf(ctx, entity.id, types, side, undefined, readsBeyond(info));
}

/** Resolves a field declared with `reads(types, side, kind?)`: the distinct nodes at the other end. */
export async function readRelated(entity: EntityRecord, _args: object, ctx: GraphContext, info: GraphQLResolveInfo): Promise<EntityRecord[]> {
  const { types, side, kind } = declared(info);
  const nodes = new Map<string, EntityRecord>();
  for (const { node } of await relationsOf(ctx, entity.id, types, side, undefined, readsBeyond(info))) if (kind === undefined || node.kind === kind) nodes.set(node.id, node);
  return [...nodes.values()];
}

/** `readRelated` for a field declared with a kind: its records are of that kind. */
export function readRelatedOf<K extends Kind>(_kind: K) {
  return readRelated as (...args: Parameters<typeof readRelated>) => Promise<Extract<EntityRecord, { kind: K }>[]>;
}

/**
 * Relationships of the given types at a node, seen from it (as of a day, when given), through
 * the request's loader, with what the request reads beyond them (src/schema/lookahead.ts) in the same trip.
 */
export function relationsOf(
  ctx: GraphContext,
  id: string,
  types: readonly string[],
  side: Direction,
  view?: { asOf: string | null; undated: boolean },
  beyond?: Beyond,
): Promise<RelationRecord[]> {
  return ctx.loaders.relations.load({ id, types, side, asOf: view?.asOf ?? null, undated: view?.undated ?? true, ...beyond });
}

/** The documents with these ids, in order, skipping unknown ones. */
export async function documentsByIds(ctx: GraphContext, ids: readonly string[]): Promise<DocumentRecord[]> {
  return (await loadKnownEntities(ctx.loaders.entity, ids)).filter((entity): entity is DocumentRecord => entity.kind === 'Document');
}
