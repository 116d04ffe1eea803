/**
 * Search over the text index (src/store/search-index.ts), the same on every engine: the
 * engines only find the nodes that hold some terms (src/search/search-text.ts) and check,
 * order and cut them in one shared statement (cypher/search/page.cypher); which terms are
 * read, in which order, is decided here.
 *
 * A node matches by name when every word of the query begins a word of one of its names (a
 * query of numbers only must name whole ones), by role or description when every word of
 * the query begins one of their words and the longest is a whole word. The relevance order
 * is six tiers — a name that equals the query (score 4), starts with it (3), contains it
 * (2), holds its words (1), then a role (0.1), then the description (0.01) — and within a
 * tier the length of the display name (its shard), the name and the id. Each tier is read
 * through terms of its own, shard by shard: an exact name through its whole-name term, a
 * name that starts with the query through the beginnings of first words, the others through
 * the query's longest word. So a page reads the tiers and shards it returns from, and no
 * further; and as every list is cut from the one order, pages join up, on both engines.
 */
import type { Kind, SearchField } from '../graph/records.ts';
import { normalizeSearchText, searchKeysFor, searchWordsFor } from './normalize.ts';
import { documentTests, fieldTerm, keyTerm, MAX_SHARD, rolesInSearchText, shardOf, startTerm } from './search-text.ts';

export type MatchType = 'EXACT' | 'PREFIX' | 'CONTAINS' | 'WORDS';

export interface SearchRequest {
  /** The normalised query (normalizeSearchText), not empty. */
  term: string;
  /** Only nodes of these kinds; all when empty. */
  kinds: readonly Kind[];
}

/** A node as search sees it: what it is matched against. */
export interface IndexedNode {
  id: string;
  kind: string;
  name: string;
  aliases: readonly string[];
  description: string | null;
  /** Its search document, which holds its roles, normalised. */
  searchText: string;
}

/** A node that matched, how, and what it is ranked by. */
export interface SearchMatch {
  id: string;
  field: SearchField;
  matchType: MatchType;
  score: number;
  /** The normalised name or role that matched (null for a words match across names, and for a description). */
  key: string | null;
  shard: number;
  name: string;
}

/** One tier of the relevance order: which hits it holds, and their score. */
export interface Tier {
  field: SearchField;
  /** The name grade (4 exact … 1 words) the tier holds; null for roles and descriptions. */
  grade: number | null;
  score: number;
}

export const TIERS: readonly Tier[] = [
  { field: 'NAME', grade: 4, score: 4 },
  { field: 'NAME', grade: 3, score: 3 },
  { field: 'NAME', grade: 2, score: 2 },
  { field: 'NAME', grade: 1, score: 1 },
  { field: 'ROLE', grade: null, score: 0.1 },
  { field: 'DESCRIPTION', grade: null, score: 0.01 },
];

const GRADES: readonly MatchType[] = ['WORDS', 'CONTAINS', 'PREFIX', 'EXACT'];
const FIELDS: readonly SearchField[] = ['NAME', 'ROLE', 'DESCRIPTION'];

/** The tier of a hit, by its field and (for a name) its grade. */
export function tierOf(field: SearchField, grade: number): number {
  return TIERS.findIndex((tier) => tier.field === field && (tier.grade === null || tier.grade === grade));
}

/** How a node matches the query's words in one field, or null. */
function grade(words: readonly string[], fieldWords: readonly string[], keys: readonly string[], term: string): { matchType: MatchType; key: string | null } | null {
  if (!words.every((word) => fieldWords.some((candidate) => candidate.startsWith(word)))) return null;
  const tests: [MatchType, (key: string) => boolean][] = [
    ['EXACT', (key) => key === term],
    ['PREFIX', (key) => key.startsWith(term)],
    ['CONTAINS', (key) => key.includes(term)],
  ];
  for (const [matchType, test] of tests) {
    const key = keys.find(test);
    if (key !== undefined) return { matchType, key };
  }
  return { matchType: 'WORDS', key: null };
}

/** How a node matches the query in one field, or null when it does not. */
export function matchIn(field: SearchField, node: IndexedNode, request: SearchRequest): SearchMatch | null {
  const words = request.term.split(' ');
  const driver = driverOf(words);
  const { words: fieldWords, keys } = fieldText(field, node);
  // Roles and descriptions are read by the longest word as a whole word.
  if (field !== 'NAME' && !fieldWords.includes(driver)) return null;
  const found = grade(words, fieldWords, keys, request.term);
  if (!found) return null;
  // A words match across roles names the first role the read word begins.
  if (field === 'ROLE' && found.key === null) found.key = keys.find((key) => key.split(' ').some((word) => word.startsWith(driver))) ?? null;
  return {
    id: node.id,
    field,
    matchType: found.matchType,
    score: TIERS[tierOf(field, GRADES.indexOf(found.matchType) + 1)]!.score,
    key: field === 'DESCRIPTION' ? null : found.key,
    shard: shardOf(node.name),
    name: node.name,
  };
}

