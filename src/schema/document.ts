import { entitiesByKind } from '../store/queries.ts';
import { LIMITS, intInRange } from './args.ts';
import { builder } from './builder.ts';
import { readRelated, reads, textProperty } from './relations.ts';

builder.objectType('Document', {
  description: 'A source article the graph is built from. Every relationship and quote names the documents that state it.',
  interfaces: ['Node', 'Entity'],
  isTypeOf: (value) => (value as { kind?: string }).kind === 'Document',
  fields: (t) => ({
    title: t.string({ description: 'The article’s headline.', resolve: (doc) => textProperty(doc, 'title') ?? doc.name }),
    outlet: t.string({ nullable: true, description: 'Where it was published.', resolve: (doc) => textProperty(doc, 'outlet') }),
    author: t.string({ nullable: true, description: 'Who wrote it.', resolve: (doc) => textProperty(doc, 'author') }),
    file: t.string({
      nullable: true,
      description: 'The source file the graph was built from.',
      resolve: (doc) => textProperty(doc, 'file'),
    }),
    coversDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day of the events it reports.',
      resolve: (doc) => textProperty(doc, 'coversDate'),
    }),
    statements: t.field({
      type: ['Statement'],
      description: 'Quotes and claims it reports (REPORTED_IN, incoming).',
      extensions: reads(['REPORTED_IN'], 'IN', 'Statement'),
      resolve: readRelated,
    }),
    events: t.field({
      type: ['Event'],
      description: 'Events it reports (REPORTED_IN, incoming).',
      extensions: reads(['REPORTED_IN'], 'IN', 'Event'),
      resolve: readRelated,
    }),
    authors: t.field({
      type: ['Person'],
      description: 'Its authors (AUTHORED, incoming).',
      extensions: reads(['AUTHORED'], 'IN', 'Person'),
      resolve: readRelated,
    }),
    publishedBy: t.field({
      type: ['Organization'],
      description: 'The outlet that published it (PUBLISHED_BY).',
      extensions: reads(['PUBLISHED_BY'], 'OUT', 'Organization'),
      resolve: readRelated,
    }),
    cites: t.field({
      type: ['Organization'],
      description: 'Organizations it names as sources or photo credits (CITES).',
      extensions: reads(['CITES'], 'OUT', 'Organization'),
      resolve: readRelated,
    }),
  }),
});

builder.queryFields((t) => ({
  documents: t.field({
    type: ['Document'],
    description: 'The source documents, by id.',
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
      return docs;
    },
  }),
}));
