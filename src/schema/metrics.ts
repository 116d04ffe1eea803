import { GraphQLError } from 'graphql';
import type { Metric, MetricsSnapshot, NodeMetrics } from '../analytics/snapshot.ts';
import type { EntityRecord } from '../graph/records.ts';
import type { GraphContext } from '../server/context.ts';
import { builder } from './builder.ts';

export const MetricEnum = builder.enumType('Metric', {
  description: 'A measure of how central a node is in the whole graph, read undirected (one link per pair of related nodes).',
  values: {
    DEGREE: { value: 'DEGREE', description: 'How many relationships the node has, of any type, either way.' },
    PAGE_RANK: {
      value: 'PAGE_RANK',
      description: 'PageRank (damping 0.85): the share of time a random walk along the links spends at the node; all nodes sum to 1.',
    },
    BETWEENNESS: {
      value: 'BETWEENNESS',
      description:
        'Betweenness centrality, normalised to 0–1: the share of shortest paths between pairs of other nodes that pass through the node. ' +
        'Exact up to `Analytics.betweennessSources` nodes; estimated from that many sampled sources on larger graphs (see `EntityMetrics.betweennessError`).',
    },
  } satisfies Record<Metric, { value: Metric; description: string }>,
});

/** The metrics snapshot a request answers with (see Analytics.current). */
export function snapshotFor(ctx: GraphContext): Promise<MetricsSnapshot> {
  return ctx.analytics.current({ timeoutMs: ctx.budget.remainingMs(), signal: ctx.budget.signal });
}

builder.objectType('EntityMetrics', {
  description:
    'How central a node is in the whole graph and which community it belongs to, computed over every node and relationship ' +
    'after each change to the graph, with the version of the graph they describe.',
  fields: (t) => ({
    degree: t.exposeInt('degree', { description: 'How many relationships the node has, of any type, either way.' }),
    pageRank: t.exposeFloat('pageRank', { description: 'PageRank, damping 0.85, of the undirected graph; all nodes sum to 1.' }),
    betweenness: t.exposeFloat('betweenness', {
      description: 'Normalised betweenness, 0–1: the share of shortest paths between other pairs of nodes that pass through this one.',
    }),
    betweennessError: t.exposeFloat('betweennessError', {
      description:
        'The standard error of `betweenness` where it was estimated from sampled sources (a large graph); 0 when it is exact. ' +
        'The true value lies within two standard errors of the estimate about 95 % of the time.',
    }),
    rank: t.int({
      description: 'The node’s place in the whole graph’s ranking by a metric, from 1 (ties broken by id).',
      args: { metric: t.arg({ type: MetricEnum, required: true, description: 'The metric to rank by.' }) },
      resolve: (metrics, args) => metrics.snapshot.rankOf(args.metric, metrics.id) ?? 0,
    }),
    community: t.field({
      type: 'Community',
      description: 'The community (Louvain) the node belongs to.',
      resolve: (metrics) => ({ snapshot: metrics.snapshot, record: metrics.community }),
    }),
    graphVersion: t.string({
      description: 'The version of the graph the metrics were computed from (a fingerprint of its nodes and relationships).',
      resolve: (metrics) => metrics.snapshot.version,
    }),
    computedAt: t.string({ description: 'When the metrics were computed (ISO-8601 date and time, UTC).', resolve: (metrics) => metrics.snapshot.facts.computedAt }),
    current: t.boolean({
      description: 'False when the graph has changed since: newer metrics are being computed.',
      resolve: (metrics, _args, ctx) => ctx.analytics.snapshot === metrics.snapshot && !ctx.analytics.isStale,
    }),
  }),
});

const METRICS_DESCRIPTION =
  'Degree, PageRank, betweenness and community of this node in the whole graph. While the first metrics are being computed ' +
  '(seconds at 100k nodes, about a minute at 1M) the field fails with ANALYTICS_PENDING; try again shortly.';

/** A node's metrics, from the snapshot the request answers with. */
async function metricsOf(entity: EntityRecord, ctx: GraphContext): Promise<NodeMetrics> {
  const snapshot = await snapshotFor(ctx);
  const metrics = snapshot.metricsOf(entity.id);
  if (!metrics) {
    throw new GraphQLError(`The metrics of ${entity.id} are being computed (it is newer than graph version ${snapshot.version}); try again shortly.`, {
      extensions: { code: 'ANALYTICS_PENDING' },
    });
  }
  return metrics;
}

builder.interfaceField('Entity', 'metrics', (t) =>
  t.field({ type: 'EntityMetrics', description: METRICS_DESCRIPTION, resolve: (entity, _args, ctx) => metricsOf(entity, ctx) }),
);
builder.objectField('GraphNode', 'metrics', (t) =>
  t.field({ type: 'EntityMetrics', description: METRICS_DESCRIPTION, resolve: (node, _args, ctx) => metricsOf(node, ctx) }),
);

builder.objectType('Analytics', {
  description: 'The graph analytics as they stand: which version of the graph they describe, how they were computed and what they took.',
  fields: (t) => ({
    graphVersion: t.exposeString('version', { description: 'The version of the graph the metrics describe (a fingerprint of its nodes and relationships).' }),
    current: t.boolean({
      description: 'False when the graph has changed since: newer metrics are being computed.',
      resolve: (snapshot, _args, ctx) => ctx.analytics.snapshot === snapshot && !ctx.analytics.isStale,
    }),
    computedAt: t.string({ description: 'When they were computed (ISO-8601, UTC).', resolve: (snapshot) => snapshot.facts.computedAt }),
    durationMs: t.int({ description: 'How long the whole computation took, reading the graph included, in milliseconds.', resolve: (s) => Math.round(s.facts.durationMs) }),
    readMs: t.int({ description: 'How long reading the graph through the store took, in milliseconds.', resolve: (s) => Math.round(s.facts.readMs) }),
    nodeCount: t.exposeInt('nodes', { description: 'Nodes in the graph they were computed from.' }),
    relationshipCount: t.exposeInt('relationships', { description: 'Relationships in the graph they were computed from.' }),
    communityCount: t.int({ description: 'Communities found.', resolve: (s) => s.communities.length }),
    modularity: t.exposeFloat('modularity', { description: 'Newman’s modularity of the communities (−0.5 to 1; higher means more separate groups).' }),
    pageRankIterations: t.int({ description: 'Iterations PageRank took to converge (until the scores moved by less than 1e-6 in all).', resolve: (s) => s.facts.pageRankIterations }),
    betweennessExact: t.exposeBoolean('betweennessExact', { description: 'True when betweenness was computed from every node, exactly.' }),
    betweennessSources: t.exposeInt('betweennessSources', {
      description: 'How many source nodes betweenness was computed from: every node when exact, else a seeded random sample of them.',
    }),
  }),
});

builder.queryFields((t) => ({
  analytics: t.field({
    type: 'Analytics',
    description:
      'The state of the graph analytics behind `Entity.metrics`, `rankings` and `communities`: the graph version they describe, ' +
      'whether it is current, and how they were computed. Fails with ANALYTICS_PENDING while the first are being computed.',
    resolve: (_root, _args, ctx) => snapshotFor(ctx),
  }),
}));
