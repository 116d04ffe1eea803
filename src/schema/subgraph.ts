import { neighborhood } from '../graph/neighborhood.ts';
import { inducedSubgraph } from '../graph/subgraph.ts';
import { LIMITS, intInRange, listWithin, textWithin, timeView } from './args.ts';
import { timeArgs } from './time-args.ts';
import type { Slim, SubgraphResult } from '../graph/subgraph.ts';
import { WHOLE } from '../graph/subgraph.ts';
import { slimSubgraph } from './lookahead.ts';
import type { GraphContext } from '../server/context.ts';
import { builder } from './builder.ts';
import { DirectionEnum, KindEnum, RelationshipTypeEnum } from './enums.ts';
import { REMOVED_AFTER } from './node.ts';

/** The loader learns the entities a traversal returned, so fields below them need no lookup; slim ones are not whole, and not kept. */
export function known(ctx: GraphContext, graph: SubgraphResult, slim: Slim = WHOLE): SubgraphResult {
  if (!slim.nodes) for (const node of graph.nodes) ctx.loaders.entity.prime(node.id, node);
  return graph;
}

builder.objectType('Subgraph', {
  description:
    'Nodes and the relationships among them, flat, ready for Cytoscape.js, sigma.js/graphology, vis-network or Neo4j NVL. ' +
    'Every edge’s `source` and `target` is among `entities`. A value computed per request: it has no id, its entities and edges do.',
  fields: (t) => ({
    entities: t.field({
      type: ['Entity'],
      description:
        'The nodes, as the entities themselves (one cached record per id): `nodes: entities { id data { id label kind } }` gives Cytoscape.js elements. ' +
        'A neighbourhood lists the centre first, then the nodes one hop away, then two hops, …, each hop in id order; a subgraph lists them in the order its ids were given.',
      resolve: (graph) => graph.nodes,
    }),
    nodes: t.field({
      type: ['GraphNode'],
      description: 'The nodes, as GraphNode values, in the order of `entities`.',
      deprecationReason: `GraphNode shares its id with the entity it shows: use \`entities\` (the same fields: \`label\`, \`key\`, \`data\`, \`subtype\`; \`sourceIds\` for \`sources\`). Removed after ${REMOVED_AFTER}.`,
      resolve: (graph) => graph.nodes,
    }),
    edges: t.field({
      type: ['GraphEdge'],
      description: 'The relationships among the nodes, by source id, then type, then target id.',
      resolve: (graph) => graph.edges,
    }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when a limit cut nodes or edges from the answer: raise `limit` or narrow the filters.',
    }),
    nodeCount: t.int({ description: 'How many nodes.', resolve: (graph) => graph.nodes.length }),
    edgeCount: t.int({ description: 'How many edges.', resolve: (graph) => graph.edges.length }),
  }),
});

builder.queryFields((t) => ({
  neighborhood: t.field({
    type: 'Subgraph',
    description:
      'The nodes within `depth` hops of a node and the relationships among them. ' +
      'An unknown id gives an empty subgraph.',
    args: {
      id: t.arg.id({ required: true, description: 'The centre node’s id, e.g. `john-bolton`.' }),
      depth: t.arg.int({
        defaultValue: 1,
        required: true,
        description: `How many hops from the centre, 1 to ${LIMITS.neighborhoodDepth}.`,
      }),
      direction: t.arg({
        type: DirectionEnum,
        defaultValue: 'BOTH',
        required: true,
        description: 'Follow outgoing, incoming or all relationships.',
      }),
      relationshipTypes: t.arg({
        type: [RelationshipTypeEnum],
        description: 'Follow only these relationship types (all when omitted).',
      }),
      kinds: t.arg({ type: [KindEnum], description: 'Reach only nodes of these kinds (all when omitted).' }),
      limit: t.arg.int({
        defaultValue: 100,
        required: true,
        description:
          `Most nodes in the answer, the centre included, 1 to ${LIMITS.neighborhoodLimit}; \`truncated\` tells when it cut. ` +
          'A cut answer keeps the nodes nearest the centre and, among those as near as the farthest kept, the smallest ids.',
      }),
      ...timeArgs(t.arg),
    },
    resolve: async (_root, args, ctx, info) => {
      const slim = slimSubgraph(info);
      return known(ctx, await neighborhood(ctx, {
        id: textWithin('id', args.id, LIMITS.idLength),
        depth: intInRange('depth', args.depth, 1, LIMITS.neighborhoodDepth),
        direction: args.direction,
        types: args.relationshipTypes ?? [],
        kinds: args.kinds ?? [],
        limit: intInRange('limit', args.limit, 1, LIMITS.neighborhoodLimit),
        edgeLimit: LIMITS.edgeLimit,
        view: timeView(args),
        slim,
      }), slim);
    },
  }),
  subgraph: t.field({
    type: 'Subgraph',
    description: 'The induced subgraph over the given nodes: them, and every relationship among them. Unknown ids are left out.',
    args: {
      ids: t.arg.idList({ required: true, description: `Node ids, at most ${LIMITS.ids}.` }),
      relationshipTypes: t.arg({
        type: [RelationshipTypeEnum],
        description: 'Keep only these relationship types (all when omitted).',
      }),
      ...timeArgs(t.arg),
    },
    resolve: async (_root, args, ctx, info) =>
      known(
        ctx,
        await inducedSubgraph(
          ctx,
          listWithin('ids', args.ids, LIMITS.ids).map((id) => textWithin('ids', id, LIMITS.idLength)),
          args.relationshipTypes ?? [],
          LIMITS.edgeLimit,
          timeView(args),
          // Its nodes are the entity loader's (whole, and cached): only its relationships may be slim.
          { nodes: false, edges: slimSubgraph(info).edges },
        ),
      ),
  }),
}));
