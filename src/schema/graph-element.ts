import type { EntityRecord } from '../graph/records.ts';
import { subtypeOf } from '../graph/records.ts';
import { builder } from './builder.ts';
import { BasisEnum, DatePrecisionEnum, KindEnum, RelationshipTypeEnum } from './enums.ts';
import { REMOVED_AFTER } from './node.ts';
import { documentsByIds, readsSources } from './relations.ts';

const dateOf = (node: EntityRecord): string | null => (node.kind === 'Event' || node.kind === 'Statement' ? node.date : null);

builder.objectType('GraphNode', {
  description:
    'Deprecated with the fields that return it (`Subgraph.nodes`, `Path.nodes`, `SearchHit.graphNode`): its `id` is the id of the entity it shows, ' +
    'so a cache keyed by id alone (Relay) takes the two for one object. The entities themselves carry the same fields (`label`, `key`, `data`, `subtype`). ' +
    `Removed after ${REMOVED_AFTER}.`,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable node id (the same as `Node.id`).' }),
    key: t.exposeID('id', { description: 'The id again, under the name graphology uses.' }),
    kind: t.field({ type: KindEnum, description: 'The node’s kind, for styling.', resolve: (node) => node.kind }),
    label: t.exposeString('name', { description: 'Display label (the node’s name).' }),
    aliases: t.exposeStringList('aliases', { description: 'Other names and spellings.' }),
    description: t.exposeString('description', { nullable: true, description: 'One sentence, in our words.' }),
    subtype: t.string({
      nullable: true,
      description: 'The finer type where the kind has one: event, organization, place or quote type.',
      resolve: (node) => subtypeOf(node),
    }),
    date: t.field({
      type: 'Date',
      nullable: true,
      description: 'The node’s date (events, statements), when known.',
      resolve: (node) => dateOf(node),
    }),
    datePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'How precise `date` is (a year-only date is stored as its first day).',
      resolve: (node) => (node.kind === 'Event' ? node.datePrecision : null),
    }),
    sources: t.exposeStringList('sources', { description: 'Ids of the documents that name the node.' }),
    data: t.field({ type: 'GraphNode', description: 'This node again, for nesting under `data` or `attributes`.', resolve: (node) => node }),
    node: t.field({ type: 'Entity', description: 'The typed node, for kind-specific fields.', resolve: (node) => node }),
  }),
});

builder.objectType('GraphEdge', {
  description:
    'A relationship as visualization clients load it: `id`, `source` and `target` node ids, `type`. ' +
    'Its id is stable and readable: `source:TYPE:target`. `data` returns the edge itself for nesting.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id, `source:TYPE:target`.' }),
    key: t.exposeID('id', { description: 'The id again, under the name graphology uses.' }),
    type: t.field({
      type: RelationshipTypeEnum,
      description: 'The relationship type.',
      resolve: (edge) => edge.type,
    }),
    label: t.string({
      description: 'The type in words, for edge labels, e.g. `met with`.',
      resolve: (edge) => edge.type.toLowerCase().replaceAll('_', ' '),
    }),
    source: t.exposeID('source', { description: 'Id of the node the relationship starts at.' }),
    target: t.exposeID('target', { description: 'Id of the node the relationship ends at.' }),
    from: t.exposeID('source', { description: 'The source id again, as vis-network and Neo4j NVL name it.' }),
    to: t.exposeID('target', { description: 'The target id again, as vis-network and Neo4j NVL name it.' }),
    sources: t.exposeStringList('sources', { description: 'Ids of the source documents that state it (none for an inferred edge).' }),
    sourceCount: t.int({
      description: 'How many source documents state it: 1 means it rests on one article alone, 0 that it is inferred.',
      resolve: (edge) => edge.sources.length,
    }),
    sourceDocuments: t.field({
      type: ['Document'],
      description: 'The source documents that state it (none for an inferred edge).',
      extensions: readsSources('edge'),
      resolve: (edge, _args, ctx) => documentsByIds(ctx, edge.sources),
    }),
    basis: t.field({
      type: BasisEnum,
      description: '`STATED` when the documents in `sources` state it, `INFERRED` when no article does (the reasoning is in `evidence`).',
      resolve: (edge) => edge.basis,
    }),
    evidence: t.exposeString('evidence', {
      nullable: true,
      description: 'What the sources state, in our words; for an inferred edge, the reasoning behind it.',
    }),
    date: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it happened, where the sources say.',
      resolve: (edge) => edge.date,
    }),
    datePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'How precise `date` is (a year-only date is stored as its first day).',
      resolve: (edge) => edge.datePrecision,
    }),
    role: t.string({
      nullable: true,
      description: 'The role it records, e.g. `President`, `host`.',
      resolve: (edge) => edge.role,
    }),
    data: t.field({ type: 'GraphEdge', description: 'This edge again, for nesting under `data` or `attributes`.', resolve: (edge) => edge }),
    sourceNode: t.field({
      type: 'Entity',
      nullable: true,
      description: 'The node the relationship starts at.',
      resolve: (edge, _args, ctx) => ctx.loaders.entity.load(edge.source),
    }),
    targetNode: t.field({
      type: 'Entity',
      nullable: true,
      description: 'The node the relationship ends at.',
      resolve: (edge, _args, ctx) => ctx.loaders.entity.load(edge.target),
    }),
  }),
});
