import { centreAndNeighbors, neighbors } from '../store/queries.ts';
import type { Direction, EntityRecord } from './records.ts';
import type { TimeView } from './time-view.ts';
import { NOW } from './time-view.ts';
import type { GraphDeps, Slim, SubgraphResult } from './subgraph.ts';
import { EMPTY_SUBGRAPH, WHOLE, edgesAmong } from './subgraph.ts';

export interface NeighborhoodOptions {
  id: string;
  depth: number;
  direction: Direction;
  types: readonly string[];
  kinds: readonly string[];
  /** Most nodes in the answer, the centre included. */
  limit: number;
  /** Most relationships in the answer. */
  edgeLimit: number;
  /** The facts seen: as of a day, undated ones or not. @default NOW */
  view?: TimeView;
  /** Which records may be slim. @default WHOLE */
  slim?: Slim;
}

/**
 * The nodes within `depth` hops of a centre, breadth first: one round trip
 * per level, each capped inside Cypher (the first also fetches the centre, so
 * no lookup precedes it), then one for the relationships among the nodes
 * found: `depth + 1` in all. `truncated` says a cap cut the answer.
 */
export async function neighborhood(deps: GraphDeps, options: NeighborhoodOptions): Promise<SubgraphResult> {
  const view = options.view ?? NOW;
  const slim = options.slim ?? WHOLE;
  const filters = { direction: options.direction, types: [...options.types], kinds: [...options.kinds], asOf: view.asOf, undated: view.undated, slim: slim.nodes };
  const first = await deps.runner.run(centreAndNeighbors, { ...filters, id: options.id, limit: options.limit });
  const centre = first.find((row) => row.centre)?.node;
  if (centre === undefined) return EMPTY_SUBGRAPH;

  const found = new Map<string, EntityRecord>([[centre.id, centre]]);
  const around = first.filter((row) => !row.centre).map((row) => row.node);
  let level = admit(found, around, options.limit - 1);
  for (let depth = 2; depth <= options.depth && level.frontier.length > 0 && !level.truncated; depth += 1) {
    const room = options.limit - found.size;
    const next = await deps.runner.run(neighbors, { ...filters, frontier: level.frontier, visited: [...found.keys()], limit: room + 1 });
    level = admit(found, next, room);
  }
  const nodes = [...found.values()];
  const edges = await edgesAmong(deps, nodes, options.types, options.edgeLimit, view, slim.edges);
  return { nodes, edges: edges.edges, truncated: level.truncated || edges.truncated };
}

/** Adds a level's nodes to `found`, at most `room` of them (the query fetched one more, to tell a cut). */
function admit(found: Map<string, EntityRecord>, next: readonly EntityRecord[], room: number) {
  const frontier: string[] = [];
  for (const node of next.slice(0, room)) {
    found.set(node.id, node);
    frontier.push(node.id);
  }
  return { frontier, truncated: next.length > room };
}
