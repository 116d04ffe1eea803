import { expandFrontiers, shortestPathsNativeWithin } from '../store/queries.ts';
import { RELATIONSHIP_TYPES } from './vocabulary.ts';
import type { StepRow } from '../store/queries.ts';
import type { EdgeRecord, EntityRecord } from './records.ts';
import type { GraphDeps, Slim } from './subgraph.ts';
import type { TimeView } from './time-view.ts';
import { NOW } from './time-view.ts';
import { WHOLE, knownEntities } from './subgraph.ts';

/** A path: `nodes[i]` to `nodes[i + 1]` through `edges[i]`. */
export interface PathRecord {
  nodes: EntityRecord[];
  edges: EdgeRecord[];
}

/** A path as ids, while the search assembles it. */
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
  /** Most rows the whole search may read from the store, every round together. */
  rowBudget: number;
  /** The facts seen: as of a day, undated ones or not. @default NOW */
  view?: TimeView;
  /** Which records may be slim (the ends of a path of no hop are always whole). @default WHOLE */
  slim?: Slim;
}

export interface PathSearchResult<P = PathRecord> {
  paths: P[];
  /** True when a level hit `expansionLimit` or more paths existed than `maxPaths`. */
  truncated: boolean;
}

/** How a breadth-first search reached a node: from `parent`, along `edge`. */
export interface Link {
  parent: string;
  edge: EdgeRecord;
}

interface Level {
  /** The nodes first reached at this level, sorted. */
  frontier: string[];
  /** The level hit the expansion cap. */
  truncated: boolean;
}

/**
 * One side's breadth-first search. It may have fetched levels beyond those the
 * search has used so far (`depth`): a side's levels depend on its own earlier
 * levels alone, so one fetched ahead is the level the search would fetch later.
 */
interface Side {
  name: 'start' | 'end';
  /** Levels the search has used. */
  depth: number;
  /** Every level fetched, the root's first. */
  levels: Level[];
  /** Every node fetched, with its level. */
  dist: Map<string, number>;
  links: Map<string, Link[]>;
}

const side = (name: Side['name'], root: string): Side => ({
  name,
  depth: 0,
  levels: [{ frontier: [root], truncated: false }],
  dist: new Map([[root, 0]]),
  links: new Map(),
});

const frontierOf = (of: Side): string[] => of.levels[of.depth]!.frontier;
const lastFetched = (of: Side): Level => of.levels[of.levels.length - 1]!;
/** Whether the search has reached `id` from this side, at a level it has used. */
const reached = (of: Side, id: string): boolean => (of.dist.get(id) ?? Number.POSITIVE_INFINITY) <= of.depth;

/**
 * Every shortest undirected path between two nodes (up to `maxPaths`), by a
 * bidirectional breadth-first search, always growing the smaller frontier.
 * Each round trip fetches the level the search needs and, when worth it, the
 * other side's next level too, so a search that grows both sides alike needs
 * one round trip per two levels; the first also fetches the two ends (no path
 * when one is unknown). Relationship-type filters apply to every hop, the same
 * on every backend (Cypher's `shortestPath` filters after the search on some
 * engines and before it on others).
 */
export async function shortestPaths(deps: GraphDeps, options: PathSearchOptions): Promise<PathSearchResult> {
  if (options.from === options.to) return zeroLengthPath(deps, options.from);
  // The native search reads every fact: a search as of a day stays portable.
  if (deps.runner.capabilities?.nativeShortestPaths && !options.view?.asOf) return nativeShortestPaths(deps, options);
  const a = side('start', options.from);
  const b = side('end', options.to);
  let truncated = false;
  let endsChecked = false;
  const budget = { rows: options.rowBudget };
  const known = new Map<string, EntityRecord>();
  while (a.depth + b.depth < options.maxDepth && frontierOf(a).length > 0 && frontierOf(b).length > 0) {
    const [grow, other] = frontierOf(a).length <= frontierOf(b).length ? [a, b] : [b, a];
    if (grow.levels.length === grow.depth + 1) {
      // Room for the two ends and at least one relationship and the row that tells a cut.
      if (budget.rows < 4) return { paths: [], truncated: true };
      const ahead = worthFetching(other, grow, options.maxDepth) ? other : null;
      const endsKnown = await fetchLevels(deps, options, { budget, known }, grow, ahead, !endsChecked);
      endsChecked = true;
      if (!endsKnown) return { paths: [], truncated: false };
    }
    grow.depth += 1;
    const level = grow.levels[grow.depth]!;
    truncated ||= level.truncated;
    const meeting = level.frontier.filter((id) => reached(other, id));
    if (meeting.length > 0) {
      const collected = collectPaths(a, b, meeting, options.maxPaths);
      const paths = collected.paths.map((path: RawPath) => ({ nodes: path.nodeIds.map((id) => known.get(id)!), edges: path.edges }));
      return { paths, truncated: truncated || collected.truncated };
    }
  }
  return { paths: [], truncated };
}

