import { statements } from '../store/queries.ts';
import { LIMITS, intInRange, textWithin } from './args.ts';
import { builder } from './builder.ts';
import { QuoteTypeEnum } from './enums.ts';
import type { QuoteType } from './kind-fields.ts';
import { readRelated, reads, textProperty } from './relations.ts';

builder.objectType('Statement', {
  description: 'A quote or a reported claim: who said it, when, about what, and which document reports it.',
  interfaces: ['Node', 'Entity'],
  isTypeOf: (value) => (value as { kind?: string }).kind === 'Statement',
  fields: (t) => ({
    text: t.string({
      description: 'The words as quoted (DIRECT) or the claim in one sentence (REPORTED).',
      resolve: (statement) => textProperty(statement, 'text') ?? statement.name,
    }),
    quoteType: t.field({
      type: QuoteTypeEnum,
      nullable: true,
      description: 'Quoted word for word, or reported.',
      resolve: (statement) => textProperty(statement, 'quoteType') as QuoteType | null,
    }),
    date: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it was said, where the source says.',
      resolve: (statement) => textProperty(statement, 'date'),
    }),
    speakers: t.field({
      type: ['Node'],
      description: 'Who said it (SAID, incoming): a person or an organization.',
      extensions: reads(['SAID'], 'IN'),
      resolve: readRelated,
    }),
    about: t.field({
      type: ['Node'],
      description: 'What and whom it is about (ABOUT).',
      extensions: reads(['ABOUT'], 'OUT'),
      resolve: readRelated,
    }),
    reportedIn: t.field({
      type: ['Document'],
      description: 'The source documents that report it (REPORTED_IN).',
      extensions: reads(['REPORTED_IN'], 'OUT', 'Document'),
      resolve: readRelated,
    }),
  }),
});

builder.queryFields((t) => ({
  statements: t.field({
    type: ['Statement'],
    description: 'Quotes and reported claims in date order, optionally by speaker, subject and reporting document.',
    args: {
      speaker: t.arg.id({ description: 'Only statements by this node, e.g. `john-bolton`.' }),
      about: t.arg.id({ description: 'Only statements about this node, e.g. `human-rights`.' }),
      document: t.arg.id({ description: 'Only statements reported in this document.' }),
      first: t.arg.int({
        defaultValue: 100,
        required: true,
        description: `Most statements to return, 1 to ${LIMITS.listFirst}.`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const optionalId = (name: string, value: string | null | undefined) =>
        value ? textWithin(name, value, LIMITS.idLength) : null;
      const found = await ctx.runner.run(statements, {
        speaker: optionalId('speaker', args.speaker),
        about: optionalId('about', args.about),
        document: optionalId('document', args.document),
        limit: intInRange('first', args.first, 1, LIMITS.listFirst),
      });
      for (const statement of found) ctx.loaders.entity.prime(statement.id, statement);
      return found;
    },
  }),
}));
