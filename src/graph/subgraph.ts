import { entitiesByIds, inducedEdges } from '../store/queries.ts';
import type { QueryRunner } from '../store/runner.ts';
import type { EdgeRecord, EntityRecord } from './records.ts';
import type { TimeView } from './time-view.ts';
import { inView, NOW } from './time-view.ts';

/** Nodes and the relationships among them, as visualization clients load them. */
export interface SubgraphResult {
  nodes: EntityRecord[];
  edges: EdgeRecord[];
  /** True when a cap cut nodes or edges from the answer. */
  truncated: boolean;
}

/** What a traversal needs: the request's query runner. Traversals return records; they fill no cache. */
export interface GraphDeps {
  runner: QueryRunner;
}

export const EMPTY_SUBGRAPH: SubgraphResult = { nodes: [], edges: [], truncated: false };

/**
 * Which of a subgraph's records may be slim, for a selection that asks for no more
 * (src/schema/lookahead.ts): nodes with only their id, kind and name, relationships with only
 * their type and ends. Slim records are cheaper to read and decode, and never cached.
 */
export interface Slim {
  nodes: boolean;
  edges: boolean;
}
export const WHOLE: Slim = { nodes: false, edges: false };

/**
 * The relationships among `nodes` (optionally of some types, as of a day), at most `edgeLimit`: the first by
 * source id, type and target id, the order the query returns them in.
 */
export async function edgesAmong(
  deps: GraphDeps,
  nodes: readonly EntityRecord[],
  types: readonly string[],
  edgeLimit: number,
  view: TimeView = NOW,
  slim = false,
): Promise<{ edges: EdgeRecord[]; truncated: boolean }> {
  if (nodes.length === 0) return { edges: [], truncated: false };
  const found = await deps.runner.run(inducedEdges, {
    ids: nodes.map((node) => node.id),
    types: [...types],
    asOf: view.asOf,
    undated: view.undated,
    limit: edgeLimit + 1,
    slim,
  });
  return firstEdges(found, edgeLimit);
}

/** At most `edgeLimit` relationships, of a read that fetched one more to tell a cut. */
export function firstEdges(found: readonly EdgeRecord[], edgeLimit: number): { edges: EdgeRecord[]; truncated: boolean } {
  return { edges: found.slice(0, edgeLimit), truncated: found.length > edgeLimit };
}

/** The known entities among `ids`, in the order asked, each once. */
export async function knownEntities(deps: GraphDeps, ids: readonly string[]): Promise<EntityRecord[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const byId = new Map((await deps.runner.run(entitiesByIds, { ids: unique })).map((entity) => [entity.id, entity]));
  return unique.flatMap((id) => byId.get(id) ?? []);
}

/** The induced subgraph over `ids`: the known ones seen in the view, with every relationship among them it sees. */
export async function inducedSubgraph(
  deps: GraphDeps,
  ids: readonly string[],
  types: readonly string[],
  edgeLimit: number,
  view: TimeView = NOW,
  slim: Slim = WHOLE,
): Promise<SubgraphResult> {
  const nodes = (await knownEntities(deps, ids)).filter((node) => inView(node, view));
  const { edges, truncated } = await edgesAmong(deps, nodes, types, edgeLimit, view, slim.edges);
  return { nodes, edges, truncated };
}
