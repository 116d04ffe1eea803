import type { EntityRecord } from '../graph/records.ts';
import { KINDS } from '../graph/records.ts';
import { normalizeSearchText } from '../search/normalize.ts';
import { searchEntities } from '../store/queries.ts';
import { LIMITS, intInRange, listWithin, textWithin } from './args.ts';
import { builder } from './builder.ts';
import { KindEnum, MatchTypeEnum } from './enums.ts';
import type { MatchType, SearchHitShape } from './shapes.ts';

const MATCH_BY_RANK: Record<number, MatchType> = { 4: 'EXACT', 3: 'PREFIX', 2: 'CONTAINS', 1: 'WORDS' };

builder.objectType('SearchHit', {
  description: 'One search result: the node, how it matched and which of its names matched.',
  fields: (t) => ({
    node: t.field({ type: 'Node', description: 'The node found.', resolve: (hit) => hit.node }),
    graphNode: t.field({ type: 'GraphNode', description: 'The same node in its flat, visualization shape.', resolve: (hit) => hit.node }),
    matchType: t.field({ type: MatchTypeEnum, description: 'How it matched (best first).', resolve: (hit) => hit.matchType }),
    matchedAlias: t.exposeString('matchedAlias', {
      nullable: true,
      description: 'The name or alias that matched, as written in the graph (null for a words match across names).',
    }),
    score: t.exposeFloat('score', { description: 'Relevance: 4 exact, 3 prefix, 2 contains, 1 words.' }),
  }),
});

/** The name or alias whose normalised form is `key`. */
function aliasFor(node: EntityRecord, key: string | null): string | null {
  if (key === null) return null;
  return [node.name, ...node.aliases].find((name) => normalizeSearchText(name) === key) ?? null;
}

builder.queryFields((t) => ({
  search: t.field({
    type: ['SearchHit'],
    description:
      'Finds nodes by name or alias, ignoring case, accents and punctuation: each word of the query must begin a word ' +
      'of a name, so `luka` finds Lukashenka as it is typed. Transliterations the graph records ' +
      '(Lukashenka / Lukashenko, Aliaksandr / Alexander) all match. Ranked: exact, prefix, contains, then all words.',
    args: {
      query: t.arg.string({
        required: true,
        description: `Text to look for, 1 to ${LIMITS.queryLength} characters, e.g. \`lukashenko\`.`,
      }),
      kinds: t.arg({ type: [KindEnum], description: 'Only nodes of these kinds (all when omitted).' }),
      first: t.arg.int({
        defaultValue: 10,
        required: true,
        description: `Most hits to return, 1 to ${LIMITS.searchFirst}.`,
      }),
    },
    resolve: async (_root, args, ctx): Promise<SearchHitShape[]> => {
      const term = normalizeSearchText(textWithin('query', args.query, LIMITS.queryLength));
      const limit = intInRange('first', args.first, 1, LIMITS.searchFirst);
      const kinds = listWithin('kinds', args.kinds, KINDS.length);
      if (term.length === 0) return [];
      const rows = await ctx.runner.run(searchEntities, { term, tokens: term.split(' '), kinds, limit });
      return rows.map((row) => {
        ctx.loaders.entity.prime(row.node.id, row.node);
        return {
          node: row.node,
          matchType: MATCH_BY_RANK[row.rank] ?? 'WORDS',
          matchedAlias: aliasFor(row.node, row.matchedKey),
          score: row.rank,
        };
      });
    },
  }),
}));
