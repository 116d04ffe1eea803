import { encodeCursor } from '../analytics/snapshot.ts';
import type { CommunityShape } from './shapes.ts';
import { LIMITS, intInRange, textWithin } from './args.ts';
import { builder } from './builder.ts';
import { snapshotFor } from './metrics.ts';
import { afterPosition, pageInfo, PageInfoRef } from './page-info.ts';

const communityCursor = (community: CommunityShape) => encodeCursor({ value: community.record.size, id: community.record.id });

builder.objectType('Community', {
  description:
    'A group of nodes more densely related to each other than to the rest of the graph, found by Louvain modularity optimisation ' +
    'over the whole graph (read undirected). Every node belongs to exactly one.',
  fields: (t) => ({
    id: t.id({
      description: '`community:` and the id of its member with the highest PageRank, e.g. `community:aliaksandr-lukashenka`: readable, and stable while that member leads it.',
      resolve: (community) => community.record.id,
    }),
    label: t.string({ description: 'Its three leading members by PageRank, and how many more it holds.', resolve: (c) => c.record.label }),
    size: t.int({ description: 'How many nodes it holds.', resolve: (c) => c.record.size }),
    leader: t.field({
      type: 'Entity',
      description: 'Its member with the highest PageRank.',
      resolve: async (c, _args, ctx) => (await ctx.loaders.entity.load(c.snapshot.ids[c.record.members[0]!]!))!,
    }),
    members: t.field({
      type: 'RankingConnection',
      description: 'Its members ranked by PageRank, highest first, a page at a time.',
      args: {
        first: t.arg.int({ defaultValue: 20, required: true, description: `Most members in the page, 1 to ${LIMITS.pageFirst}.` }),
        after: t.arg.string({ description: 'A cursor from an earlier page: the members after it.' }),
      },
      resolve: (c, args) => {
        const page = c.snapshot.members(c.record, afterPosition(args.after), intInRange('first', args.first, 1, LIMITS.pageFirst));
        const edges = page.items.map((item) => ({ snapshot: c.snapshot, metric: 'PAGE_RANK' as const, ...item }));
        return { edges, totalCount: page.totalCount, hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage };
      },
    }),
    graphVersion: t.string({ description: 'The version of the graph it was found in.', resolve: (c) => c.snapshot.version }),
  }),
});

builder.objectType('CommunityEdge', {
  description: 'A community in the list of communities.',
  fields: (t) => ({
    cursor: t.string({ description: 'Pass it as `after` for the communities after this one.', resolve: communityCursor }),
    node: t.field({ type: 'Community', description: 'The community.', resolve: (community) => community }),
  }),
});

builder.objectType('CommunityConnection', {
  description: 'The graph’s communities, largest first (ties by id), a page at a time.',
  fields: (t) => ({
    edges: t.field({ type: ['CommunityEdge'], description: 'The communities of this page.', resolve: (page) => page.edges }),
    pageInfo: t.field({ type: PageInfoRef, description: 'Where this page stands.', resolve: (page) => pageInfo(page.edges.map(communityCursor), page) }),
    totalCount: t.exposeInt('totalCount', { description: 'How many communities the graph holds.' }),
  }),
});

builder.queryFields((t) => ({
  communities: t.field({
    type: 'CommunityConnection',
    description: 'The communities of the whole graph (Louvain), largest first, each with a readable label, its size and its members.',
    args: {
      first: t.arg.int({ defaultValue: 20, required: true, description: `Most communities in the page, 1 to ${LIMITS.pageFirst}.` }),
      after: t.arg.string({ description: 'A cursor from an earlier page: the communities after it.' }),
    },
    resolve: async (_root, args, ctx) => {
      const first = intInRange('first', args.first, 1, LIMITS.pageFirst);
      const after = afterPosition(args.after);
      const snapshot = await snapshotFor(ctx);
      const all = snapshot.communities;
      let start = 0;
      if (after) {
        // Largest first, then by id: the first community that comes after the cursor's.
        while (start < all.length && (all[start]!.size > after.value || (all[start]!.size === after.value && all[start]!.id <= after.id))) start += 1;
      }
      const edges = all.slice(start, start + first).map((record) => ({ snapshot, record }));
      return { edges, totalCount: all.length, hasNextPage: start + edges.length < all.length, hasPreviousPage: start > 0 };
    },
  }),
  community: t.field({
    type: 'Community',
    nullable: true,
    description: 'The community with this id (e.g. `community:aliaksandr-lukashenka`), or null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'A community id.' }) },
    resolve: async (_root, args, ctx) => {
      const id = textWithin('id', args.id, LIMITS.idLength + 10);
      const snapshot = await snapshotFor(ctx);
      const record = snapshot.communities.find((community) => community.id === id);
      return record ? { snapshot, record } : null;
    },
  }),
}));
