import { neighbors } from '../store/queries.ts';
import type { EntityRecord } from './records.ts';
import type { GraphDeps, SubgraphResult } from './subgraph.ts';
import { EMPTY_SUBGRAPH, edgesAmong } from './subgraph.ts';

export type Direction = 'BOTH' | 'OUT' | 'IN';

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
}

/**
 * The nodes within `depth` hops of a centre, breadth first: one round trip
 * per level, each capped inside Cypher, then one for the relationships among
 * the nodes found. `truncated` says a cap cut the answer.
 */
export async function neighborhood(deps: GraphDeps, options: NeighborhoodOptions): Promise<SubgraphResult> {
  const centre = await deps.loaders.entity.load(options.id);
  if (centre === null) return EMPTY_SUBGRAPH;

  const found = new Map<string, EntityRecord>([[centre.id, centre]]);
  let frontier = [centre.id];
  let truncated = false;
  for (let level = 1; level <= options.depth && frontier.length > 0 && !truncated; level += 1) {
    const room = options.limit - found.size;
    const next = await deps.runner.run(neighbors, {
      frontier,
      direction: options.direction,
      types: [...options.types],
      kinds: [...options.kinds],
      visited: [...found.keys()],
      limit: room + 1,
    });
    truncated = next.length > room;
    frontier = [];
    for (const node of next.slice(0, room)) {
      found.set(node.id, node);
      deps.loaders.entity.prime(node.id, node);
      frontier.push(node.id);
    }
  }
  const nodes = [...found.values()];
  const edges = await edgesAmong(deps, nodes, options.types, options.edgeLimit);
  return { nodes, edges: edges.edges, truncated: truncated || edges.truncated };
}
