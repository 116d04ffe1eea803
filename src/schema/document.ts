import type { EntityRecord } from '../graph/records.ts';
import { KIND_DESCRIPTIONS } from '../graph/vocabulary.ts';
import { scanFor } from '../graph/keyset.ts';
import type { DocumentRecord } from '../graph/records.ts';
import { documentsCount, documentsPage, entitiesByKind } from '../store/queries.ts';
import { LIMITS, intInRange } from './args.ts';
import { connectionOf, countOnce, encodeCursor, pageRequest } from './connection.ts';
import { CONNECTION_PAGES } from './page-sizes.ts';
import { REMOVED_AFTER } from './node.ts';
import { builder } from './builder.ts';
import { readRelated, readRelatedOf, reads } from './relations.ts';

builder.objectType('Document', {
  description: KIND_DESCRIPTIONS.Document,
  interfaces: ['Node', 'Entity'],
  isTypeOf: (value) => (value as EntityRecord).kind === 'Document',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The article’s headline.' }),
    outlet: t.exposeString('outlet', { nullable: true, description: 'Where it was published.' }),
    author: t.exposeString('author', { nullable: true, description: 'Who wrote it.' }),
    file: t.exposeString('file', { nullable: true, description: 'The source file the graph was built from.' }),
    coversDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day of the events it reports.',
      resolve: (doc) => doc.coversDate,
    }),
    statements: t.field({
      type: ['Statement'],
      description: 'Quotes and claims it reports (REPORTED_IN, incoming).',
      extensions: reads(['REPORTED_IN'], 'IN', 'Statement'),
      resolve: readRelatedOf('Statement'),
    }),
    events: t.field({
      type: ['Event'],
      description: 'Events it reports (REPORTED_IN, incoming).',
      extensions: reads(['REPORTED_IN'], 'IN', 'Event'),
      resolve: readRelatedOf('Event'),
    }),
    authors: t.field({
      type: ['Person'],
      description: 'Its authors (AUTHORED, incoming).',
      extensions: reads(['AUTHORED'], 'IN', 'Person'),
      resolve: readRelatedOf('Person'),
    }),
    publishedBy: t.field({
      type: ['Organization'],
      description: 'The outlet that published it (PUBLISHED_BY).',
      extensions: reads(['PUBLISHED_BY'], 'OUT', 'Organization'),
      resolve: readRelatedOf('Organization'),
    }),
    cites: t.field({
      type: ['Organization'],
      description: 'Organizations it names as sources or photo credits (CITES).',
      extensions: reads(['CITES'], 'OUT', 'Organization'),
      resolve: readRelatedOf('Organization'),
    }),
  }),
});

export const DocumentConnection = builder.connectionObject(
  { type: 'Document', name: 'DocumentConnection', description: 'A page of source documents.' },
  { name: 'DocumentEdge', description: 'One document of the page, with its cursor.' },
);

builder.queryFields((t) => ({
  documentsConnection: t.field({
    type: DocumentConnection,
    description: `The source documents, by id, a page at a time: ${CONNECTION_PAGES.DocumentConnection.defaultSize} by default, at most ${LIMITS.listFirst}.`,
    args: t.arg.connectionArgs(),
    resolve: async (_root, args, ctx) => {
      const request = pageRequest(args, CONNECTION_PAGES.DocumentConnection, 'documents', 'ID');
      const rows = await ctx.runner.run(documentsPage, { ...scanFor(request, false), sep: '' });
      for (const doc of rows) ctx.loaders.entity.prime(doc.id, doc);
      const count = async () => (await ctx.runner.run(documentsCount, {}))[0]?.count ?? 0;
      const keyOf = (doc: DocumentRecord) => ({ missing: false, primary: doc.id, tie: doc.id });
      return connectionOf(rows, request, (doc: DocumentRecord) => ({ cursor: encodeCursor('documents', 'ID', keyOf(doc)), node: doc }), countOnce(count));
    },
  }),
  documents: t.field({
    type: ['Document'],
    description: 'The source documents, by id.',
    deprecationReason: `Use \`documentsConnection\`, which pages by cursor. Removed after ${REMOVED_AFTER}.`,
    args: {
      first: t.arg.int({ defaultValue: 100, required: true, description: `Most documents, 1 to ${LIMITS.listFirst}.` }),
      offset: t.arg.int({ defaultValue: 0, required: true, description: 'How many to skip, for paging.' }),
    },
    resolve: async (_root, args, ctx) => {
      const docs = await ctx.runner.run(entitiesByKind, {
        kind: 'Document',
        offset: intInRange('offset', args.offset, 0, 1_000_000),
        limit: intInRange('first', args.first, 1, LIMITS.listFirst),
      });
      for (const doc of docs) ctx.loaders.entity.prime(doc.id, doc);
      return docs.filter((doc): doc is DocumentRecord => doc.kind === 'Document');
    },
  }),
}));
