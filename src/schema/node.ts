import type { EntityRecord, Kind } from '../graph/records.ts';
import { KINDS, subtypeOf } from '../graph/records.ts';
import { timeView } from './args.ts';
import { timeArgs } from './time-args.ts';
import { loadEntities } from '../loaders/entity-loader.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../server/context.ts';
import { LIMITS, listWithin, textWithin } from './args.ts';
import { builder } from './builder.ts';
import { DirectionEnum, KindEnum, RelationshipTypeEnum } from './enums.ts';
import { readAhead } from './lookahead.ts';
import { documentsByIds, readsSources, relationsOf } from './relations.ts';

/** Relay's Node: every node of the graph, refetchable by its readable, global id. */
export const NodeRef = builder.interfaceType('Node', {
  description: 'Anything with a global id. Ids are readable and stable, e.g. `john-bolton`, `belarus-mfa`; one id names one object.',
  resolveType: (entity) => entity.kind,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The node’s global, readable id, unique across the graph.' }),
  }),
});

/** Removal date of the fields this contract replaces (README: deprecate, don't remove). */
export const REMOVED_AFTER = '2027-06-30';

/** Fields every kind of node shares, the visualization shapes' fields among them. */
export const EntityRef = builder.interfaceType('Entity', {
  description:
    'A node of the actor graph: a person, organization, country, place, event, statement, document or topic. ' +
    'Every field that holds nodes is typed `Entity` (or a kind), so `{ id name kind }` needs no fragment.',
  interfaces: ['Node'],
  resolveType: (entity) => entity.kind,
  fields: (t) => ({
    kind: t.field({ type: KindEnum, description: 'Which kind of node this is.', resolve: (e) => e.kind }),
    name: t.exposeString('name', { description: 'Display name.' }),
    label: t.exposeString('name', { description: 'The display name again, as graph views label nodes.' }),
    key: t.exposeID('id', { description: 'The id again, under the name graphology uses.' }),
    data: t.field({
      type: 'Entity',
      description: 'This node again, for nesting under `data` (Cytoscape.js) or `attributes` (graphology): `data { id label kind }`.',
      resolve: (entity) => entity,
    }),
    subtype: t.string({
      nullable: true,
      description: 'The finer type where the kind has one: event, organization, place or quote type, for styling.',
      resolve: (entity) => subtypeOf(entity),
    }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other names and spellings (transliterations) the sources or common usage give.',
    }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'One sentence on who or what this is, in our words.',
    }),
    sourceIds: t.exposeStringList('sources', { description: 'Ids of the source documents that name this node.' }),
    sources: t.field({
      type: ['Document'],
      description: 'The source documents that name this node.',
      extensions: readsSources('node'),
      resolve: (entity, _args, ctx) => documentsByIds(ctx, entity.sources),
    }),
    relationships: t.field({
      type: ['Relation'],
      description: 'Relationships at this node, each with the node at the other end and its evidence (the first 100).',
      deprecationReason: `Use \`relationshipsConnection\`, which pages to the end and sorts. Removed after ${REMOVED_AFTER}.`,
      args: {
        types: t.arg({
          type: [RelationshipTypeEnum],
          required: true,
          description: 'The relationship types to follow; an empty list gives an empty answer.',
        }),
        direction: t.arg({
          type: DirectionEnum,
          defaultValue: 'BOTH',
          required: true,
          description: 'Outgoing, incoming or both.',
        }),
        ...timeArgs(t.arg),
      },
      extensions: { reads: { types: 'arguments' } },
      resolve: (entity, args, ctx) => relationsOf(ctx, entity.id, args.types, args.direction, timeView(args)),
    }),
  }),
});

/** One lookup for `node` and `entity`, and one for `nodes` and `entities`: the same records, typed two ways. */
const lookUp = async (_root: object, args: { id: string }, ctx: GraphContext, info: GraphQLResolveInfo) => {
  const id = textWithin('id', args.id, LIMITS.idLength);
  await readAhead(ctx, [id], info);
  return ctx.loaders.entity.load(id);
};
const lookUpAll = async (_root: object, args: { ids: readonly string[] }, ctx: GraphContext, info: GraphQLResolveInfo) => {
  const ids = listWithin('ids', args.ids, LIMITS.ids).map((id) => textWithin('ids', id, LIMITS.idLength));
  await readAhead(ctx, ids, info);
  return loadEntities(ctx.loaders.entity, ids);
};

builder.queryFields((t) => ({
  node: t.field({
    type: 'Node',
    nullable: true,
    description: 'The node with this id, or null when there is none (Relay’s refetch field; `entity` gives its fields without a fragment).',
    args: { id: t.arg.id({ required: true, description: 'A node id, e.g. `john-bolton`.' }) },
    resolve: lookUp,
  }),
  nodes: t.field({
    type: ['Node'],
    nullable: { list: false, items: true },
    description: `The nodes with these ids, in the same order; null for an unknown id. At most ${LIMITS.ids} ids.`,
    args: {
      ids: t.arg.idList({ required: true, description: `Node ids (at most ${LIMITS.ids}).` }),
    },
    resolve: lookUpAll,
  }),
  entity: t.field({
    type: 'Entity',
    nullable: true,
    description: 'The entity with this id, or null when there is none: `entity(id: "john-bolton") { name kind }`.',
    args: { id: t.arg.id({ required: true, description: 'An entity id, e.g. `john-bolton`.' }) },
    resolve: lookUp,
  }),
  entities: t.field({
    type: ['Entity'],
    nullable: { list: false, items: true },
    description: `The entities with these ids, in the same order; null for an unknown id. At most ${LIMITS.ids} ids.`,
    args: {
      ids: t.arg.idList({ required: true, description: `Entity ids (at most ${LIMITS.ids}).` }),
    },
    resolve: lookUpAll,
  }),
}));

/**
 * A lookup per kind: `person(id: "john-bolton") { roles { role } }` selects a kind's own fields
 * with no fragment, so a cache that does not know the schema's interfaces (Apollo's default
 * InMemoryCache) has no fragment to match. Null when the id names no node of that kind.
 */
for (const kind of KINDS) {
  const field = kind.charAt(0).toLowerCase() + kind.slice(1);
  builder.queryField(field, (t) =>
    t.field({
      type: kind as 'Person',
      nullable: true,
      description: `The ${kind.toLowerCase()} with this id, or null when there is none (or the id names another kind of node).`,
      args: { id: t.arg.id({ required: true, description: 'A node id, e.g. `john-bolton`.' }) },
      resolve: async (root, args, ctx, info) => {
        const entity: EntityRecord | null = await lookUp(root, args, ctx, info);
        return entity?.kind === (kind as Kind) ? (entity as Extract<EntityRecord, { kind: 'Person' }>) : null;
      },
    }),
  );
}
