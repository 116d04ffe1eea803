import type { RowKey } from '../graph/keyset.ts';
import { scanFor, TIE_SEPARATOR } from '../graph/keyset.ts';
import type { EntityRecord, RelationRecord } from '../graph/records.ts';
import { relationId } from '../graph/records.ts';
import type { GraphContext } from '../server/context.ts';
import { builder } from './builder.ts';
import type { ConnectionArgs } from './connection.ts';
import { CONNECTION_PAGES } from './page-sizes.ts';
import { connectionOf, encodeCursor, pageRequest } from './connection.ts';
import { BasisEnum, DatePrecisionEnum, DirectionEnum, RelationshipTypeEnum } from './enums.ts';
import { documentsByIds, readsSources } from './relations.ts';
import { timeView } from './args.ts';
import { timeArgs } from './time-args.ts';

builder.objectType('Relation', {
  description:
    'A relationship seen from one of its ends: its type, which way it points, the node at the other end, and the evidence for it. ' +
    'Its `id` names the relationship and the end it is seen from, so caches keep each view once. ' +
    'Lists of relations come in date order (undated last), then by the ids of the relationship’s start, its type and its end.',
  fields: (t) => ({
    id: t.id({
      description: 'Stable id: the relationship’s id and which way it points from the node it is seen from, e.g. `john-bolton:MET_WITH:aliaksandr-lukashenka/OUT`.',
      resolve: (relation) => relationId(relation),
    }),
    type: t.field({ type: RelationshipTypeEnum, description: 'The relationship type.', resolve: (relation) => relation.edge.type }),
    direction: t.field({
      type: DirectionEnum,
      description: '`OUT` when the relationship starts at the node it was asked from, `IN` when it ends there.',
      resolve: (relation) => relation.direction,
    }),
    node: t.field({ type: 'Entity', description: 'The node at the other end.', resolve: (relation) => relation.node }),
    edge: t.field({ type: 'GraphEdge', description: 'The relationship itself, as subgraphs list it.', resolve: (relation) => relation.edge }),
    role: t.string({
      nullable: true,
      description: 'The role the relationship records, e.g. `President`, `host`, `expert`.',
      resolve: (relation) => relation.edge.role,
    }),
    date: t.field({ type: 'Date', nullable: true, description: 'When it happened, where the sources say.', resolve: (relation) => relation.edge.date }),
    datePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'How precise `date` is (a year-only date is stored as its first day).',
      resolve: (relation) => relation.edge.datePrecision,
    }),
    basis: t.field({
      type: BasisEnum,
      description: '`STATED` when the documents in `sources` state it, `INFERRED` when no article does (the reasoning is in `evidence`).',
      resolve: (relation) => relation.edge.basis,
    }),
    evidence: t.string({
      nullable: true,
      description: 'What the sources state, in our words; for an inferred relationship, the reasoning behind it.',
      resolve: (relation) => relation.edge.evidence,
    }),
    sourceCount: t.int({
      description: 'How many source documents state it: 1 means it rests on one article alone, 0 that it is inferred.',
      resolve: (relation) => relation.edge.sources.length,
    }),
    sources: t.field({
      type: ['Document'],
      description: 'The source documents that state this relationship (none for an inferred one).',
      extensions: readsSources('edge'),
      resolve: (relation, _args, ctx) => documentsByIds(ctx, relation.edge.sources),
    }),
  }),
});

export const RelationOrderEnum = builder.enumType('RelationOrder', {
  description: 'How an entity’s relationships are ordered; ties go by source id, type and target id.',
  values: {
    DATE_ASC: { description: 'Oldest first; undated relationships last.' },
    DATE_DESC: { description: 'Newest first; undated relationships last.' },
    TYPE: { description: 'By relationship type, alphabetically.' },
  },
});
type RelationOrder = 'DATE_ASC' | 'DATE_DESC' | 'TYPE';

export const RelationConnection = builder.connectionObject(
  { type: 'Relation', name: 'RelationConnection', description: 'A page of an entity’s relationships, each seen from the entity.' },
  { name: 'RelationEdge', description: 'One relationship of the page, with its cursor.' },
);

/** The sort key of a relationship in an order (see cypher/queries/relations-page.cypher). */
function keyOf(relation: RelationRecord, order: RelationOrder): RowKey {
  const { edge } = relation;
  const tie = [edge.source, edge.type, edge.target].join(TIE_SEPARATOR);
  const primary = order === 'TYPE' ? edge.type : edge.date;
  return { missing: primary === null, primary, tie };
}

interface RelationsArgs extends ConnectionArgs {
  types: readonly string[];
  direction: 'BOTH' | 'OUT' | 'IN';
  orderBy: RelationOrder;
  asOf?: string | null;
  includeUndated?: boolean | null;
}

async function relationsConnection(entity: EntityRecord, args: RelationsArgs, ctx: GraphContext) {
  const list = `relationships:${entity.id}`;
  const request = pageRequest(args, CONNECTION_PAGES.RelationConnection, list, args.orderBy);
  const scan = scanFor(request, args.orderBy === 'DATE_DESC');
  const order = args.orderBy === 'TYPE' ? 'TYPE' : 'DATE';
  const page = args.types.length === 0 ? { rows: [], total: 0 } : await ctx.loaders.relationPages.load({ id: entity.id, types: args.types, side: args.direction, order, scan, ...timeView(args) });
  return connectionOf(
    page.rows,
    request,
    (relation) => ({ cursor: encodeCursor(list, args.orderBy, keyOf(relation, args.orderBy)), node: relation }),
    () => Promise.resolve(page.total),
  );
}

builder.interfaceField('Entity', 'relationshipsConnection', (t) =>
  t.field({
    type: RelationConnection,
    description:
      'Relationships at this node, a page at a time, each with the node at the other end and its evidence: ' +
      `${CONNECTION_PAGES.RelationConnection.defaultSize} by default, at most ${CONNECTION_PAGES.RelationConnection.maxSize} a page.`,
    args: {
      ...t.arg.connectionArgs(),
      types: t.arg({ type: [RelationshipTypeEnum], required: true, description: 'The relationship types to follow; an empty list gives an empty answer.' }),
      direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH', required: true, description: 'Outgoing, incoming or both.' }),
      orderBy: t.arg({ type: RelationOrderEnum, defaultValue: 'DATE_ASC', required: true, description: 'The order of the relationships.' }),
      ...timeArgs(t.arg),
    },
    resolve: (entity, args, ctx) => relationsConnection(entity, args, ctx),
  }),
);
