import type { EntityRecord } from '../graph/records.ts';
import { KIND_DESCRIPTIONS } from '../graph/vocabulary.ts';
import { scanFor } from '../graph/keyset.ts';
import type { StatementRecord } from '../graph/records.ts';
import type { GraphContext } from '../server/context.ts';
import { statements, statementsCount, statementsPage } from '../store/queries.ts';
import { LIMITS, intInRange, textWithin } from './args.ts';
import type { ConnectionArgs } from './connection.ts';
import { CONNECTION_PAGES } from './page-sizes.ts';
import { connectionOf, countOnce, encodeCursor, pageRequest } from './connection.ts';
import type { DateOrder } from './enums.ts';
import { DateOrderEnum } from './enums.ts';
import { REMOVED_AFTER } from './node.ts';
import { dateKey } from './timeline.ts';
import { builder } from './builder.ts';
import { QuoteTypeEnum } from './enums.ts';
import { readRelated, readRelatedOf, reads } from './relations.ts';

builder.objectType('Statement', {
  description: KIND_DESCRIPTIONS.Statement,
  interfaces: ['Node', 'Entity'],
  isTypeOf: (value) => (value as EntityRecord).kind === 'Statement',
  fields: (t) => ({
    text: t.string({
      description: 'The words as quoted (DIRECT) or the claim in one sentence (REPORTED).',
      resolve: (statement) => statement.text,
    }),
    quoteType: t.field({
      type: QuoteTypeEnum,
      nullable: true,
      description: 'Quoted word for word, or reported.',
      resolve: (statement) => statement.quoteType,
    }),
    date: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it was said, where the source says.',
      resolve: (statement) => statement.date,
    }),
    speakers: t.field({
      type: ['Entity'],
      description: 'Who said it (SAID, incoming): a person or an organization.',
      extensions: reads(['SAID'], 'IN'),
      resolve: readRelated,
    }),
    about: t.field({
      type: ['Entity'],
      description: 'What and whom it is about (ABOUT).',
      extensions: reads(['ABOUT'], 'OUT'),
      resolve: readRelated,
    }),
    reportedIn: t.field({
      type: ['Document'],
      description: 'The source documents that report it (REPORTED_IN).',
      extensions: reads(['REPORTED_IN'], 'OUT', 'Document'),
      resolve: readRelatedOf('Document'),
    }),
  }),
});

export const StatementConnection = builder.connectionObject(
  { type: 'Statement', name: 'StatementConnection', description: 'A page of statements.' },
  { name: 'StatementEdge', description: 'One statement of the page, with its cursor.' },
);

interface StatementArgs {
  speaker?: string | null;
  about?: string | null;
  document?: string | null;
}

function filtersOf(args: StatementArgs) {
  const optionalId = (name: string, value: string | null | undefined) => (value ? textWithin(name, value, LIMITS.idLength) : null);
  return { speaker: optionalId('speaker', args.speaker), about: optionalId('about', args.about), document: optionalId('document', args.document) };
}

async function statementsConnection(args: StatementArgs & ConnectionArgs & { orderBy: DateOrder }, ctx: GraphContext) {
  const filters = filtersOf(args);
  const list = `statements:${JSON.stringify(filters)}`;
  const request = pageRequest(args, CONNECTION_PAGES.StatementConnection, list, args.orderBy);
  const rows = await ctx.runner.run(statementsPage, { ...filters, ...scanFor(request, args.orderBy === 'DATE_DESC'), sep: '' });
  for (const statement of rows) ctx.loaders.entity.prime(statement.id, statement);
  const count = async () => (await ctx.runner.run(statementsCount, filters))[0]?.count ?? 0;
  return connectionOf(rows, request, (statement: StatementRecord) => ({ cursor: encodeCursor(list, args.orderBy, dateKey(statement)), node: statement }), countOnce(count));
}

const filterArgs = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  speaker: t.arg.id({ description: 'Only statements by this node, e.g. `john-bolton`.' }),
  about: t.arg.id({ description: 'Only statements about this node, e.g. `human-rights`.' }),
  document: t.arg.id({ description: 'Only statements reported in this document.' }),
});

builder.queryFields((t) => ({
  statementsConnection: t.field({
    type: StatementConnection,
    description:
      'Quotes and reported claims in date order, either way (undated ones last), optionally by speaker, subject and reporting document; ' +
      `a page at a time: ${CONNECTION_PAGES.StatementConnection.defaultSize} by default, at most ${LIMITS.listFirst}.`,
    args: {
      ...t.arg.connectionArgs(),
      ...filterArgs(t),
      orderBy: t.arg({ type: DateOrderEnum, defaultValue: 'DATE_ASC', required: true, description: 'Oldest or newest first.' }),
    },
    resolve: (_root, args, ctx) => statementsConnection(args, ctx),
  }),
  statements: t.field({
    type: ['Statement'],
    description: 'Quotes and reported claims in date order, optionally by speaker, subject and reporting document.',
    deprecationReason: `Use \`statementsConnection\`, which pages past the first ${LIMITS.listFirst} and sorts either way. Removed after ${REMOVED_AFTER}.`,
    args: {
      ...filterArgs(t),
      first: t.arg.int({ defaultValue: 100, required: true, description: `Most statements to return, 1 to ${LIMITS.listFirst}.` }),
    },
    resolve: async (_root, args, ctx) => {
      const found = await ctx.runner.run(statements, { ...filtersOf(args), limit: intInRange('first', args.first, 1, LIMITS.listFirst) });
      for (const statement of found) ctx.loaders.entity.prime(statement.id, statement);
      return found;
    },
  }),
}));
