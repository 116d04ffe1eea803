/**
 * Reads search pages from the store: the walk over the tiers and shards of the relevance
 * order (src/search/search.ts), or one read in name order, each statement through the
 * engine's text index and cut to what the page still needs, so that a search reads no
 * more rows than its page holds.
 */
import type { SearchRow } from '../graph/decode.ts';
import type { RowKey, Scan } from '../graph/keyset.ts';
import { TIE_SEPARATOR } from '../graph/keyset.ts';
import type { EntityRecord } from '../graph/records.ts';
import { searchCount, searchPage, searchWalk } from '../store/queries.ts';
import type { QueryRunner } from '../store/runner.ts';
import type { GroupPolicy, PageScope, WalkTier } from '../store/search-index.ts';
import { normalizeSearchText } from './normalize.ts';
import type { Lookup, MatchType, SearchMatch, SearchRequest } from './search.ts';
import { everyHitTerms, filterOf, isSparse, lookupsOf, matchIn, TIERS, tierOf } from './search.ts';

export type SearchOrder = 'RELEVANCE' | 'NAME';

/** A search hit: the node, how it matched, and what matched as the graph writes it. */
export interface SearchHit {
  node: EntityRecord;
  match: SearchMatch;
  /** The name, alias, role or description that matched, as written (null for a words match across names). */
  matchedText: string | null;
  /** Its key in the list's order (src/graph/keyset.ts). */
  key: RowKey;
}

/** Every lookup of a tier in one statement. */
const WHOLE_TIERS: GroupPolicy = { allTiers: false, whole: true, first: 1, max: 1, afterHit: 1, sparse: 1 };

/** Shards in a tier's key: the key of a hit by relevance is `tier × SHARDS + shard`. */
const SHARDS = 100;

/** The key of a hit in this order: by relevance its tier and shard, then name and id; by name, the name, then the id. */
function keyOf(row: SearchRow, order: SearchOrder): RowKey {
  if (order === 'NAME') return { missing: false, primary: row.node.name, tie: row.node.id };
  return { missing: false, primary: tierOf(row.field, row.grade) * SHARDS + row.shard, tie: row.node.name + TIE_SEPARATOR + row.node.id };
}

/** A key of the relevance order as the statement reads it within its tier: the shard, then name and id. */
function withinTier(key: RowKey | null, tier: number): RowKey | null {
  if (key === null || Math.floor(Number(key.primary) / SHARDS) !== tier) return null;
  return { missing: false, primary: Number(key.primary) % SHARDS, tie: key.tie };
}

const tierOfKey = (key: RowKey | null) => (key === null ? null : Math.floor(Number(key.primary) / SHARDS));

/**
 * The hits of one scan (src/graph/keyset.ts) in the list's order, at most `scan.limit`. By
 * relevance the tiers are read in scan order from the tier of `start` to that of `stop`,
 * each shard by shard in groups the store chooses, or all in one statement where the store
 * asks for that (GroupPolicy.allTiers): every hit at once, or the engine's own walk, which
 * stops where the page is full (GroupPolicy.walk); by name, every hit is a candidate.
 */
export async function searchHits(runner: QueryRunner, request: SearchRequest, order: SearchOrder, scan: Scan): Promise<SearchHit[]> {
  const filter = filterOf(request);
  const page = { ascending: scan.ascending, missingLast: scan.missingLast, sep: TIE_SEPARATOR, order };
  const hits = (rows: readonly SearchRow[]) => rows.map((row) => hitOf(row, request, order));
  const policy = runner.searchGroups?.() ?? WHOLE_TIERS;
  if (order === 'NAME' || (policy.allTiers && !policy.walk)) {
    // One statement over every hit: the store orders by name, or by tier and shard (the key's primary), then by name and id.
    const scope: PageScope = { field: null, grade: null, start: scan.start, stop: scan.stop };
    return hits(await runner.run(searchPage, { terms: everyHitTerms(request), ...filter, ...page, scope, limit: scan.limit }));
  }
  const tiers = scanTiers(request, scan);
  // The engine walks the tiers itself, in one statement that stops where the page is full.
  if (policy.allTiers) return hits(await runner.run(searchWalk, { tiers, ...filter, ...page, limit: scan.limit }));
  const rows: SearchRow[] = [];
  const probe = policy.ahead && runner.probe ? runner.probe : null;
  for (const { scope, lookups } of tiers) {
    const read = async (group: readonly Lookup[]) => {
      const found = await runner.run(searchPage, { terms: termsOf(group), ...filter, ...page, scope, limit: scan.limit - rows.length });
      rows.push(...found);
      return found.length;
    };
    if (await readGroups(lookups, policy, read, () => rows.length >= scan.limit, probe)) break;
  }
  return hits(rows);
}

const termsOf = (group: readonly Lookup[]) => group.flatMap((lookup) => lookup.terms);

/**
 * The tiers a scan reads by relevance, in scan order, from the tier of `start` to that of
 * `stop`: each with its scope (its field and grade, and the scan's keys within it) and the
 * lookups of the shards between those keys, in scan order.
 */
