/**
 * The measured operations: each a GraphQL document with its variables, and its
 * floor, the same store work done without GraphQL (the named queries of
 * src/store/queries.ts and the traversal functions of src/graph/), giving the
 * same `data` the GraphQL response carries, so both sides send the same bytes.
 */
import { Kind as AstKind, parse } from 'graphql';
import type { SelectionSetNode } from 'graphql';
import { neighborhood } from '../src/graph/neighborhood.ts';
import { shortestPaths } from '../src/graph/paths.ts';
import type { EdgeRecord, EntityRecord } from '../src/graph/records.ts';
import type { GraphDeps, SubgraphResult } from '../src/graph/subgraph.ts';
import { inducedSubgraph } from '../src/graph/subgraph.ts';
import { RELATIONS_PER_FIELD } from '../src/loaders/relation-loader.ts';
import { normalizeSearchText } from '../src/search/normalize.ts';
import { searchHits } from '../src/search/run-search.ts';
import { entitiesByIds, relationsByKeys, timelinePage, timelinePageOf } from '../src/store/queries.ts';
import type { QueryRunner } from '../src/store/runner.ts';
import type { SyntheticGraph } from './generate.ts';
import { HUB_ID, PROBE } from './generate.ts';

/** Limits the API applies (src/schema/args.ts LIMITS), repeated so floors do the same work. */
const EDGE_LIMIT = 5000;
const PATH_EXPANSION = 10_000;

export type OperationGroup = 'lookup' | 'traversal' | 'list';

export interface Operation {
  name: string;
  group: OperationGroup;
  query: string;
  variables: Record<string, unknown>;
  /** The `data` of the GraphQL response, computed without GraphQL. */
  floor(runner: QueryRunner): Promise<unknown>;
}

const deps = (runner: QueryRunner): GraphDeps => ({ runner });

/** The scan of a list's first page of `limit` items (src/graph/keyset.ts), as the deprecated list fields read it. */
const FIRST_PAGE = (limit: number) => ({ ascending: true, missingLast: true, start: null, stop: null, limit });

const graphNode = (node: EntityRecord) => ({ id: node.id, kind: node.kind.toUpperCase(), label: node.name });
const graphEdge = (edge: EdgeRecord) => ({ id: edge.id, source: edge.source, target: edge.target, type: edge.type });
const subgraphData = (graph: SubgraphResult) => ({
  truncated: graph.truncated,
  nodes: graph.nodes.map(graphNode),
  edges: graph.edges.map(graphEdge),
});

const NEIGHBORHOOD = /* GraphQL */ `
  query Neighborhood($id: ID!, $depth: Int!, $limit: Int!) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      truncated
      nodes { id kind label }
      edges { id source target type }
    }
  }`;

function neighborhoodOp(name: string, id: string, depth: number, limit: number): Operation {
  return {
    name,
    group: 'traversal',
    query: NEIGHBORHOOD,
    variables: { id, depth, limit },
    async floor(runner) {
      const graph = await neighborhood(deps(runner), { id, depth, direction: 'BOTH', types: [], kinds: [], limit, edgeLimit: EDGE_LIMIT });
      return { neighborhood: subgraphData(graph) };
    },
  };
}

const PATH_FIELDS = 'length nodes { id kind label } edges { id source target type }';

function pathOp(name: string, from: string, to: string, maxPaths: number): Operation {
  const field = maxPaths === 1 ? 'shortestPath' : 'allShortestPaths';
  const first = maxPaths === 1 ? '' : `, first: ${maxPaths}`;
  return {
    name,
    group: 'traversal',
    query: `query Paths($from: ID!, $to: ID!) { ${field}(from: $from, to: $to, maxDepth: 6${first}) { ${PATH_FIELDS} } }`,
    variables: { from, to },
    async floor(runner) {
      const d = deps(runner);
      const found = await shortestPaths(d, { from, to, maxDepth: 6, types: [], maxPaths, expansionLimit: PATH_EXPANSION, rowBudget: PATH_EXPANSION });
      const paths = found.paths.map((path) => ({ length: path.edges.length, nodes: path.nodes.map(graphNode), edges: path.edges.map(graphEdge) }));
      return { [field]: maxPaths === 1 ? (paths[0] ?? null) : paths };
    },
  };
}

