import type { GraphQLResolveInfo } from 'graphql';
import type { PathRecord } from '../graph/paths.ts';
import { shortestPaths } from '../graph/paths.ts';
import { pathsBetweenSets } from '../graph/set-paths.ts';
import type { GraphContext } from '../server/context.ts';
import { inputError } from '../errors.ts';
import { LIMITS, intInRange, listWithin, textWithin, timeView } from './args.ts';
import { timeArgs } from './time-args.ts';
import { builder } from './builder.ts';
import { RelationshipTypeEnum } from './enums.ts';
import { REMOVED_AFTER } from './node.ts';
import { slimSubgraph } from './lookahead.ts';
import { known } from './subgraph.ts';

builder.objectType('Path', {
  description:
    'A chain of relationships between two nodes, relationships followed in either direction. ' +
    '`edges[i]` joins `entities[i]` and `entities[i + 1]`; each edge carries its evidence and sources. ' +
    'A value computed per request: it has no id, its entities and edges do.',
  fields: (t) => ({
    length: t.int({ description: 'Number of relationships (hops).', resolve: (path) => path.edges.length }),
    entities: t.field({ type: ['Entity'], description: 'The nodes, from start to end, as the entities themselves.', resolve: (path) => path.nodes }),
    nodes: t.field({
      type: ['GraphNode'],
      description: 'The nodes, from start to end, as GraphNode values.',
      deprecationReason: `GraphNode shares its id with the entity it shows: use \`entities\`. Removed after ${REMOVED_AFTER}.`,
      resolve: (path) => path.nodes,
    }),
    edges: t.field({ type: ['GraphEdge'], description: 'The relationships, in path order.', resolve: (path) => path.edges }),
  }),
});

const pathArgs = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  from: t.arg.id({ required: true, description: 'Id of the start node, e.g. `arsen-sivistky`.' }),
  to: t.arg.id({ required: true, description: 'Id of the end node, e.g. `aliaksandr-lukashenka`.' }),
  maxDepth: t.arg.int({
    defaultValue: 6,
    required: true,
    description: `Longest path to look for, in hops, 1 to ${LIMITS.pathMaxDepth}.`,
  }),
  relationshipTypes: t.arg({
    type: [RelationshipTypeEnum],
    description: 'Follow only these relationship types (all when omitted).',
  }),
});

interface PathArgs {
  from: string;
  to: string;
  maxDepth: number;
  relationshipTypes?: readonly string[] | null;
}

async function findPaths(ctx: GraphContext, args: PathArgs, maxPaths: number, info: GraphQLResolveInfo): Promise<PathRecord[]> {
  const from = textWithin('from', args.from, LIMITS.idLength);
  const to = textWithin('to', args.to, LIMITS.idLength);
  const maxDepth = intInRange('maxDepth', args.maxDepth, 1, LIMITS.pathMaxDepth);
  const slim = slimSubgraph(info);
  const { paths } = await shortestPaths(ctx, {
    from,
    to,
    maxDepth,
    types: args.relationshipTypes ?? [],
    maxPaths,
    expansionLimit: LIMITS.pathExpansion,
    rowBudget: LIMITS.pathRows,
    slim,
  });
  for (const path of paths) known(ctx, { ...path, truncated: false }, slim);
  return paths;
}

builder.objectType('PathSet', {
  description: 'The shortest paths between two sets of nodes, each hop with its evidence and sources.',
  fields: (t) => ({
    paths: t.field({ type: ['Path'], description: 'The paths, shortest first: one of each connected pair in turn, then more of each.', resolve: (set) => set.paths }),
    connectedPairs: t.exposeInt('connectedPairs', { description: 'How many (from, to) pairs a path joins within `maxDepth`.' }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when a cap cut the search (a hub’s relationships, the rows one search may read) or more paths existed than `first`.',
    }),
  }),
});

builder.queryFields((t) => ({
  paths: t.field({
    type: 'PathSet',
    description:
      'The shortest paths from each node of `from` to each node of `to` (any US official to any Belarusian one), relationships ' +
      'followed either way, every hop with its evidence. Unknown ids are left out; a node in both sets is not paired with itself.',
    args: {
      from: t.arg.idList({ required: true, description: `Start nodes, 1 to ${LIMITS.pathEnds} ids.` }),
      to: t.arg.idList({ required: true, description: `End nodes, 1 to ${LIMITS.pathEnds} ids.` }),
      maxDepth: t.arg.int({ defaultValue: 4, required: true, description: `Longest path to look for, in hops, 1 to ${LIMITS.pathMaxDepth}.` }),
      relationshipTypes: t.arg({ type: [RelationshipTypeEnum], description: 'Follow only these relationship types (all when omitted).' }),
      first: t.arg.int({ defaultValue: 10, required: true, description: `Most paths to return, 1 to ${LIMITS.pathsFirst}.` }),
      ...timeArgs(t.arg),
    },
    resolve: async (_root, args, ctx, info) => {
      const slim = slimSubgraph(info);
      const ids = (name: string, values: readonly string[]) => {
        const list = listWithin(name, values, LIMITS.pathEnds).map((id) => textWithin(name, id, LIMITS.idLength));
        if (list.length === 0) throw inputError('BAD_INPUT', name, `Argument "${name}" must name at least one node.`);
        return list;
      };
      const found = await pathsBetweenSets(ctx, {
        from: ids('from', args.from),
        to: ids('to', args.to),
        maxDepth: intInRange('maxDepth', args.maxDepth, 1, LIMITS.pathMaxDepth),
        types: args.relationshipTypes ?? [],
        view: timeView(args),
        maxPaths: intInRange('first', args.first, 1, LIMITS.pathsFirst),
        expansionLimit: LIMITS.pathExpansion,
        rowBudget: LIMITS.pathRows,
        slim,
      });
      for (const path of found.paths) known(ctx, { ...path, truncated: false }, slim);
      return found;
    },
  }),
  shortestPath: t.field({
    type: 'Path',
    nullable: true,
    description:
      'A shortest path between two nodes, or null when none exists within `maxDepth` (or an id is unknown): ' +
      'the first of `allShortestPaths` in its order.',
    args: pathArgs(t),
    resolve: async (_root, args, ctx, info) => (await findPaths(ctx, args, 1, info))[0] ?? null,
  }),
  allShortestPaths: t.field({
    type: ['Path'],
    description:
      'Every shortest path between two nodes (up to `first`), empty when none exists within `maxDepth`. ' +
      'Paths are ordered hop by hop from `from`: by the id of the next node, then by the id of the relationship taken to it; ' +
      '`first` keeps the first paths in that order.',
    args: {
      ...pathArgs(t),
      first: t.arg.int({
        defaultValue: 10,
        required: true,
        description: `Most paths to return, 1 to ${LIMITS.pathsFirst}.`,
      }),
    },
    resolve: (_root, args, ctx, info) => findPaths(ctx, args, intInRange('first', args.first, 1, LIMITS.pathsFirst), info),
  }),
}));
