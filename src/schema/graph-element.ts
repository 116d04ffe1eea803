import type { RelationshipType } from '../graph/vocabulary.ts';
import { builder } from './builder.ts';
import { BasisEnum, DatePrecisionEnum, KindEnum, RelationshipTypeEnum } from './enums.ts';
import type { DatePrecision } from './kind-fields.ts';
import { documentsByIds, readsSources, textProperty } from './relations.ts';

const SUBTYPE_PROPERTIES = ['eventType', 'orgType', 'placeType', 'quoteType'];

builder.objectType('GraphNode', {
  description:
    'A node as visualization clients load it: flat, with a stable `id`, a display `label` and a `kind`. ' +
    '`data` returns the node itself, so one query can produce Cytoscape.js `{ data: {…} }` or graphology `{ key, attributes }` shapes with aliases only.',
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
      resolve: (node) => SUBTYPE_PROPERTIES.map((name) => textProperty(node, name)).find(Boolean) ?? null,
    }),
    date: t.field({
      type: 'Date',
      nullable: true,
      description: 'The node’s date (events, statements), when known.',
      resolve: (node) => textProperty(node, 'date'),
    }),
    datePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'How precise `date` is (a year-only date is stored as its first day).',
      resolve: (node) => textProperty(node, 'datePrecision') as DatePrecision | null,
    }),
    sources: t.exposeStringList('sources', { description: 'Ids of the documents that name the node.' }),
    data: t.field({ type: 'GraphNode', description: 'This node again, for nesting under `data` or `attributes`.', resolve: (node) => node }),
    node: t.field({ type: 'Node', description: 'The typed node, for kind-specific fields.', resolve: (node) => node }),
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
      resolve: (edge) => edge.type as RelationshipType,
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
      resolve: (edge) => textProperty(edge, 'date'),
    }),
    datePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'How precise `date` is (a year-only date is stored as its first day).',
      resolve: (edge) => textProperty(edge, 'datePrecision') as DatePrecision | null,
    }),
    role: t.string({
      nullable: true,
      description: 'The role it records, e.g. `President`, `host`.',
      resolve: (edge) => textProperty(edge, 'role'),
    }),
    data: t.field({ type: 'GraphEdge', description: 'This edge again, for nesting under `data` or `attributes`.', resolve: (edge) => edge }),
    sourceNode: t.field({
      type: 'Node',
      nullable: true,
      description: 'The node the relationship starts at.',
      resolve: (edge, _args, ctx) => ctx.loaders.entity.load(edge.source),
    }),
    targetNode: t.field({
      type: 'Node',
      nullable: true,
      description: 'The node the relationship ends at.',
      resolve: (edge, _args, ctx) => ctx.loaders.entity.load(edge.target),
    }),
  }),
});
