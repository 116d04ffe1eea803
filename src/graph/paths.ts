import { expandFrontier } from '../store/queries.ts';
import type { EdgeRecord } from './records.ts';
import type { GraphDeps } from './subgraph.ts';

/** A path as ids and relationships, `nodeIds[i]` to `nodeIds[i + 1]` through `edges[i]`. */
export interface RawPath {
  nodeIds: string[];
  edges: EdgeRecord[];
}

export interface PathSearchOptions {
  from: string;
  to: string;
  maxDepth: number;
  types: readonly string[];
  /** Most paths to return (1 for `shortestPath`). */
  maxPaths: number;
  /** Most relationships one level of the search may expand. */
  expansionLimit: number;
}

export interface PathSearchResult {
  paths: RawPath[];
  /** True when a level hit `expansionLimit` or more paths existed than `maxPaths`. */
  truncated: boolean;
}

interface Link {
  parent: string;
  edge: EdgeRecord;
}

interface Side {
  depth: number;
  frontier: string[];
  dist: Map<string, number>;
  links: Map<string, Link[]>;
}

const side = (root: string): Side => ({ depth: 0, frontier: [root], dist: new Map([[root, 0]]), links: new Map() });

/**
 * Every shortest undirected path between two nodes (up to `maxPaths`), by a
 * bidirectional breadth-first search: one round trip per level, always
 * growing the smaller frontier. Relationship-type filters apply to every hop,
 * the same on every backend (Cypher's `shortestPath` filters after the search
 * on some engines and before it on others).
 */
export async function shortestPaths(deps: GraphDeps, options: PathSearchOptions): Promise<PathSearchResult> {
  if (options.from === options.to) return { paths: [{ nodeIds: [options.from], edges: [] }], truncated: false };
  const a = side(options.from);
  const b = side(options.to);
  let truncated = false;
  while (a.depth + b.depth < options.maxDepth && a.frontier.length > 0 && b.frontier.length > 0) {
    const [grow, other] = a.frontier.length <= b.frontier.length ? [a, b] : [b, a];
    const rows = await deps.runner.run(expandFrontier, {
      frontier: grow.frontier,
      visited: [...grow.dist.keys()],
      types: [...options.types],
      limit: options.expansionLimit + 1,
    });
    truncated ||= rows.length > options.expansionLimit;
    grow.depth += 1;
    const next = new Set<string>();
    for (const row of rows.slice(0, options.expansionLimit)) {
      deps.loaders.entity.prime(row.to, row.node);
      const seen = grow.dist.get(row.to);
      if (seen !== undefined && seen !== grow.depth) continue;
      grow.dist.set(row.to, grow.depth);
      grow.links.set(row.to, [...(grow.links.get(row.to) ?? []), { parent: row.from, edge: row.edge }]);
      next.add(row.to);
    }
    grow.frontier = [...next].sort();
    const meeting = grow.frontier.filter((id) => other.dist.has(id));
    if (meeting.length > 0) {
      const collected = collectPaths(a, b, meeting, options.maxPaths);
      return { paths: collected.paths, truncated: truncated || collected.truncated };
    }
  }
  return { paths: [], truncated };
}

function collectPaths(a: Side, b: Side, meeting: readonly string[], maxPaths: number): PathSearchResult {
  const best = Math.min(...meeting.map((id) => (a.dist.get(id) ?? 0) + (b.dist.get(id) ?? 0)));
  const paths: RawPath[] = [];
  for (const middle of meeting) {
    if ((a.dist.get(middle) ?? 0) + (b.dist.get(middle) ?? 0) !== best) continue;
    for (const head of walkBack(a, middle)) {
      for (const tail of walkBack(b, middle)) {
        if (paths.length === maxPaths) return { paths, truncated: true };
        paths.push({
          nodeIds: [...head.nodeIds, ...tail.nodeIds.slice(0, -1).reverse()],
          edges: [...head.edges, ...[...tail.edges].reverse()],
        });
      }
    }
  }
  return { paths, truncated: false };
}

/** Every path from the side's root to `id`, root first, lazily. */
function* walkBack(from: Side, id: string): Generator<RawPath> {
  const links = from.links.get(id);
  if (links === undefined) {
    yield { nodeIds: [id], edges: [] };
    return;
  }
  for (const link of links) {
    for (const prefix of walkBack(from, link.parent)) {
      yield { nodeIds: [...prefix.nodeIds, id], edges: [...prefix.edges, link.edge] };
    }
  }
}
