import { loadKnownEntities } from '../loaders/entity-loader.ts';
import type { Relation } from '../loaders/relation-loader.ts';
import type { EntityRecord, Kind } from '../graph/records.ts';
import type { GraphContext } from '../server/context.ts';

export type Side = 'OUT' | 'IN' | 'BOTH';

/** Relationships of the given types at a node, seen from it, through the request's loader. */
export async function relationsOf(
  ctx: GraphContext,
  id: string,
  types: readonly string[],
  side: Side,
): Promise<Relation[]> {
  const lists = await Promise.all(types.map((type) => ctx.loaders.relations.load({ id, type })));
  return lists.flat().filter((relation) => side === 'BOTH' || relation.direction === side);
}

/** The distinct nodes at the other end of those relationships, optionally of one kind. */
export async function relatedOf(
  ctx: GraphContext,
  id: string,
  types: readonly string[],
  side: Side,
  kind?: Kind,
): Promise<EntityRecord[]> {
  const relations = await relationsOf(ctx, id, types, side);
  const nodes = new Map<string, EntityRecord>();
  for (const { node } of relations) if (kind === undefined || node.kind === kind) nodes.set(node.id, node);
  return [...nodes.values()];
}

/** The documents with these ids, in order, skipping unknown ones. */
export async function documentsByIds(ctx: GraphContext, ids: readonly string[]): Promise<EntityRecord[]> {
  return (await loadKnownEntities(ctx.loaders.entity, ids)).filter((entity) => entity.kind === 'Document');
}

/** A stored property as a string, or null. */
export function textProperty(entity: { properties: Record<string, unknown> }, name: string): string | null {
  const value = entity.properties[name];
  return typeof value === 'string' ? value : null;
}

/** A stored property as a number, or null. */
export function numberProperty(entity: { properties: Record<string, unknown> }, name: string): number | null {
  const value = entity.properties[name];
  return typeof value === 'number' ? value : null;
}
