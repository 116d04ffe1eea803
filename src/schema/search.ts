import { KINDS } from '../graph/records.ts';
import { normalizeSearchText } from '../search/normalize.ts';
import type { SearchHit } from '../search/run-search.ts';
import { runSearch } from '../search/run-search.ts';
import { LIMITS, intInRange, listWithin, textWithin } from './args.ts';
import { builder } from './builder.ts';
import { KindEnum, MatchTypeEnum, SearchFieldEnum } from './enums.ts';

builder.objectType('SearchHit', {
  description: 'One search result: the node, how it matched and what matched.',
  fields: (t) => ({
    node: t.field({ type: 'Node', description: 'The node found.', resolve: (hit) => hit.node }),
    graphNode: t.field({ type: 'GraphNode', description: 'The same node in its flat, visualization shape.', resolve: (hit) => hit.node }),
    matchType: t.field({ type: MatchTypeEnum, description: 'How it matched (best first).', resolve: (hit) => hit.match.matchType }),
    matchedField: t.field({
      type: SearchFieldEnum,
      description: 'What matched: a name or alias, a role the node holds, or its description.',
      resolve: (hit) => hit.match.field,
    }),
    matchedText: t.string({
      nullable: true,
      description: 'The name, alias, role or description that matched, as written in the graph (null for a words match across names).',
      resolve: (hit) => hit.matchedText,
    }),
    matchedAlias: t.string({
      nullable: true,
      description: 'The name or alias that matched, as written in the graph (null for a words match across names, and for a role or description match).',
      resolve: (hit) => (hit.match.field === 'NAME' ? hit.matchedText : null),
    }),
    score: t.float({
      description:
        'Relevance, what hits are ranked by: 4 exact, 3 prefix, 2 contains, 1 words for a name; ' +
        'a tenth of that for a role, a hundredth for a description.',
      resolve: (hit) => hit.match.score,
    }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: ['SearchHit'],
    description:
      'Finds nodes by name or alias, ignoring case, accents and punctuation: each word of the query must begin a word ' +
      'of a name, so `luka` finds Lukashenka as it is typed. Transliterations the graph records ' +
      '(Lukashenka / Lukashenko, Aliaksandr / Alexander) all match. Also finds nodes by the roles they hold and by ' +
      'their descriptions (`analyst`, `national security advisor`), when the longest word of the query is one of ' +
      'their words, ranked below every name match. Ranked by `score` (exact, prefix, contains, then all words), ' +
      'then shorter names first, then by name and id; an exact name always comes first, and the other grades are ' +
      'ranked among the shortest names that match.',
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
    resolve: async (_root, args, ctx): Promise<SearchHit[]> => {
      const term = normalizeSearchText(textWithin('query', args.query, LIMITS.queryLength));
      const first = intInRange('first', args.first, 1, LIMITS.searchFirst);
      const kinds = listWithin('kinds', args.kinds, KINDS.length);
      if (term.length === 0) return [];
      const hits = await runSearch(ctx.runner, { term, kinds, first });
      for (const hit of hits) ctx.loaders.entity.prime(hit.node.id, hit.node);
      return hits;
    },
  }),
}));
