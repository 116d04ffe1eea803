import { KINDS } from '../graph/records.ts';
import type { Kind } from '../graph/records.ts';
import type { ComputedMetrics } from './compute.ts';
import type { GraphRead } from './read-graph.ts';

/** The metrics nodes can be ranked by. */
export const METRICS = ['DEGREE', 'PAGE_RANK', 'BETWEENNESS'] as const;
export type Metric = (typeof METRICS)[number];

/** A community as the API gives it. */
export interface CommunityRecord {
  /** `community:` and the id of its member with the highest PageRank: readable, and stable while that member leads it. */
  id: string;
  /** Its leading members' names, e.g. `Aliaksandr Lukashenka, Belarus, Minsk and 12 more`. */
  label: string;
  size: number;
  /** Member node indices, highest PageRank first. */
  members: Int32Array;
}

/** One node's metrics. */
export interface NodeMetrics {
  id: string;
  degree: number;
  pageRank: number;
  betweenness: number;
  betweennessError: number;
  community: CommunityRecord;
  snapshot: MetricsSnapshot;
}

/** What one computation took and found, for `Query.analytics` and the logs. */
export interface RunFacts {
  computedAt: string;
  durationMs: number;
  readMs: number;
  pageRankMs: number;
  pageRankIterations: number;
  betweennessMs: number;
  communitiesMs: number;
  /** Resident memory after the run, bytes. */
  rssBytes: number;
}