/** The words and whole keys of one field of a node. */
function fieldText(field: SearchField, node: IndexedNode): { words: string[]; keys: string[] } {
  switch (field) {
    case 'NAME':
      return { words: searchWordsFor(node.name, node.aliases), keys: searchKeysFor(node.name, node.aliases) };
    case 'ROLE': {
      const roles = rolesInSearchText(node.searchText);
      return { words: searchWordsFor('', roles), keys: roles };
    }
    case 'DESCRIPTION':
      return { words: searchWordsFor(node.description ?? '', []), keys: [normalizeSearchText(node.description ?? '')] };
  }
}

/** The best way a node matches the query, or null when it does not: the documented rule. */
export function matchOf(node: IndexedNode, request: SearchRequest): SearchMatch | null {
  if (request.kinds.length > 0 && !request.kinds.includes(node.kind as Kind)) return null;
  for (const field of FIELDS) {
    const match = matchIn(field, node, request);
    if (match) return match;
  }
  return null;
}

/**
 * The word the index is read by: the longest, as a rule the rarest (the first of equals),
 * other than a number where there is one (a number's beginnings are not in the index).
 */
export function driverOf(words: readonly string[]): string {
  const longest = (candidates: readonly string[]) => candidates.reduce((best, word) => ([...word].length > [...best].length ? word : best), '');
  return longest(words.filter((word) => !/^\p{N}+$/u.test(word))) || longest(words);
}

/** Hits in rank order: score, then name length, name and id. */
export function compareMatches(a: SearchMatch, b: SearchMatch): number {
  return b.score - a.score || a.shard - b.shard || compareText(a.name, b.name) || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const KIND_ORDER: readonly Kind[] = ['Person', 'Organization', 'Country', 'Place', 'Event', 'Statement', 'Document', 'Topic'];

/** The terms of one lookup: a tier's hits of one shard (or of every shard, for exact names). */
export interface Lookup {
  /** Null when the lookup covers every shard. */
  shard: number | null;
  terms: string[];
}

/** Names this short or longer than DENSE_UP_TO are few: their shards are read together. */
const SPARSE_UP_TO = 8;
const DENSE_UP_TO = 40;

/** Whether a lookup is expected to find few nodes (see GroupPolicy.sparse). */
export function isSparse(lookup: Lookup): boolean {
  return lookup.shard === null || lookup.shard <= SPARSE_UP_TO || lookup.shard > DENSE_UP_TO;
}

/** The lookups of each tier, shard by shard (an empty list for a tier the query cannot have). */
export function lookupsOf(request: SearchRequest): Lookup[][] {
  const words = request.term.split(' ');
  const driver = driverOf(words);
  const kinds: readonly Kind[] = request.kinds.length > 0 ? request.kinds : KIND_ORDER;
  const shards = (termsOf: (kind: Kind, shard: number) => string): Lookup[] =>
    Array.from({ length: MAX_SHARD }, (_, i) => new ShardLookup(i + 1, kinds, termsOf));
  const byDriver = shards((kind, shard) => fieldTerm('NAME', driver, kind, shard));
  return [
    [{ shard: null, terms: [keyTerm(request.term)] }],
    shards((kind, shard) => startTerm(words[0]!, kind, shard)),
    byDriver,
    // One word that begins a word of a name is in it: every words match of one word also contains it.
    words.length > 1 ? byDriver : [],
    shards((kind, shard) => fieldTerm('ROLE', driver, kind, shard)),
    shards((kind, shard) => fieldTerm('DESCRIPTION', driver, kind, shard)),
  ];
}

/**
 * A lookup of one shard whose terms are made when first read: a request has ~500 lookups of
 * ~8 terms each, and a walk reads the terms of the few it reaches (the embedded engine) or of
 * one a tier (Neo4j's, src/store/neo4j/text-index.ts).
 */
class ShardLookup implements Lookup {
  readonly shard: number;
  readonly #kinds: readonly Kind[];
  readonly #termOf: (kind: Kind, shard: number) => string;
  #terms: string[] | undefined;
  constructor(shard: number, kinds: readonly Kind[], termOf: (kind: Kind, shard: number) => string) {
    this.shard = shard;
    this.#kinds = kinds;
    this.#termOf = termOf;
  }
  get terms(): string[] {
    return (this.#terms ??= this.#kinds.map((kind) => this.#termOf(kind, this.shard)));
  }
}

/** The terms that find every hit of a request, whatever its tier (a hit of any tier holds its longest word in a field). */
export function everyHitTerms(request: SearchRequest): string[] {
  return lookupsOf(request)
    .filter((_, tier) => tier === 2 || tier === 4 || tier === 5)
    .flat()
    .flatMap((lookup) => lookup.terms);
}

/** What the shared statement checks candidates against (SearchFilter in src/store/queries.ts), but the tier. */
export function filterOf(request: SearchRequest) {
  const words = request.term.split(' ');
  return { words, ...documentTests(words, driverOf(words)), kinds: [...request.kinds] };
}
