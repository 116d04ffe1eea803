import { LIMITS, listWithin, textWithin, timeView } from './args.ts';
import { timeArgs } from './time-args.ts';
import { loadEntities } from '../loaders/entity-loader.ts';
import { builder } from './builder.ts';
import { DirectionEnum, KindEnum, RelationshipTypeEnum } from './enums.ts';
import { documentsByIds, readsSources, relationsOf } from './relations.ts';

/** Relay's Node: every node of the graph, refetchable by its readable, global id. */
export const NodeRef = builder.interfaceType('Node',{
  description: 'Anything with a global id. Ids are readable and stable, e.g. `john-bolton`, `belarus-mfa`.',
  resolveType: (entity) => entity.kind,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The node’s global, readable id, unique across the graph.' }),
  }),
});

/** Fields every kind of node shares. */
export const EntityRef = builder.interfaceType('Entity',{
  description: 'A node of the actor graph: a person, organization, country, place, event, statement, document or topic.',
  interfaces: ['Node'],
  resolveType: (entity) => entity.kind,
  fields: (t) => ({
    kind: t.field({ type: KindEnum, description: 'Which kind of node this is.', resolve: (e) => e.kind }),
    name: t.exposeString('name', { description: 'Display name.' }),
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
      description: 'Relationships at this node, each with the node at the other end and its evidence.',
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

builder.queryFields((t) => ({
  node: t.field({
    type: 'Node',
    nullable: true,
    description: 'The node with this id, or null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'A node id, e.g. `john-bolton`.' }) },
    resolve: (_root, args, ctx) => ctx.loaders.entity.load(textWithin('id', args.id, LIMITS.idLength)),
  }),
  nodes: t.field({
    type: ['Node'],
    nullable: { list: false, items: true },
    description: `The nodes with these ids, in the same order; null for an unknown id. At most ${LIMITS.ids} ids.`,
    args: {
      ids: t.arg.idList({ required: true, description: `Node ids (at most ${LIMITS.ids}).` }),
    },
    resolve: async (_root, args, ctx) => {
      const ids = listWithin('ids', args.ids, LIMITS.ids).map((id) => textWithin('ids', id, LIMITS.idLength));
      return loadEntities(ctx.loaders.entity, ids);
    },
  }),
}));
