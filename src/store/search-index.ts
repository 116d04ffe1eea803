/**
 * The store port's text-index capability: each adapter answers it through its
 * engine's own full-text index over `Entity.searchText` (the embedded engine's BM25
 * text index, Neo4j's full-text index), and both must give the same answers: a
 * lookup returns every node holding one of its terms, up to its limit. Which terms a
 * node holds is src/search/search-text.ts; how search reads them, src/search/search.ts.
 */
import type { Row } from './port.ts';

/** A node as the index returns it, with what search needs to check and rank it. */
export interface IndexedNode {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
  searchText: string;
}

/** A node as a lookup statement returns it (id, kind, name, aliases, description, searchText). */
export function toIndexedNode(row: Row): IndexedNode {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    id: String(row.id),
    kind: String(row.kind),
    name: text(row.name) ?? String(row.id),
    aliases: Array.isArray(row.aliases) ? row.aliases.filter((alias): alias is string => typeof alias === 'string') : [],
    description: text(row.description),
    searchText: text(row.searchText) ?? '',
  };
}

/** One read of the index: the nodes holding any of `terms`, at most `limit`. */
export interface IndexLookup {
  terms: readonly string[];
  limit: number;
  /** A hint: the lookup is expected to find few nodes, so it may be read in a union with its neighbours. */
  sparse?: boolean;
}

/** A search that reads the index one lookup at a time, in order, until it has enough. */
export interface IndexWalk {
  readonly lookups: readonly IndexLookup[];
  /** Takes the answer to `lookups[index]`; returns true when no later lookup is needed. */
  take(index: number, nodes: readonly IndexedNode[]): boolean;
}

/** One round trip a walk made to the engine. */
export interface IndexRoundTrip {
  durationMs: number;
  rows: number;
}

export interface SearchIndex {
  /** Creates the text index when it is missing (idempotent; a write on Neo4j). */
  prepare(): Promise<void>;
  /**
   * Hands the walk the answers to its lookups in order, until it says it has enough.
   * An adapter may read several lookups in one round trip; answers past the walk's
   * end are dropped, so the walk sees the same answers however they were fetched.
   */
  walk(walk: IndexWalk): Promise<IndexRoundTrip[]>;
}

/**
 * The answers to a run of lookups, from the answer to one lookup for all their terms
 * together: each lookup's answer is the nodes of `union` holding one of its terms. Null
 * when that could differ from asking each lookup alone: the union came back full (it
 * may have left nodes out), or a lookup's share reaches that lookup's own limit (the
 * engine would have chosen which to keep).
 */
export function splitUnion(lookups: readonly IndexLookup[], union: readonly IndexedNode[], unionLimit: number): IndexedNode[][] | null {
  if (union.length >= unionLimit) return null;
  const termsOf = new Map(union.map((node) => [node, new Set(node.searchText.split(' '))]));
  const answers = lookups.map((lookup) => union.filter((node) => lookup.terms.some((term) => termsOf.get(node)!.has(term))));
  return answers.every((answer, i) => answer.length < lookups[i]!.limit) ? answers : null;
}

/** How an adapter reads its engine's text index. */
export interface IndexReader {
  /** The nodes holding any of `terms`, at most `limit`, in one engine call. */
  lookup(terms: readonly string[], limit: number): Promise<IndexedNode[]>;
  /** The answers to several lookups in one engine call, where the engine can. */
  lookupEach?(lookups: readonly IndexLookup[]): Promise<IndexedNode[][]>;
}

/** How many lookups an adapter reads in one engine call (as their union). */
export interface GroupPolicy {
  /** The first group's size. */
  first: number;
  /** The largest group. */
  max: number;
  /** The size after a group that found nodes (groups double after empty ones). */
  afterHit: number;
  /** The largest group of consecutive sparse lookups, read as one union whatever came before. */
  sparse: number;
}

/**
 * Runs a walk through `reader`, reading groups of lookups as their union (split back
 * with splitUnion); a union that cannot be split is read lookup by lookup. Where calls
 * are cheap (in process), groups start at one lookup and widen while nothing matches,
 * so a wide union is never spent where many nodes match; where each call is a network
 * round trip, groups stay wide. `onRead` is told about each engine call.
 */
export async function readWalk(walk: IndexWalk, reader: IndexReader, policy: GroupPolicy, onRead: (rows: number) => void): Promise<void> {
  const { lookups } = walk;
  let width = policy.first;
  let at = 0;
  while (at < lookups.length) {
    const group = nextGroup(lookups, at, width, policy.sparse);
    let answers = group.length === 1 ? null : await readUnion(group, reader, onRead);
    if (!answers && group.length > 1 && reader.lookupEach) {
      answers = await reader.lookupEach(group);
      onRead(answers.reduce((sum, nodes) => sum + nodes.length, 0));
    }
    if (!answers) {
      const nodes = await reader.lookup(group[0]!.terms, group[0]!.limit);
      onRead(nodes.length);
      answers = [nodes];
    }
    for (const [offset, nodes] of answers.entries()) if (walk.take(at + offset, nodes)) return;
    at += answers.length;
    width = answers.every((nodes) => nodes.length === 0) ? Math.min(answers.length * 2, policy.max) : policy.afterHit;
  }
}

/** A run of sparse lookups, or up to `width` others (never both in one group). */
function nextGroup(lookups: readonly IndexLookup[], at: number, width: number, sparse: number): readonly IndexLookup[] {
  const isSparse = lookups[at]!.sparse === true;
  let end = at + 1;
  const max = isSparse ? sparse : width;
  while (end < lookups.length && end - at < max && (lookups[end]!.sparse === true) === isSparse) end += 1;
  return lookups.slice(at, end);
}

async function readUnion(group: readonly IndexLookup[], reader: IndexReader, onRead: (rows: number) => void) {
  const limit = Math.max(...group.map((lookup) => lookup.limit));
  const union = await reader.lookup(group.flatMap((lookup) => lookup.terms), limit);
  onRead(union.length);
  return splitUnion(group, union, limit);
}
