import { builder } from './builder.ts';
import { BasisEnum, DatePrecisionEnum, DirectionEnum, RelationshipTypeEnum } from './enums.ts';
import type { DatePrecision } from './kind-fields.ts';
import type { RelationshipType } from '../graph/vocabulary.ts';
import { documentsByIds, readsSources, textProperty } from './relations.ts';

builder.objectType('Relation', {
  description:
    'A relationship seen from one of its ends: its type, which way it points, the node at the other end, and the evidence for it.',
  fields: (t) => ({
    type: t.field({
      type: RelationshipTypeEnum,
      description: 'The relationship type.',
      resolve: (relation) => relation.edge.type as RelationshipType,
    }),
    direction: t.field({
      type: DirectionEnum,
      description: '`OUT` when the relationship starts at the node it was asked from, `IN` when it ends there.',
      resolve: (relation) => relation.direction,
    }),
    node: t.field({ type: 'Node', description: 'The node at the other end.', resolve: (relation) => relation.node }),
    edge: t.field({
      type: 'GraphEdge',
      description: 'The relationship itself, as subgraphs list it.',
      resolve: (relation) => relation.edge,
    }),
    role: t.string({
      nullable: true,
      description: 'The role the relationship records, e.g. `President`, `host`, `expert`.',
      resolve: (relation) => textProperty(relation.edge, 'role'),
    }),
    date: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it happened, where the sources say.',
      resolve: (relation) => textProperty(relation.edge, 'date'),
    }),
    datePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'How precise `date` is (a year-only date is stored as its first day).',
      resolve: (relation) => textProperty(relation.edge, 'datePrecision') as DatePrecision | null,
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
