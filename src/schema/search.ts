import { scanFor, TIE_SEPARATOR } from '../graph/keyset.ts';
import type { RowKey } from '../graph/keyset.ts';
import type { EntityRecord } from '../graph/records.ts';
import { KINDS } from '../graph/records.ts';
import { normalizeSearchText } from '../search/normalize.ts';
import type { GraphContext } from '../server/context.ts';
import type { SearchRow } from '../store/queries.ts';
import { searchCount, searchEntities, searchPage } from '../store/queries.ts';
import { LIMITS, intInRange, listWithin, textWithin } from './args.ts';
import { builder } from './builder.ts';
import type { ConnectionArgs } from './connection.ts';
import { CONNECTION_PAGES } from './page-sizes.ts';
import { connectionOf, countOnce, encodeCursor, pageRequest } from './connection.ts';
import { KindEnum, MatchTypeEnum } from './enums.ts';
import { REMOVED_AFTER } from './node.ts';

export type MatchType = 'EXACT' | 'PREFIX' | 'CONTAINS' | 'WORDS';

/** A hit: the entity, how it matched and which of its names matched. */
export interface SearchHitRecord {
  node: EntityRecord;
  matchType: MatchType;
  matchedAlias: string | null;
  score: number;
}

const MATCH_BY_RANK: Record<number, MatchType> = { 4: 'EXACT', 3: 'PREFIX', 2: 'CONTAINS', 1: 'WORDS' };

/** The name or alias whose normalised form is `key`. */
function aliasFor(node: EntityRecord, key: string | null): string | null {
  if (key === null) return null;
  return [node.name, ...node.aliases].find((name) => normalizeSearchText(name) === key) ?? null;
}

const hitOf = (row: SearchRow): SearchHitRecord => ({
  node: row.node,
  matchType: MATCH_BY_RANK[row.rank] ?? 'WORDS',
  matchedAlias: aliasFor(row.node, row.matchedKey),
  score: row.rank,
});

const hitFields = {
  matchType: { description: 'How it matched (best first).' },
  matchedAlias: { description: 'The name or alias that matched, as written in the graph (null for a words match across names).' },
  score: { description: 'Relevance: 4 exact, 3 prefix, 2 contains, 1 words.' },
};

builder.objectType('SearchHit', {
  description: 'One search result: the node, how it matched and which of its names matched. A value of one search: it has no id.',
  fields: (t) => ({
    node: t.field({ type: 'Entity', description: 'The node found.', resolve: (hit) => hit.node }),
    graphNode: t.field({
      type: 'GraphNode',
      description: 'The same node in its flat, visualization shape.',
      deprecationReason: `GraphNode shares its id with the entity it shows: \`node\` has the same fields. Removed after ${REMOVED_AFTER}.`,
      resolve: (hit) => hit.node,
    }),
    matchType: t.field({ type: MatchTypeEnum, ...hitFields.matchType, resolve: (hit) => hit.matchType }),
    matchedAlias: t.exposeString('matchedAlias', { nullable: true, ...hitFields.matchedAlias }),
    score: t.exposeFloat('score', hitFields.score),
  }),
});

export const SearchOrderEnum = builder.enumType('SearchOrder', {
  description: 'How search hits are ordered.',
  values: {
    RELEVANCE: { description: 'Best match first (exact, prefix, contains, all words), then shorter names, then by name.' },
    NAME: { description: 'By name, alphabetically (then by id).' },
  },
});
type SearchOrder = 'RELEVANCE' | 'NAME';

type Hit = Omit<SearchHitRecord, 'node'>;
export const SearchHitConnection = builder.connectionObject(
  { type: 'Entity', name: 'SearchHitConnection', description: 'A page of search hits.' },
  {
    name: 'SearchHitEdge',
    description: 'One hit: the entity found (`node`), how it matched and which of its names matched. A value of one search: it has no id.',
    fields: (t) => ({
      matchType: t.field({ type: MatchTypeEnum, ...hitFields.matchType, resolve: (edge) => (edge as unknown as Hit).matchType }),
      matchedAlias: t.string({ nullable: true, ...hitFields.matchedAlias, resolve: (edge) => (edge as unknown as Hit).matchedAlias }),
      score: t.float({ ...hitFields.score, resolve: (edge) => (edge as unknown as Hit).score }),
    }),
  },
);

