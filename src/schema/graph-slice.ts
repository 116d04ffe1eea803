import { encodeCursor } from '../analytics/snapshot.ts';
import { loadKnownEntities } from '../loaders/entity-loader.ts';
import { outgoingRelationships } from '../store/queries.ts';
import { LIMITS, intInRange } from './args.ts';
import { builder } from './builder.ts';
import { snapshotFor } from './metrics.ts';
import { afterPosition, pageInfo, PageInfoRef } from './page-info.ts';

builder.objectType('GraphSlice', {
  description:
    'A slice of the whole graph: nodes by id, and every relationship that starts at them (its other end may lie in another ' +
    'slice). Read slice after slice with `after: pageInfo.endCursor` to read the whole graph, as `/export/graph.graphml` does.',
  fields: (t) => ({
    entities: t.field({ type: ['Entity'], description: 'The slice’s nodes, by id.', resolve: (slice, _args, ctx) => loadKnownEntities(ctx.loaders.entity, slice.ids) }),
    edges: t.field({
      type: ['GraphEdge'],
      description: 'The relationships that start at the slice’s nodes.',
      resolve: (slice, _args, ctx) => (slice.ids.length === 0 ? [] : ctx.runner.run(outgoingRelationships, { ids: slice.ids, limit: LIMITS.edgeLimit })),
    }),
    pageInfo: t.field({
      type: PageInfoRef,
      description: 'Where this slice stands.',
      resolve: (slice) => pageInfo(slice.ids.map((id) => encodeCursor({ value: 0, id })), slice),
    }),
    totalCount: t.exposeInt('totalCount', { description: 'How many nodes the whole graph holds.' }),
    graphVersion: t.exposeString('graphVersion', { description: 'The version of the graph the slices follow (see `Analytics.graphVersion`).' }),
  }),
});

builder.queryFields((t) => ({
  graph: t.field({
    type: 'GraphSlice',
    description:
      `The whole graph, a slice at a time: up to \`first\` nodes by id and the relationships that start at them, never more ` +
      `than ${LIMITS.edgeLimit} relationships in a slice (a slice then holds fewer nodes). The node order is the graph version’s ` +
      '(see `analytics`); fails with ANALYTICS_PENDING while the first is being read.',
    args: {
      first: t.arg.int({ defaultValue: 500, required: true, description: `Most nodes in the slice, 1 to ${LIMITS.pageFirst}.` }),
      after: t.arg.string({ description: 'A cursor from an earlier slice: the nodes after it.' }),
    },
    resolve: async (_root, args, ctx) => {
      const first = intInRange('first', args.first, 1, LIMITS.pageFirst);
      const after = afterPosition(args.after);
      const snapshot = await snapshotFor(ctx);
      const slice = snapshot.slice(after?.id ?? null, first, LIMITS.edgeLimit);
      return { ids: slice.ids, totalCount: snapshot.nodes, graphVersion: snapshot.version, hasNextPage: slice.hasNextPage, hasPreviousPage: slice.hasPreviousPage };
    },
  }),
}));
