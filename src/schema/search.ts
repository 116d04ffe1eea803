import type { Kind } from '../graph/records.ts';
import { KINDS } from '../graph/records.ts';
import { normalizeSearchText } from '../search/normalize.ts';
import type { SearchHit, SearchOrder } from '../search/run-search.ts';
import { countHits, searchHits } from '../search/run-search.ts';
import { scanFor } from '../graph/keyset.ts';
import type { GraphContext } from '../server/context.ts';
import { LIMITS, intInRange, listWithin, textWithin } from './args.ts';
import { builder } from './builder.ts';
import type { ConnectionArgs } from './connection.ts';
import { CONNECTION_PAGES } from './page-sizes.ts';
import { connectionOf, countOnce, encodeCursor, pageRequest } from './connection.ts';
import { KindEnum, MatchTypeEnum, SearchFieldEnum } from './enums.ts';
import { REMOVED_AFTER } from './node.ts';

const hitFields = {
  matchType: { description: 'How it matched (best first).' },
  matchedField: { description: 'What matched: a name or alias, a role the node holds, or its description.' },
  matchedText: { description: 'The name, alias, role or description that matched, as written in the graph (null for a words match across names).' },
  matchedAlias: { description: 'The name or alias that matched, as written in the graph (null for a words match across names, and for a role or description match).' },
  score: {
    description:
      'Relevance, the first thing hits are ranked by: for a name 4 exact, 3 prefix, 2 contains, 1 all words; 0.1 for a role, 0.01 for a description, however it matched.',
  },
};
const matchedAlias = (hit: Omit<SearchHit, 'node'>) => (hit.match.field === 'NAME' ? hit.matchedText : null);

builder.objectType('SearchHit', {
  description: 'One search result: the node, how it matched and what matched. A value of one search: it has no id.',
  fields: (t) => ({
    node: t.field({ type: 'Entity', description: 'The node found.', resolve: (hit) => hit.node }),
    graphNode: t.field({
      type: 'GraphNode',
      description: 'The same node in its flat, visualization shape.',
      deprecationReason: `GraphNode shares its id with the entity it shows: \`node\` has the same fields. Removed after ${REMOVED_AFTER}.`,
      resolve: (hit) => hit.node,
    }),
    matchType: t.field({ type: MatchTypeEnum, ...hitFields.matchType, resolve: (hit) => hit.match.matchType }),
    matchedField: t.field({ type: SearchFieldEnum, ...hitFields.matchedField, resolve: (hit) => hit.match.field }),
    matchedText: t.string({ nullable: true, ...hitFields.matchedText, resolve: (hit) => hit.matchedText }),
    matchedAlias: t.string({ nullable: true, ...hitFields.matchedAlias, resolve: matchedAlias }),
    score: t.float({ ...hitFields.score, resolve: (hit) => hit.match.score }),
  }),
});

export const SearchOrderEnum = builder.enumType('SearchOrder', {
  description: 'How search hits are ordered.',
  values: {
    RELEVANCE: {
      description: 'By `score` (exact, prefix, contains and all-words name matches, then roles, then descriptions), then shorter names first, then by name and id.',
    },
    NAME: { description: 'By name, alphabetically (then by id). Reads every hit of the query, where relevance reads what its page holds.' },
  },
});

/** A hit as an edge's extra fields see it. */
type Hit = Omit<SearchHit, 'node'>;
export const SearchHitConnection = builder.connectionObject(
  { type: 'Entity', name: 'SearchHitConnection', description: 'A page of search hits.' },
  {
    name: 'SearchHitEdge',
    description: 'One hit: the entity found (`node`), how it matched and what matched. A value of one search: it has no id.',
    fields: (t) => ({
      matchType: t.field({ type: MatchTypeEnum, ...hitFields.matchType, resolve: (edge) => (edge as unknown as Hit).match.matchType }),
      matchedField: t.field({ type: SearchFieldEnum, ...hitFields.matchedField, resolve: (edge) => (edge as unknown as Hit).match.field }),
      matchedText: t.string({ nullable: true, ...hitFields.matchedText, resolve: (edge) => (edge as unknown as Hit).matchedText }),
      matchedAlias: t.string({ nullable: true, ...hitFields.matchedAlias, resolve: (edge) => matchedAlias(edge as unknown as Hit) }),
      score: t.float({ ...hitFields.score, resolve: (edge) => (edge as unknown as Hit).match.score }),
    }),
  },
);

function searchRequest(args: { query: string; kinds?: readonly string[] | null }) {
  const term = normalizeSearchText(textWithin('query', args.query, LIMITS.queryLength));
  const kinds = listWithin('kinds', args.kinds, KINDS.length) as Kind[];
  return { term, kinds };
}

async function searchConnection(args: ConnectionArgs & { query: string; kinds?: readonly string[] | null; orderBy: SearchOrder }, ctx: GraphContext) {
  const request = searchRequest(args);
  const list = `search:${request.term}:${[...request.kinds].sort().join(',')}`;
  const page = pageRequest(args, CONNECTION_PAGES.SearchHitConnection, list, args.orderBy);
  const hits = request.term.length === 0 ? [] : await searchHits(ctx.runner, request, args.orderBy, scanFor(page, false));
  for (const hit of hits) ctx.loaders.entity.prime(hit.node.id, hit.node);
  const count = async () => (request.term.length === 0 ? 0 : countHits(ctx.runner, request));
  return connectionOf(hits, page, (hit) => ({ ...hit, cursor: encodeCursor(list, args.orderBy, hit.key) }), countOnce(count));
}

const queryArg = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  query: t.arg.string({ required: true, description: `Text to look for, 1 to ${LIMITS.queryLength} characters, e.g. \`lukashenko\`.` }),
  kinds: t.arg({ type: [KindEnum], description: 'Only nodes of these kinds (all when omitted).' }),
});

const SEARCH =
  'Finds nodes by name or alias, ignoring case, accents and punctuation: each word of the query must begin a word ' +
  'of a name, so `luka` finds Lukashenka as it is typed. Transliterations the graph records ' +
  '(Lukashenka / Lukashenko, Aliaksandr / Alexander) all match. Also finds nodes by the roles they hold and by ' +
  'their descriptions (`analyst`, `national security advisor`), when the longest word of the query is one of ' +
  'their words, ranked below every name match.';

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
    description: `${SEARCH} Ranked as \`searchConnection\` ranks them by relevance: its first page.`,
    deprecationReason: `Use \`searchConnection\`, which pages past the first ${LIMITS.searchFirst} hits. Removed after ${REMOVED_AFTER}.`,
    args: {
      ...queryArg(t),
      first: t.arg.int({ defaultValue: 10, required: true, description: `Most hits to return, 1 to ${LIMITS.searchFirst}.` }),
    },
    resolve: async (_root, args, ctx): Promise<SearchHit[]> => {
      const request = searchRequest(args);
      const limit = intInRange('first', args.first, 1, LIMITS.searchFirst);
      if (request.term.length === 0) return [];
      const hits = await searchHits(ctx.runner, request, 'RELEVANCE', { ascending: true, missingLast: true, start: null, stop: null, limit });
      for (const hit of hits) ctx.loaders.entity.prime(hit.node.id, hit.node);
      return hits;
    },
  }),
}));