/** The sort key of a hit (see cypher/queries/search-page.cypher). */
function keyOf(row: SearchRow, order: SearchOrder): RowKey {
  return order === 'NAME'
    ? { missing: false, primary: row.node.name, tie: row.node.id }
    : { missing: false, primary: row.node.name.length - 10_000 * row.rank, tie: row.node.name + TIE_SEPARATOR + row.node.id };
}

function searchTerms(args: { query: string; kinds?: readonly string[] | null }) {
  const term = normalizeSearchText(textWithin('query', args.query, LIMITS.queryLength));
  const kinds = listWithin('kinds', args.kinds, KINDS.length);
  return { term, tokens: term.split(' '), kinds };
}

async function searchConnection(args: ConnectionArgs & { query: string; kinds?: readonly string[] | null; orderBy: SearchOrder }, ctx: GraphContext) {
  const terms = searchTerms(args);
  const list = `search:${terms.term}:${[...terms.kinds].sort().join(',')}`;
  const request = pageRequest(args, CONNECTION_PAGES.SearchHitConnection, list, args.orderBy);
  const rows = terms.term.length === 0 ? [] : await ctx.runner.run(searchPage, { ...terms, ...scanFor(request, false), sep: TIE_SEPARATOR, order: args.orderBy });
  const count = async () => (terms.term.length === 0 ? 0 : ((await ctx.runner.run(searchCount, terms))[0]?.count ?? 0));
  return connectionOf(rows, request, (row) => ({ cursor: encodeCursor(list, args.orderBy, keyOf(row, args.orderBy)), ...hitOf(row) }), countOnce(count));
}

const queryArg = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  query: t.arg.string({ required: true, description: `Text to look for, 1 to ${LIMITS.queryLength} characters, e.g. \`lukashenko\`.` }),
  kinds: t.arg({ type: [KindEnum], description: 'Only nodes of these kinds (all when omitted).' }),
});

const SEARCH =
  'Finds nodes by name or alias, ignoring case, accents and punctuation: each word of the query must begin a word ' +
  'of a name, so `luka` finds Lukashenka as it is typed. Transliterations the graph records ' +
  '(Lukashenka / Lukashenko, Aliaksandr / Alexander) all match.';

builder.queryFields((t) => ({
  searchConnection: t.field({
    type: SearchHitConnection,
    description: `${SEARCH} A page at a time: ${CONNECTION_PAGES.SearchHitConnection.defaultSize} hits by default, at most ${LIMITS.searchFirst}.`,
    args: {
      ...t.arg.connectionArgs(),
      ...queryArg(t),
      orderBy: t.arg({ type: SearchOrderEnum, defaultValue: 'RELEVANCE', required: true, description: 'The order of the hits.' }),
    },
    resolve: (_root, args, ctx) => searchConnection(args, ctx),
  }),
  search: t.field({
    type: ['SearchHit'],
    description: `${SEARCH} Ranked: exact, prefix, contains, then all words.`,
    deprecationReason: `Use \`searchConnection\`, which pages past the first ${LIMITS.searchFirst} hits. Removed after ${REMOVED_AFTER}.`,
    args: {
      ...queryArg(t),
      first: t.arg.int({ defaultValue: 10, required: true, description: `Most hits to return, 1 to ${LIMITS.searchFirst}.` }),
    },
    resolve: async (_root, args, ctx): Promise<SearchHitRecord[]> => {
      const terms = searchTerms(args);
      const limit = intInRange('first', args.first, 1, LIMITS.searchFirst);
      if (terms.term.length === 0) return [];
      return (await ctx.runner.run(searchEntities, { ...terms, limit })).map(hitOf);
    },
  }),
}));