export function scanTiers(request: SearchRequest, scan: Scan): WalkTier[] {
  const lookups = lookupsOf(request);
  const order = TIERS.map((_, tier) => tier);
  if (!scan.ascending) order.reverse();
  const before = (a: number, b: number) => (scan.ascending ? a < b : a > b);
  const [startTier, stopTier] = [tierOfKey(scan.start), tierOfKey(scan.stop)];
  const tiers: WalkTier[] = [];
  for (const tier of order) {
    if (startTier !== null && before(tier, startTier)) continue;
    if (stopTier !== null && before(stopTier, tier)) break;
    const start = withinTier(scan.start, tier);
    const stop = withinTier(scan.stop, tier);
    const inRange = (lookup: Lookup) =>
      lookup.shard === null ||
      ((start === null || !before(lookup.shard, Number(start.primary))) && (stop === null || !before(Number(stop.primary), lookup.shard)));
    const shards = lookups[tier]!.filter(inRange);
    if (!scan.ascending) shards.reverse();
    if (shards.length === 0) continue;
    const { field, grade } = TIERS[tier]!;
    tiers.push({ tier, scope: { field, grade, start, stop }, lookups: shards });
  }
  return tiers;
}

/**
 * Reads lookups in order, all in one statement or in groups: consecutive sparse ones together
 * (up to `policy.sparse`), the others `width` at a time, widening after groups that found
 * nothing. True once `done`.
 */
async function readGroups(
  lookups: readonly Lookup[],
  policy: GroupPolicy,
  read: (group: readonly Lookup[]) => Promise<number>,
  done: () => boolean,
  probe: ((terms: readonly string[]) => Promise<boolean>) | null,
): Promise<boolean> {
  if (lookups.length === 0) return false;
  if (policy.whole) {
    await read(lookups);
    return done();
  }
  // Until a group finds nodes, the groups are known in advance (each as wide as an empty one
  // before it leaves it): the next `policy.ahead` of them are probed at once, and one whose
  // probe finds nothing is not read.
  const probed = new Map<number, { end: number; holds: Promise<boolean> }>();
  let found = false;
  let width = policy.first;
  let at = 0;
  while (at < lookups.length) {
    const group = nextGroup(lookups, policy, at, width);
    if (probe && !found) {
      let [start, planned] = [at, group];
      for (let next = 0; next < (policy.ahead ?? 0); next += 1) {
        if (!probed.has(start)) {
          const holds = probe(termsOf(lookups.slice(start, planned.end)));
          holds.catch(() => {}); // a probe never awaited: its failure is nobody's
          probed.set(start, { end: planned.end, holds });
        }
        if (planned.end >= lookups.length) break;
        [start, planned] = [planned.end, nextGroup(lookups, policy, planned.end, planned.width(0))];
      }
    }
    const ahead = probed.get(at);
    const count = ahead?.end === group.end && !(await ahead.holds) ? 0 : await read(lookups.slice(at, group.end));
    if (done()) return true;
    if (count > 0) found = true;
    width = group.width(count);
    at = group.end;
  }
  return false;
}

/**
 * The group that starts at `at`: consecutive sparse lookups together (up to `policy.sparse`), the
 * others `width` at a time; and the width after it, by how many nodes it found (wider after
 * an empty one, `policy.afterHit` after one that found some; sparse groups leave it as it is).
 */
function nextGroup(lookups: readonly Lookup[], policy: GroupPolicy, at: number, width: number) {
  const sparse = isSparse(lookups[at]!);
  const max = sparse ? policy.sparse : width;
  let end = at + 1;
  while (end < lookups.length && end - at < max && isSparse(lookups[end]!) === sparse) end += 1;
  return { end, width: (found: number) => (sparse ? width : found === 0 ? Math.min((end - at) * 2, policy.max) : policy.afterHit) };
}

/** How many hits a search has, over every page. */
export async function countHits(runner: QueryRunner, request: SearchRequest): Promise<number> {
  const [row] = await runner.run(searchCount, { terms: everyHitTerms(request), ...filterOf(request) });
  return row?.count ?? 0;
}

const NAME_GRADES: readonly MatchType[] = ['WORDS', 'CONTAINS', 'PREFIX', 'EXACT'];

/** A row as a hit: how it matched (the store says in which field and, for a name, how well), and what matched, as written. */
function hitOf(row: SearchRow, request: SearchRequest, order: SearchOrder): SearchHit {
  const { node } = row;
  const indexed = { id: node.id, kind: node.kind, name: node.name, aliases: node.aliases, description: node.description, searchText: row.searchText };
  const tier = TIERS[tierOf(row.field, row.grade)]!;
  const found = matchIn(row.field, indexed, request);
  const match: SearchMatch = {
    id: node.id,
    field: row.field,
    matchType: row.field === 'NAME' ? NAME_GRADES[row.grade - 1]! : (found?.matchType ?? 'WORDS'),
    score: tier.score,
    key: found?.key ?? null,
    shard: row.shard,
    name: node.name,
  };
  return { node, match, matchedText: matchedText(match, node, row.roles), key: keyOf(row, order) };
}

/** What matched, as written in the graph: the name or alias, the role, or the description. */
function matchedText(match: SearchMatch, node: EntityRecord, roles: readonly string[]): string | null {
  switch (match.field) {
    case 'NAME':
      return match.key === null ? null : ([node.name, ...node.aliases].find((name) => normalizeSearchText(name) === match.key) ?? null);
    case 'ROLE':
      // Sorted: two roles that normalise alike give the same answer whichever order the engine lists them in.
      return [...roles].sort().find((role) => normalizeSearchText(role) === match.key) ?? null;
    case 'DESCRIPTION':
      return node.description;
  }
}
