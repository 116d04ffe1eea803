import { KINDS } from '../graph/records.ts';
import type { Kind } from '../graph/records.ts';
import { encodeCursor } from '../analytics/snapshot.ts';
import type { RankedNodeShape } from './shapes.ts';
import { LIMITS, intInRange, listWithin } from './args.ts';
import { builder } from './builder.ts';
import { KindEnum } from './enums.ts';
import { MetricEnum, snapshotFor } from './metrics.ts';
import { afterPosition, pageInfo, PageInfoRef } from './page-info.ts';

/** A ranked node's cursor: its value and id. */
export const rankedCursor = (edge: RankedNodeShape) => encodeCursor({ value: edge.value, id: edge.snapshot.ids[edge.index]! });

builder.objectType('RankingEdge', {
  description: 'A node in a ranking, with its place and its value.',
  fields: (t) => ({
    cursor: t.string({ description: 'Where this edge stands: pass it as `after` for the nodes ranked below it.', resolve: rankedCursor }),
    node: t.field({
      type: 'Entity',
      description: 'The node.',
      resolve: async (edge, _args, ctx) => (await ctx.loaders.entity.load(edge.snapshot.ids[edge.index]!))!,
    }),
    rank: t.exposeInt('rank', { description: 'Its place in the ranking, from 1 (among the kinds asked for, or in its community).' }),
    value: t.exposeFloat('value', { description: 'Its value of the metric.' }),
  }),
});

builder.objectType('RankingConnection', {
  description: 'Nodes ranked by a metric, most central first (ties by id), a page at a time: the whole graph’s, or a community’s members by PageRank.',
  fields: (t) => ({
    edges: t.field({ type: ['RankingEdge'], description: 'The nodes of this page, in ranking order.', resolve: (page) => page.edges }),
    pageInfo: t.field({ type: PageInfoRef, description: 'Where this page stands.', resolve: (page) => pageInfo(page.edges.map(rankedCursor), page) }),
    totalCount: t.exposeInt('totalCount', { description: 'How many nodes the whole ranking holds (of the kinds asked for, or in the community).' }),
  }),
});

builder.queryFields((t) => ({
  rankings: t.field({
    type: 'RankingConnection',
    description: 'The whole graph’s nodes ranked by a metric, most central first (ties broken by id), optionally of some kinds only.',
    args: {
      metric: t.arg({ type: MetricEnum, required: true, description: 'The metric to rank by.' }),
      kinds: t.arg({ type: [KindEnum], description: 'Only nodes of these kinds (all when omitted).' }),
      first: t.arg.int({ defaultValue: 10, required: true, description: `Most nodes in the page, 1 to ${LIMITS.pageFirst}.` }),
      after: t.arg.string({ description: 'A cursor from an earlier page: the nodes ranked after it.' }),
    },
    resolve: async (_root, args, ctx) => {
      const first = intInRange('first', args.first, 1, LIMITS.pageFirst);
      const kinds = listWithin('kinds', args.kinds, KINDS.length) as Kind[];
      const after = afterPosition(args.after);
      const snapshot = await snapshotFor(ctx);
      const page = snapshot.ranking(args.metric, kinds, after, first);
      const edges = page.items.map((item) => ({ snapshot, metric: args.metric, ...item }));
      return { edges, totalCount: page.totalCount, hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage };
    },
  }),
}));