/** The operations for one synthetic graph, fixed ids and arguments at every scale. */
export function operations(graph: SyntheticGraph): Operation[] {
  const lookupId = graph.sampleIds(1, 11)[0]!;
  const subgraphIds = graph.sampleIds(50, 7);
  return [
    {
      name: 'node (point lookup)',
      group: 'lookup',
      query: 'query Node($id: ID!) { node(id: $id) { id ... on Entity { kind name aliases } } }',
      variables: { id: lookupId },
      async floor(runner) {
        const [node] = await runner.run(entitiesByIds, { ids: [lookupId] });
        return { node: node ? { id: node.id, kind: node.kind.toUpperCase(), name: node.name, aliases: node.aliases } : null };
      },
    },
    {
      name: 'search',
      group: 'list',
      query: 'query Search($q: String!) { search(query: $q, first: 10) { matchType score node { id ... on Entity { name } } } }',
      variables: { q: graph.searchTerm },
      async floor(runner) {
        const hits = await searchHits(runner, { term: normalizeSearchText(graph.searchTerm), kinds: [] }, 'RELEVANCE', FIRST_PAGE(10));
        return { search: hits.map((hit) => ({ matchType: hit.match.matchType, score: hit.match.score, node: { id: hit.node.id, name: hit.node.name } })) };
      },
    },
    {
      name: 'actor card',
      group: 'traversal',
      query: `query Card($id: ID!) {
        node(id: $id) {
          id
          ... on Entity { name }
          ... on Person {
            roles { role node { id ... on Entity { name } } }
            meetings { date evidence node { id ... on Entity { name } } sources { id } }
          }
        }
      }`,
      variables: { id: PROBE.centre },
      floor: (runner) => cardFloor(runner, PROBE.centre),
    },
    neighborhoodOp('neighborhood depth 1', PROBE.centre, 1, 200),
    neighborhoodOp('neighborhood depth 2', PROBE.centre, 2, 200),
    pathOp('shortestPath', PROBE.leaf(0, 0), PROBE.leaf(PROBE.middles - 1, PROBE.leavesPerMiddle - 1), 1),
    pathOp('allShortestPaths', PROBE.leaf(0, 0), PROBE.leaf(PROBE.middles - 1, PROBE.leavesPerMiddle - 1), 10),
    {
      name: 'subgraph (50 ids)',
      group: 'traversal',
      query: `query Subgraph($ids: [ID!]!) {
        subgraph(ids: $ids) { truncated nodes { id kind label } edges { id source target type } }
      }`,
      variables: { ids: subgraphIds },
      async floor(runner) {
        return { subgraph: subgraphData(await inducedSubgraph(deps(runner), subgraphIds, [], EDGE_LIMIT)) };
      },
    },
    timelineOp('timeline', {}),
    // 50: a year of the 10k graph holds ~59 events, so the answer is the same size at every scale.
    timelineOp('timeline (one year)', { from: '2015-01-01', to: '2015-12-31' }, 50),
    timelineOp('timeline (2000–2010)', { from: '2000-01-01', to: '2010-12-31' }),
    timelineOp('timeline (participant)', { participant: PROBE.middle(0) }),
    { ...neighborhoodOp('hub neighborhood (limit 500)', HUB_ID, 1, 500), group: 'list' },
  ];
}

const TIMELINE = `query Timeline($from: Date, $to: Date, $participant: ID, $first: Int!) {
  timeline(from: $from, to: $to, participant: $participant, first: $first) { id name date eventType }
}`;

/** The timeline, unfiltered or over a range or of one participant. */
function timelineOp(name: string, filters: { from?: string; to?: string; participant?: string }, first = 100): Operation {
  return {
    name,
    group: 'list',
    query: TIMELINE,
    variables: { ...filters, first },
    async floor(runner) {
      const params = { from: filters.from ?? null, to: filters.to ?? null, eventTypes: [], ...FIRST_PAGE(first), sep: '' };
      const events = filters.participant
        ? await runner.run(timelinePageOf, { ...params, participant: filters.participant })
        : await runner.run(timelinePage, params);
      return { timeline: events.map((event) => ({ id: event.id, name: event.name, date: event.date, eventType: event.eventType })) };
    },
  };
}

/** The actor card without GraphQL: the node, its HOLDS_ROLE and MET_WITH relationships, then their documents. */
async function cardFloor(runner: QueryRunner, id: string) {
  const [node] = await runner.run(entitiesByIds, { ids: [id] });
  if (!node) return { node: null };
  const rows = await runner.run(relationsByKeys, {
    keys: [
      { key: 'roles', id, types: ['HOLDS_ROLE'], side: 'OUT' },
      { key: 'meetings', id, types: ['MET_WITH'], side: 'BOTH' },
    ],
    limit: RELATIONS_PER_FIELD,
  });
  const relations = rows.flatMap((row) => (row.edge === null ? [] : [{ key: row.key, edge: row.edge, node: row.node }]));
  const roles = relations.filter((r) => r.key === 'roles');
  const meetings = relations.filter((r) => r.key === 'meetings');
  const sourceIds = [...new Set(meetings.flatMap((r) => r.edge.sources))];
  const documents = new Map(
    (sourceIds.length > 0 ? await runner.run(entitiesByIds, { ids: sourceIds }) : [])
      .filter((doc) => doc.kind === 'Document')
      .map((doc) => [doc.id, doc]),
  );
  return {
    node: {
      id: node.id,
      name: node.name,
      roles: roles.map((r) => ({ role: r.edge.role, node: { id: r.node.id, name: r.node.name } })),
      meetings: meetings.map((r) => ({
        date: r.edge.date,
        evidence: r.edge.evidence,
        node: { id: r.node.id, name: r.node.name },
        sources: r.edge.sources.filter((s) => documents.has(s)).map((s) => ({ id: s })),
      })),
    },
  };
}

/** How deep the operation's fields nest (inline fragments do not count): the round-trip budget. */
export function selectionDepth(query: string): number {
  const document = parse(query);
  const depthOf = (set: SelectionSetNode): number => {
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === AstKind.FIELD) {
        deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet) : 0));
      } else if (selection.kind === AstKind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet));
      }
    }
    return deepest;
  };
  let depth = 0;
  for (const definition of document.definitions) {
    if (definition.kind === AstKind.OPERATION_DEFINITION) depth = Math.max(depth, depthOf(definition.selectionSet));
  }
  return depth;
}