/** A page of a ranked list, and where it stands in the whole list. */
export interface RankedPage {
  items: { index: number; rank: number; value: number }[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** A position in a list ordered by a value, highest first, then by id: what cursors hold. */
export interface Position {
  value: number;
  id: string;
}

/**
 * The metrics of one version of the graph, materialised in memory with that version:
 * every node's values, the orders rankings page through (per metric, per kind) and the
 * communities. Immutable; a new version of the graph gets a new snapshot.
 */
export class MetricsSnapshot {
  readonly version: string;
  readonly nodes: number;
  readonly relationships: number;
  readonly facts: RunFacts;
  readonly betweennessSources: number;
  readonly betweennessExact: boolean;
  readonly modularity: number;
  readonly communities: readonly CommunityRecord[];
  readonly ids: readonly string[];
  private readonly index: Map<string, number>;
  private readonly kinds: Uint8Array;
  private readonly values: Record<Metric, ArrayLike<number>>;
  private readonly errors: Float64Array;
  private readonly membership: Int32Array;
  private readonly outDegree: Int32Array;
  /** Per metric: every node's index in ranking order, and the same per kind. */
  private readonly orders = new Map<string, Int32Array>();
  /** Per metric: each node's place in the whole graph's ranking, from 1. */
  private readonly places = new Map<Metric, Int32Array>();

  constructor(read: GraphRead, computed: ComputedMetrics, names: ReadonlyMap<string, string>, facts: RunFacts) {
    this.version = read.version;
    this.nodes = read.ids.length;
    this.relationships = read.relationships;
    this.facts = facts;
    this.betweennessSources = computed.betweennessSources;
    this.betweennessExact = computed.betweennessExact;
    this.modularity = computed.modularity;
    this.ids = read.ids;
    this.index = new Map(read.ids.map((id, i) => [id, i]));
    this.kinds = read.kinds;
    this.values = { DEGREE: read.degree, PAGE_RANK: computed.pageRank, BETWEENNESS: computed.betweenness };
    this.errors = computed.betweennessErrors;
    this.membership = computed.membership;
    this.outDegree = read.outDegree;
    for (const metric of METRICS) {
      const values = this.values[metric];
      const order = Int32Array.from({ length: this.nodes }, (_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b);
      this.orders.set(metric, order);
      const place = new Int32Array(this.nodes);
      order.forEach((index, position) => (place[index] = position + 1));
      this.places.set(metric, place);
      for (let kind = 0; kind < KINDS.length; kind++) this.orders.set(`${metric}:${kind}`, order.filter((i) => this.kinds[i] === kind));
    }
    this.communities = communitiesOf(computed, this.orders.get('PAGE_RANK')!, read.ids, names);
  }

  /** The node's metrics, or undefined when the node is not in this version of the graph. */
  metricsOf(id: string): NodeMetrics | undefined {
    const i = this.index.get(id);
    if (i === undefined) return undefined;
    return {
      id,
      degree: this.values.DEGREE[i]!,
      pageRank: this.values.PAGE_RANK[i]!,
      betweenness: this.values.BETWEENNESS[i]!,
      betweennessError: this.errors[i]!,
      community: this.communities[this.membership[i]!]!,
      snapshot: this,
    };
  }

  /** The node's place in the whole graph's ranking by `metric`, from 1 (ties broken by id). */
  rankOf(metric: Metric, id: string): number | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.places.get(metric)![i];
  }

  value(metric: Metric, index: number): number {
    return this.values[metric][index]!;
  }

  /** Nodes by a metric, highest first (ties by id), of some kinds, from after `after`. */
  ranking(metric: Metric, kinds: readonly Kind[], after: Position | null, first: number): RankedPage {
    const wanted = kinds.length === 0 ? null : [...new Set(kinds)].map((kind) => KINDS.indexOf(kind));
    const lists = wanted === null ? [this.orders.get(metric)!] : wanted.map((kind) => this.orders.get(`${metric}:${kind}`)!);
    const values = this.values[metric];
    const starts = lists.map((list) => (after ? this.firstAfter(list, values, after) : 0));
    const cursors = [...starts];
    const totalCount = lists.reduce((sum, list) => sum + list.length, 0);
    const skipped = starts.reduce((sum, at) => sum + at, 0);
    const items: RankedPage['items'] = [];
    while (items.length < first) {
      let pick = -1;
      for (let l = 0; l < lists.length; l++) {
        if (cursors[l]! >= lists[l]!.length) continue;
        if (pick < 0 || this.before(values, lists[l]![cursors[l]!]!, lists[pick]![cursors[pick]!]!)) pick = l;
      }
      if (pick < 0) break;
      const index = lists[pick]![cursors[pick]!++]!;
      items.push({ index, rank: skipped + items.length + 1, value: values[index]! });
    }
    return { items, totalCount, hasNextPage: skipped + items.length < totalCount, hasPreviousPage: skipped > 0 };
  }

  /**
   * A slice of every node, by id, after `afterId`: at most `first` nodes, and no more than
   * fit `maxRelationships` of the relationships that start at them (one node at least).
   */
  slice(afterId: string | null, first: number, maxRelationships: number): { ids: string[]; hasNextPage: boolean; hasPreviousPage: boolean } {
    let low = 0;
    if (afterId !== null) {
      let high = this.ids.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (this.ids[mid]! > afterId) high = mid;
        else low = mid + 1;
      }
    }
    const ids: string[] = [];
    let relationships = 0;
    for (let i = low; i < this.ids.length && ids.length < first; i++) {
      if (ids.length > 0 && relationships + this.outDegree[i]! > maxRelationships) break;
      relationships += this.outDegree[i]!;
      ids.push(this.ids[i]!);
    }
    return { ids, hasNextPage: low + ids.length < this.ids.length, hasPreviousPage: low > 0 };
  }

  /** A community's members, highest PageRank first, from after `after`. */
  members(community: CommunityRecord, after: Position | null, first: number): RankedPage {
    const values = this.values.PAGE_RANK;
    const start = after ? this.firstAfter(community.members, values, after) : 0;
    const items = Array.from(community.members.subarray(start, start + first), (index, k) => ({ index, rank: start + k + 1, value: values[index]! }));
    return { items, totalCount: community.size, hasNextPage: start + items.length < community.size, hasPreviousPage: start > 0 };
  }

  /** Whether node a comes before node b: higher value first, then lower id (indices are in id order). */
  private before(values: ArrayLike<number>, a: number, b: number): boolean {
    return values[a]! > values[b]! || (values[a] === values[b] && a < b);
  }

  /** The first position in `list` that comes after the cursor's position. */
  private firstAfter(list: Int32Array, values: ArrayLike<number>, after: Position): number {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const i = list[mid]!;
      const comesAfter = values[i]! < after.value || (values[i] === after.value && this.ids[i]! > after.id);
      if (comesAfter) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}

/** Communities, largest first (then by leading member id), each with its members by PageRank. */
function communitiesOf(computed: ComputedMetrics, byPageRank: Int32Array, ids: readonly string[], names: ReadonlyMap<string, string>): CommunityRecord[] {
  const buckets: number[][] = Array.from({ length: computed.communityCount }, () => []);
  for (const i of byPageRank) buckets[computed.membership[i]!]!.push(i);
  const order = buckets.map((_, c) => c).sort((a, b) => buckets[b]!.length - buckets[a]!.length || (ids[buckets[a]![0]!]! < ids[buckets[b]![0]!]! ? -1 : 1));
  // Renumber membership so that it indexes the sorted list.
  const renumbered = new Int32Array(order.length);
  order.forEach((c, position) => (renumbered[c] = position));
  for (let i = 0; i < computed.membership.length; i++) computed.membership[i] = renumbered[computed.membership[i]!]!;
  return order.map((c) => {
    const members = Int32Array.from(buckets[c]!);
    const lead = [...members.subarray(0, 3)].map((i) => names.get(ids[i]!) ?? ids[i]!);
    const more = members.length - lead.length;
    return {
      id: `community:${ids[members[0]!]}`,
      label: more > 0 ? `${lead.join(', ')} and ${more} more` : lead.join(', '),
      size: members.length,
      members,
    };
  });
}

/** The ids whose names community labels need: each community's three leading members. */
export function labelMembers(computed: ComputedMetrics, read: GraphRead): string[] {
  const best = new Map<number, number[]>();
  const byRank = Int32Array.from({ length: read.ids.length }, (_, i) => i).sort((a, b) => computed.pageRank[b]! - computed.pageRank[a]! || a - b);
  for (const i of byRank) {
    const c = computed.membership[i]!;
    const list = best.get(c) ?? [];
    if (list.length < 3) list.push(i);
    best.set(c, list);
  }
  return [...best.values()].flat().map((i) => read.ids[i]!);
}

/** Cursors are opaque to clients: a position, base64url-encoded. */
export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.value, position.id])).toString('base64url');
}

/** The position a cursor holds, or null when it is not one of ours. */
export function decodeCursor(cursor: string): Position | null {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'number' && Number.isFinite(parsed[0]) && typeof parsed[1] === 'string') {
      return { value: parsed[0], id: parsed[1] };
    }
  } catch {
    // not ours
  }
  return null;
}
