import type { EntityRecord } from '../graph/records.ts';
import { KINDS } from '../graph/records.ts';
import { encodeCursor } from '../analytics/snapshot.ts';
import type { SliceKey } from '../loaders/document-loader.ts';
import type { MentionPageShape, SliceShape } from './shapes.ts';
import { inputError } from '../errors.ts';
import { LIMITS, intInRange, listWithin, textWithin } from './args.ts';
import { builder } from './builder.ts';
import { KindEnum } from './enums.ts';
import { afterPosition, pageInfo, PageInfoRef } from './page-info.ts';
import { documentsByIds } from './relations.ts';

const mentionCursor = (entity: EntityRecord) => encodeCursor({ value: 0, id: entity.id });

builder.objectType('MentionEdge', {
  description: 'An entity a document names.',
  fields: (t) => ({
    cursor: t.string({ description: 'Pass it as `after` for the entities after this one.', resolve: mentionCursor }),
    node: t.field({ type: 'Entity', description: 'The entity.', resolve: (entity) => entity }),
  }),
});

builder.objectType('MentionConnection', {
  description: 'What a document names, by id, a page at a time.',
  fields: (t) => ({
    edges: t.field({ type: ['MentionEdge'], description: 'The entities of this page.', resolve: (page) => page.items }),
    pageInfo: t.field({
      type: PageInfoRef,
      description: 'Where this page stands.',
      resolve: (page) => pageInfo(page.items.map(mentionCursor), { hasNextPage: page.hasNextPage, hasPreviousPage: page.after !== null }),
    }),
    totalCount: t.exposeInt('total', { description: 'How many entities of those kinds the document names.' }),
  }),
});

builder.objectField('Document', 'mentions', (t) =>
  t.field({
    type: 'MentionConnection',
    description: 'Every entity the document names (whose `sources` cite it): people, organizations, places, events, quotes, topics; by id.',
    args: {
      kinds: t.arg({ type: [KindEnum], description: 'Only entities of these kinds (all when omitted).' }),
      first: t.arg.int({ defaultValue: 50, required: true, description: `Most entities in the page, 1 to ${LIMITS.pageFirst}.` }),
      after: t.arg.string({ description: 'A cursor from an earlier page: the entities after it.' }),
    },
    resolve: async (document, args, ctx): Promise<MentionPageShape> => {
      const limit = intInRange('first', args.first, 1, LIMITS.pageFirst);
      const after = afterPosition(args.after)?.id ?? null;
      const kinds = listWithin('kinds', args.kinds, KINDS.length);
      const page = await ctx.loaders.documents.mentions.load({ document: document.id, kinds, after, limit: limit + 1 });
      return { items: page.items.slice(0, limit), total: page.total, hasNextPage: page.items.length > limit, after };
    },
  }),
);

builder.objectType('CoverageSlice', {
  description: 'What some documents state: the entities they name and the relationships they state, counted, and the first of each.',
  fields: (t) => ({
    entityCount: t.int({ description: 'How many entities.', resolve: async (slice, _args, ctx) => (await ctx.loaders.documents.coverageEntities.load({ ...slice, limit: 0 })).total }),
    relationshipCount: t.int({
      description: 'How many relationships.',
      resolve: async (slice, _args, ctx) => (await ctx.loaders.documents.coverageRelationships.load({ ...slice, limit: 0 })).total,
    }),
    entities: t.field({
      type: ['Entity'],
      description: 'The entities, by id.',
      args: { first: t.arg.int({ defaultValue: 50, required: true, description: `Most entities, 1 to ${LIMITS.pageFirst}.` }) },
      resolve: async (slice, args, ctx) => (await ctx.loaders.documents.coverageEntities.load(sliceKey(slice, args.first))).items,
    }),
    relationships: t.field({
      type: ['GraphEdge'],
      description: 'The relationships, by source id, type and target id, each with its evidence.',
      args: { first: t.arg.int({ defaultValue: 50, required: true, description: `Most relationships, 1 to ${LIMITS.pageFirst}.` }) },
      resolve: async (slice, args, ctx) => (await ctx.loaders.documents.coverageRelationships.load(sliceKey(slice, args.first))).items,
    }),
  }),
});

function sliceKey(slice: SliceShape, first: number): SliceKey {
  return { ...slice, limit: intInRange('first', first, 1, LIMITS.pageFirst) };
}

builder.objectType('DocumentCoverage', {
  description: 'What one document states that none of the others compared states: the facts that rest on it alone.',
  fields: (t) => ({
    document: t.field({ type: 'Document', description: 'The document.', resolve: (coverage) => coverage.document }),
    alone: t.field({ type: 'CoverageSlice', description: 'What it alone, of the documents compared, states.', resolve: (coverage) => coverage.alone }),
    all: t.field({ type: 'CoverageSlice', description: 'Everything it states.', resolve: (coverage) => ({ all: [coverage.document.id], none: [] }) }),
  }),
});

builder.objectType('Coverage', {
  description: 'What a set of documents states together, and what each states alone: which facts rest on one article only.',
  fields: (t) => ({
    documents: t.field({ type: ['Document'], description: 'The documents compared (the known ones among those asked for).', resolve: (coverage) => coverage.documents }),
    shared: t.field({ type: 'CoverageSlice', description: 'What every one of the documents states.', resolve: (coverage) => ({ all: coverage.documents.map((d) => d.id), none: [] }) }),
    byDocument: t.field({
      type: ['DocumentCoverage'],
      description: 'Each document, with what it states and none of the others does.',
      resolve: (coverage) =>
        coverage.documents.map((document) => ({ document, alone: { all: [document.id], none: coverage.documents.filter((d) => d.id !== document.id).map((d) => d.id) } })),
    }),
  }),
});

builder.queryFields((t) => ({
  coverage: t.field({
    type: 'Coverage',
    description:
      'What the given documents state: the entities they name and the relationships they state, those stated by all of them ' +
      '(`shared`) and by each one alone (`byDocument`). Unknown ids are left out.',
    args: { documents: t.arg.idList({ required: true, description: `Document ids, 1 to ${LIMITS.coverageDocuments}.` }) },
    resolve: async (_root, args, ctx) => {
      const ids = listWithin('documents', args.documents, LIMITS.coverageDocuments).map((id) => textWithin('documents', id, LIMITS.idLength));
      if (ids.length === 0) throw inputError('BAD_INPUT', 'documents', 'Argument "documents" must name at least one document.');
      return { documents: await documentsByIds(ctx, [...new Set(ids)]) };
    },
  }),
}));