/** The graph's relationship types: what "any type" means to the native search (the search index's links are not the graph's). */
const GRAPH_TYPES = Object.keys(RELATIONSHIP_TYPES);

/**
 * The same answer by the store's own search, in one round trip (Neo4j: 2–10 × faster than the
 * breadth-first search above, measured at 10k nodes): the same paths in the same order. It has no
 * per-level expansion cap, so next to a hub it finds every shortest path where the portable search
 * may stop at the cap; the statement's time budget bounds it instead.
 */
async function nativeShortestPaths(deps: GraphDeps, options: PathSearchOptions): Promise<PathSearchResult> {
  const rows = await deps.runner.run(shortestPathsNativeWithin(options.maxDepth), {
    from: options.from,
    to: options.to,
    types: options.types.length > 0 ? [...options.types] : GRAPH_TYPES,
    limit: options.maxPaths + 1,
    ...slimParams(options.slim),
  });
  const paths = rows.slice(0, options.maxPaths).map((row) => ({ nodes: row.nodes, edges: row.edges }));
  return { paths, truncated: rows.length > options.maxPaths };
}

/** The path statements' parameters for slim records. */
export const slimParams = (slim: Slim = WHOLE) => ({ slimNodes: slim.nodes, slimEdges: slim.edges });

/** The path from a node to itself: no hop; none when the node is unknown. */
async function zeroLengthPath(deps: GraphDeps, id: string): Promise<PathSearchResult> {
  const nodes = await knownEntities(deps, [id]);
  return { paths: nodes.length === 0 ? [] : [{ nodes, edges: [] }], truncated: false };
}

/**
 * Most relationships a level fetched ahead may have: a larger one is dropped
 * (and fetched again if the search comes to need it), so fetching ahead adds
 * at most this many rows to a round, whatever the degrees of the frontier.
 */
const AHEAD_ROWS = 50;

/**
 * Whether the round that `grow` needs should fetch `other`'s next level too:
 * when the search could still use it within `maxDepth`, and its frontier is no
 * larger than the one growing now (the search grows the smaller frontier, so
 * it will likely come to `other` next).
 */
function worthFetching(other: Side, grow: Side, maxDepth: number): boolean {
  const frontier = lastFetched(other).frontier;
  return grow.depth + other.levels.length < maxDepth && frontier.length > 0 && frontier.length <= frontierOf(grow).length;
}

/**
 * Fetches `grow`'s next level, and `ahead`'s unless it has more than
 * AHEAD_ROWS relationships, in one round trip; with `withEnds` the two ends
 * too. Keeps every node it reads with the side that read it. False when an end
 * asked for is unknown.
 */
async function fetchLevels(
  deps: GraphDeps,
  options: PathSearchOptions,
  { budget, known }: { budget: { rows: number }; known: Map<string, EntityRecord> },
  grow: Side,
  ahead: Side | null,
  withEnds: boolean,
): Promise<boolean> {
  // Every row this round may read comes out of the search's budget: the ends, the level
  // fetched ahead (only when the budget leaves room for it), then the level that grows.
  const endRows = withEnds ? 2 : 0;
  const aheadLimit = Math.min(AHEAD_ROWS, options.expansionLimit, budget.rows - endRows - 3);
  const fetchAhead = ahead !== null && aheadLimit > 0 ? ahead : null;
  const growLimit = Math.min(options.expansionLimit, budget.rows - endRows - (fetchAhead ? aheadLimit + 1 : 0) - 1);
  const request = (name: Side['name']) => {
    const s = [grow, fetchAhead].find((candidate) => candidate?.name === name);
    if (!s) return { frontier: [], visited: [], limit: 0 };
    return { frontier: lastFetched(s).frontier, visited: [...s.dist.keys()], limit: (s === grow ? growLimit : aheadLimit) + 1 };
  };
  const start = request('start');
  const end = request('end');
  const rows = await deps.runner.run(expandFrontiers, {
    ends: withEnds ? [options.from, options.to] : [],
    startFrontier: start.frontier,
    startVisited: start.visited,
    startLimit: start.limit,
    endFrontier: end.frontier,
    endVisited: end.visited,
    endLimit: end.limit,
    types: [...options.types],
    asOf: (options.view ?? NOW).asOf,
    undated: (options.view ?? NOW).undated,
    ...slimParams(options.slim),
  });
  budget.rows -= rows.length;
  const ends = new Set<string>();
  for (const row of rows) {
    known.set(row.to, row.node);
    if (row.side === null) ends.add(row.to);
  }
  const stepsOf = (s: Side) => rows.filter((row): row is StepRow => row.side === s.name);
  addLevel(grow, stepsOf(grow), growLimit);
  if (fetchAhead) {
    const steps = stepsOf(fetchAhead);
    if (steps.length <= aheadLimit) addLevel(fetchAhead, steps, aheadLimit);
  }
  return !withEnds || (ends.has(options.from) && ends.has(options.to));
}

