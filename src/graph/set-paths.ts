import { expandFrontiers } from '../store/queries.ts';
import type { StepRow } from '../store/queries.ts';
import type { Link, PathRecord, RawPath } from './paths.ts';
import { slimParams, walkBack } from './paths.ts';
import type { EntityRecord } from './records.ts';
import type { GraphDeps, Slim } from './subgraph.ts';
import { knownEntities } from './subgraph.ts';
import type { TimeView } from './time-view.ts';
import { inView } from './time-view.ts';

export interface SetPathOptions {
  from: readonly string[];
  to: readonly string[];
  maxDepth: number;
  types: readonly string[];
  view: TimeView;
  /** Most paths to return, over every pair. */
  maxPaths: number;
  /** Most relationships one level of the search may read. */
  expansionLimit: number;
  /** Most rows the whole search may read from the store. */
  rowBudget: number;
  /** Which records may be slim (the ends are always whole). @default WHOLE */
  slim?: Slim;
}

export interface SetPathResult {
  paths: PathRecord[];
  /** True when a cap cut the search or more paths existed than `maxPaths`. */
  truncated: boolean;
  /** Pairs (from, to) joined by a path within `maxDepth`. */
  connectedPairs: number;
}

interface Search {
  root: string;
  dist: Map<string, number>;
  links: Map<string, Link[]>;
  frontier: string[];
}

/**
 * The shortest paths from each node of one set to each node of another (a pair of one node
 * is left out): one breadth-first search per start node, all of them a level at a time in
 * one round trip per level, each frontier node read once for every search that reaches it.
 * Every pair gets its shortest paths; the answer takes one path of each pair in turn until
 * `maxPaths`, shortest first. Capped like every traversal: `expansionLimit` relationships a
 * level and `rowBudget` rows in all, `truncated` when a cap cut the answer.
 */
export async function pathsBetweenSets(deps: GraphDeps, options: SetPathOptions): Promise<SetPathResult> {
  const ends = await knownEntities(deps, [...options.from, ...options.to]);
  const records = new Map<string, EntityRecord>(ends.map((end) => [end.id, end]));
  const seen = new Set(ends.filter((end) => inView(end, options.view)).map((end) => end.id));
  const targets = new Set(options.to.filter((id) => seen.has(id)));
  const searches: Search[] = [...new Set(options.from)].filter((id) => seen.has(id)).map((root) => ({ root, dist: new Map([[root, 0]]), links: new Map(), frontier: [root] }));
  const wanted = (search: Search) => [...targets].filter((target) => target !== search.root && !search.dist.has(target)).length > 0;
  let rows = options.rowBudget;
  let truncated = false;
  for (let depth = 1; depth <= options.maxDepth; depth++) {
    const active = searches.filter((search) => search.frontier.length > 0 && wanted(search));
    if (active.length === 0) break;
    const limit = Math.min(options.expansionLimit, rows - 1);
    if (limit < 1) {
      truncated = true;
      break;
    }
    const frontier = [...new Set(active.flatMap((search) => search.frontier))].sort();
    // A node every active search has already reached leads none of them anywhere new.
    const visitedByAll = [...active[0]!.dist.keys()].filter((id) => active.every((search) => search.dist.has(id)));
    const found = (await deps.runner.run(expandFrontiers, {
      ends: [],
      startFrontier: frontier,
      startVisited: visitedByAll,
      startLimit: limit + 1,
      endFrontier: [],
      endVisited: [],
      endLimit: 0,
      types: [...options.types],
      asOf: options.view.asOf,
      undated: options.view.undated,
      ...slimParams(options.slim),
    })) as StepRow[];
    rows -= found.length;
    if (found.length > limit) truncated = true;
    const steps = new Map<string, StepRow[]>();
    for (const row of found.slice(0, limit)) {
      records.set(row.to, row.node);
      steps.set(row.from, [...(steps.get(row.from) ?? []), row]);
    }
    for (const search of active) {
      const next = new Set<string>();
      for (const id of search.frontier) {
        for (const row of steps.get(id) ?? []) {
          const known = search.dist.get(row.to);
          if (known !== undefined && known !== depth) continue;
          search.dist.set(row.to, depth);
          search.links.set(row.to, [...(search.links.get(row.to) ?? []), { parent: row.from, edge: row.edge }]);
          next.add(row.to);
        }
      }
      search.frontier = [...next].sort();
    }
  }
  const collected = collect(searches, [...targets].sort(), options.maxPaths, truncated);
  return { ...collected, paths: collected.paths.map((path) => ({ nodes: path.nodeIds.map((id) => records.get(id)!), edges: path.edges })) };
}

/** One path of each connected pair in turn, shorter pairs first, until `maxPaths`. */
function collect(searches: readonly Search[], targets: readonly string[], maxPaths: number, truncated: boolean) {
  const pairs = searches
    .flatMap((search) => targets.filter((target) => target !== search.root && search.dist.has(target)).map((target) => ({ search, target, length: search.dist.get(target)! })))
    .sort((a, b) => a.length - b.length || (a.search.root < b.search.root ? -1 : a.search.root > b.search.root ? 1 : a.target < b.target ? -1 : 1));
  const walks = pairs.map((pair) => walkBack(pair.search, pair.target));
  const paths: RawPath[] = [];
  let more = true;
  while (more && paths.length < maxPaths) {
    more = false;
    for (const walk of walks) {
      const next = walk.next();
      if (next.done) continue;
      more = true;
      if (paths.length === maxPaths) return { paths, truncated: true, connectedPairs: pairs.length };
      paths.push(next.value);
    }
  }
  const left = walks.some((walk) => !walk.next().done);
  paths.sort((a, b) => a.edges.length - b.edges.length);
  return { paths, truncated: truncated || left, connectedPairs: pairs.length };
}
