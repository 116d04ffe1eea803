import { centreAndNeighbors, centreAndNeighborsWithEdges, neighbors, neighborsWithEdges } from '../store/queries.ts';
import type { Direction, EdgeRecord, EntityRecord } from './records.ts';
import type { TimeView } from './time-view.ts';
import { NOW } from './time-view.ts';
import type { GraphDeps, Slim, SubgraphResult } from './subgraph.ts';
import { EMPTY_SUBGRAPH, WHOLE, edgesAmong, firstEdges } from './subgraph.ts';

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
 * found: `depth + 1` in all. Where the store runs subqueries (Neo4j), the last
 * level reads those relationships in its own round trip: `depth` in all.
 * `truncated` says a cap cut the answer.
 */
export async function neighborhood(deps: GraphDeps, options: NeighborhoodOptions): Promise<SubgraphResult> {
  const view = options.view ?? NOW;
  const slim = options.slim ?? WHOLE;
  const filters = { direction: options.direction, types: [...options.types], kinds: [...options.kinds], asOf: view.asOf, undated: view.undated, slim: slim.nodes };
  const oneTrip = deps.runner.capabilities?.subqueries === true;
  const withEdges = { edgeLimit: options.edgeLimit + 1, slimEdges: slim.edges };
  let first: { centre: boolean; node: EntityRecord }[];
  let edgesRead: EdgeRecord[] | null = null;
  if (oneTrip && options.depth === 1) {
    const [read] = await deps.runner.run(centreAndNeighborsWithEdges, { ...filters, ...withEdges, id: options.id, limit: options.limit });
    first = (read?.nodes ?? []).map((node, at) => ({ node, centre: read!.centres[at]! }));
    edgesRead = read?.edges ?? [];
  } else {
    first = await deps.runner.run(centreAndNeighbors, { ...filters, id: options.id, limit: options.limit });
  }
  const centre = first.find((row) => row.centre)?.node;
  if (!centre) return EMPTY_SUBGRAPH;

  const found = new Map<string, EntityRecord>([[centre.id, centre]]);
  const around = first.filter((row) => !row.centre).map((row) => row.node);
  let level = admit(found, around, options.limit - 1);
  for (let depth = 2; depth <= options.depth && level.frontier.length > 0 && !level.truncated; depth += 1) {
    const room = options.limit - found.size;
    const params = { ...filters, frontier: level.frontier, visited: [...found.keys()], limit: room + 1 };
    if (oneTrip && depth === options.depth) {
      const [read] = await deps.runner.run(neighborsWithEdges, { ...params, ...withEdges, room });
      level = admit(found, read?.nodes ?? [], room);
      edgesRead = read?.edges ?? [];
    } else {
      level = admit(found, await deps.runner.run(neighbors, params), room);
    }
  }
  const nodes = [...found.values()];
  const edges = edgesRead ? firstEdges(edgesRead, options.edgeLimit) : await edgesAmong(deps, nodes, options.types, options.edgeLimit, view, slim.edges);
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