/** Adds the level the rows reach to a side: at most `limit` relationships, every parent of each new node. */
function addLevel(to: Side, rows: readonly StepRow[], limit: number): void {
  const depth = to.levels.length;
  const next = new Set<string>();
  for (const row of rows.slice(0, limit)) {
    const seen = to.dist.get(row.to);
    if (seen !== undefined && seen !== depth) continue;
    to.dist.set(row.to, depth);
    to.links.set(row.to, [...(to.links.get(row.to) ?? []), { parent: row.from, edge: row.edge }]);
    next.add(row.to);
  }
  to.levels.push({ frontier: [...next].sort(), truncated: rows.length > limit });
}

/**
 * The shortest paths through the meeting nodes, in one stated order: hop by hop from the start,
 * by the id of the next node, then by the id of the relationship taken to it; at most `maxPaths`
 * of them, the first in that order. Each path is the start side's chain to a meeting node, then
 * the end side's chain from it; only nodes that lead to a meeting node are walked.
 */
function collectPaths(a: Side, b: Side, meeting: readonly string[], maxPaths: number): PathSearchResult<RawPath> {
  const sum = (id: string) => (a.dist.get(id) ?? 0) + (b.dist.get(id) ?? 0);
  const best = Math.min(...meeting.map(sum));
  const middles = new Set(meeting.filter((id) => sum(id) === best));
  // The start side, walked forwards: from each node, the links to its children on a way to a
  // meeting node (`parent` names the node a link leads to, as on the end side).
  const children = new Map<string, Link[]>();
  const toVisit = [...middles];
  const seen = new Set(toVisit);
  while (toVisit.length > 0) {
    const id = toVisit.pop()!;
    for (const link of a.links.get(id) ?? []) {
      children.set(link.parent, [...(children.get(link.parent) ?? []), { parent: id, edge: link.edge }]);
      if (!seen.has(link.parent)) {
        seen.add(link.parent);
        toVisit.push(link.parent);
      }
    }
  }
  const paths: RawPath[] = [];
  const walk = (nodeIds: string[], edges: EdgeRecord[], pastMiddle: boolean): boolean => {
    const id = nodeIds[nodeIds.length - 1]!;
    const here = pastMiddle || middles.has(id);
    const steps = sortLinks((here ? b.links : children).get(id) ?? []);
    if (here && steps.length === 0) {
      if (paths.length === maxPaths) return false;
      paths.push({ nodeIds, edges });
      return true;
    }
    for (const step of steps) if (!walk([...nodeIds, step.parent], [...edges, step.edge], here)) return false;
    return true;
  };
  const complete = walk([a.levels[0]!.frontier[0]!], [], false);
  return { paths, truncated: !complete };
}

/** Links by the id of the node they lead to, then by the relationship's id (code-unit order, as Cypher compares strings). */
function sortLinks(links: readonly Link[]): Link[] {
  const key = (link: Link) => [link.parent, link.edge.id] as const;
  return [...links].sort((x, y) => {
    const [px, ex] = key(x);
    const [py, ey] = key(y);
    return px < py ? -1 : px > py ? 1 : ex < ey ? -1 : ex > ey ? 1 : 0;
  });
}

/** Every path from a search's root to `id` along its links (each node's parents one level closer), root first, in link order, lazily. */
export function* walkBack(from: { links: ReadonlyMap<string, readonly Link[]> }, id: string): Generator<RawPath> {
  const links = from.links.get(id);
  if (links === undefined) {
    yield { nodeIds: [id], edges: [] };
    return;
  }
  for (const link of sortLinks(links)) {
    for (const prefix of walkBack(from, link.parent)) {
      yield { nodeIds: [...prefix.nodeIds, id], edges: [...prefix.edges, link.edge] };
    }
  }
}
