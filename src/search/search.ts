/**
 * Search over the text index (src/store/search-index.ts), the same on every engine:
 * the engines only answer lookups of terms (src/search/search-text.ts); which
 * lookups are made, which nodes match and how they rank is decided here.
 *
 * A node matches by name when every word of the query begins a word of one of its
 * names (a query of numbers only must name whole ones), by role or description when
 * every word of the query begins one of their words and the longest is a whole word. Hits rank by their score: 4 exact (a name
 * equals the query), 3 prefix (a name starts with it), 2 contains, 1 all words; a
 * tenth of that for a role, a hundredth for a description; then by the length of
 * the display name, the name and the id.
 *
 * The walk reads exact names first, then the longest query word name shard by name
 * shard (shortest names first), then roles, then descriptions, and stops after the
 * shard in which it has found `first` hits at least as good as the field it reads.
 * So an exact name always comes first, and the other grades are ranked among the
 * shortest-named matches: a prefix match with a long name can rank below, or miss,
 * contains matches with shorter names when more than `first` of those exist. A lookup
 * brings at most LOOKUP_LIMIT nodes: a shard holding more matches of one word and kind
 * than that is read only in part, in the order of the engine's own relevance.
 */
import type { Kind } from '../graph/records.ts';
import type { IndexedNode, IndexLookup, IndexWalk } from '../store/search-index.ts';
import { normalizeSearchText, searchKeysFor, searchWordsFor } from './normalize.ts';
import type { SearchField } from './search-text.ts';
import { fieldTerm, keyTerm, MAX_SHARD, rolesInSearchText, shardOf } from './search-text.ts';

/** Most nodes one lookup brings. */
export const LOOKUP_LIMIT = 500;

/** Names this short or longer than DENSE_UP_TO are few: their shards are read together where calls cost. */
const SPARSE_UP_TO = 8;
const DENSE_UP_TO = 40;

export type MatchType = 'EXACT' | 'PREFIX' | 'CONTAINS' | 'WORDS';

const GRADES: Record<MatchType, number> = { EXACT: 4, PREFIX: 3, CONTAINS: 2, WORDS: 1 };
const FIELD_DIVISORS: Record<SearchField, number> = { NAME: 1, ROLE: 10, DESCRIPTION: 100 };
const FIELDS: readonly SearchField[] = ['NAME', 'ROLE', 'DESCRIPTION'];

export interface SearchRequest {
  /** The normalised query (normalizeSearchText), not empty. */
  term: string;
  /** Only nodes of these kinds; all when empty. */
  kinds: readonly Kind[];
  first: number;
}

/** A node that matched, how, and what it is ranked by. */
export interface SearchMatch {
  id: string;
  field: SearchField;
  matchType: MatchType;
  score: number;
  /** The normalised name or role that matched (null for a words match and for a description). */
  key: string | null;
  shard: number;
  name: string;
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

/** The best way a node matches the query, or null when it does not. */
export function matchOf(node: IndexedNode, request: SearchRequest): SearchMatch | null {
  if (request.kinds.length > 0 && !request.kinds.includes(node.kind as Kind)) return null;
  const words = request.term.split(' ');
  const driver = driverOf(words);
  // Each field's words and keys, worked out only when the better fields did not match.
  const fields: Record<SearchField, () => { words: string[]; keys: string[] }> = {
    NAME: () => ({ words: searchWordsFor(node.name, node.aliases), keys: searchKeysFor(node.name, node.aliases) }),
    ROLE: () => {
      const roles = rolesInSearchText(node.searchText);
      return { words: searchWordsFor('', roles), keys: roles };
    },
    DESCRIPTION: () => ({ words: searchWordsFor(node.description ?? '', []), keys: [normalizeSearchText(node.description ?? '')] }),
  };
  for (const field of FIELDS) {
    const { words: fieldWords, keys } = fields[field]();
    // Roles and descriptions are read by the longest word as a whole word.
    if (field !== 'NAME' && !fieldWords.includes(driver)) continue;
    const found = grade(words, fieldWords, keys, request.term);
    if (!found) continue;
    // A words match across roles names the first role the read word begins.
    if (field === 'ROLE' && found.key === null) found.key = keys.find((key) => key.split(' ').some((word) => word.startsWith(driver))) ?? null;
    return {
      id: node.id,
      field,
      matchType: found.matchType,
      score: GRADES[found.matchType] / FIELD_DIVISORS[field],
      key: field === 'DESCRIPTION' ? null : found.key,
      shard: shardOf(node.name),
      name: node.name,
    };
  }
  return null;
}

/**
 * The word the index is read by: the longest, as a rule the rarest (the first of equals),
 * other than a number where there is one (a number's beginnings are not in the index).
 */
function driverOf(words: readonly string[]): string {
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

/** The walk for a request; `matches()` gives its hits in rank order once it has run. */
export function searchWalk(request: SearchRequest): IndexWalk & { matches(): SearchMatch[] } {
  const words = request.term.split(' ');
  const driver = driverOf(words);
  const kinds: readonly Kind[] = request.kinds.length > 0 ? request.kinds : KIND_ORDER;
  const lookups: IndexLookup[] = [{ terms: [keyTerm(request.term)], limit: LOOKUP_LIMIT, sparse: true }];
  const fieldOf: (SearchField | null)[] = [null];
  for (const field of FIELDS) {
    for (let shard = 1; shard <= MAX_SHARD; shard += 1) {
      const sparse = shard <= SPARSE_UP_TO || shard > DENSE_UP_TO;
      lookups.push({ terms: kinds.map((kind) => fieldTerm(field, driver, kind, shard)), limit: LOOKUP_LIMIT, sparse });
      fieldOf.push(field);
    }
  }
  const found = new Map<string, SearchMatch>();
  return {
    lookups,
    take(index, nodes) {
      for (const node of nodes) {
        const match = matchOf(node, request);
        const known = found.get(node.id);
        if (match && (!known || match.score > known.score)) found.set(node.id, match);
      }
      const field = fieldOf[index];
      if (!field) return false;
      // Done once `first` hits rank at least as well as anything this field can still bring.
      const floor = GRADES.WORDS / FIELD_DIVISORS[field];
      let good = 0;
      for (const match of found.values()) if (match.score >= floor) good += 1;
      return good >= request.first;
    },
    matches: () => [...found.values()].sort(compareMatches).slice(0, request.first),
  };
}

const KIND_ORDER: readonly Kind[] = ['Person', 'Organization', 'Country', 'Place', 'Event', 'Statement', 'Document', 'Topic'];
