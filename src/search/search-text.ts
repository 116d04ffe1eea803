/**
 * The search document of a node (`searchText`): the terms the engines' text indexes
 * hold for it, space-separated, the same on both engines (the embedded engine's
 * `standard` tokenizer and Neo4j's `whitespace` analyzer split it alike: every term is
 * letters and digits only). Names are matched as they are typed, so each word of a
 * name gives every beginning of itself, but a number only itself (numbers are typed
 * whole, and each beginning of one would be a term of its own: the dictionary of a
 * graph whose names carry numbers would hold several per node); roles and
 * descriptions give whole words.
 *
 * Every term but the exact-name ones carries the node's kind and its *shard*, the
 * length of its display name: search reads a term shard by shard, shortest names
 * first, and stops once it has enough hits, so its cost follows the answer rather
 * than how many nodes share a word (see src/search/search.ts). The beginnings of the
 * first word of each name are held once more with a mark of their own, so that the names
 * that start with a query are read apart from those that only contain it. The document
 * opens with the shard itself (` ǀ12 `, which search orders its hits by), then the whole
 * names, then a lone `ǀ`, then the rest, each term between spaces: the shared search
 * statement (cypher/search/page.cypher) tests terms with CONTAINS, and reads the names up to
 * the lone mark.
 */
import type { Kind, SearchField } from '../graph/records.ts';
import { normalizeSearchText, searchKeysFor, searchWordsFor } from './normalize.ts';

/** Longer names share the last shard. */
export const MAX_SHARD = 99;

/** Marks (letters, so that both tokenizers keep them inside a term). */
const SHARD_MARK = 'ǀ';
/** In place of SHARD_MARK, for the beginnings of a name's first word. */
const START_MARK = 'ʘ';
const KEY_MARK = 'ǂ';
const DESCRIPTION_MARK = 'ǁ';
const ROLE_MARK = 'ǃ';

const KIND_CODES: Record<Kind, string> = {
  Person: 'p',
  Organization: 'o',
  Country: 'c',
  Place: 'l',
  Event: 'e',
  Statement: 's',
  Document: 'd',
  Topic: 't',
};

/** How many kinds a term may be marked with: a word's terms for all of them are all its terms. */
export const KIND_CODE_COUNT = Object.keys(KIND_CODES).length;

/** What a node's search document is made of. */
export interface SearchSource {
  kind: Kind;
  name: string;
  aliases: readonly string[];
  description: string | null;
  /** Roles the node holds (HOLDS_ROLE, MEMBER_OF, ADVISES), as written. */
  roles: readonly string[];
}


/** A node's shard: the length of its display name in characters, 1 to MAX_SHARD. */
export function shardOf(name: string): number {
  return Math.min(MAX_SHARD, Math.max(1, [...name].length));
}

/** Every beginning of a word, the whole word included; a number is only itself. */
function beginnings(word: string): string[] {
  if (/^\p{N}+$/u.test(word)) return [word];
  const chars = [...word];
  return chars.map((_, i) => chars.slice(0, i + 1).join(''));
}

/** The term of a normalised key (a whole name, role or description): its words joined by a mark. */
export function keyTerm(key: string, mark = KEY_MARK): string {
  return `${mark}${key.split(' ').join(KEY_MARK)}${KEY_MARK}`;
}

/** The term a word (or a beginning of one) has in a field, for a kind and shard. */
export function fieldTerm(field: SearchField, word: string, kind: Kind, shard: number): string {
  const mark = field === 'NAME' ? '' : field === 'ROLE' ? ROLE_MARK : DESCRIPTION_MARK;
  return `${mark}${word}${SHARD_MARK}${KIND_CODES[kind]}${shard}`;
}

/**
 * What the shared search statement tests a node's document with, each a substring it holds
 * or not (see searchTextFor): a word that begins a word of a name (` word`), of a role
 * (` ǃword`) or of the description (` ǁword`); the driver as a whole role or description
 * word; the query as a whole name, as a name's beginning, and (within the names, before
 * `namesEnd`) somewhere in a name.
 */
export function documentTests(words: readonly string[], driver: string) {
  const core = words.join(KEY_MARK);
  const marked = (mark: string) => words.map((word) => ` ${mark}${word}`);
  return {
    nameWords: marked(''),
    roleWords: marked(ROLE_MARK),
    descriptionWords: marked(DESCRIPTION_MARK),
    roleDriver: ` ${ROLE_MARK}${driver}${SHARD_MARK}`,
    descriptionDriver: ` ${DESCRIPTION_MARK}${driver}${SHARD_MARK}`,
    exactName: ` ${KEY_MARK}${core}${KEY_MARK} `,
    nameStart: ` ${KEY_MARK}${core}`,
    nameCore: core,
    namesEnd: ` ${SHARD_MARK} `,
  };
}

/** A term of one kind and shard (fieldTerm, startTerm): the word and its mark, the kind's code, the shard. */
const SHARDED_TERM = new RegExp(`^(.+[${SHARD_MARK}${START_MARK}])([a-z])(\\d+)$`, 'u');

/** The parts of a term that carries a kind and shard: what stays the same across the shards (`stem`: the word and its mark) and the kind's code; null for another term. */
export function shardedTermParts(term: string): { stem: string; kind: string } | null {
  const match = SHARDED_TERM.exec(term);
  return match ? { stem: match[1]!, kind: match[2]! } : null;
}

/** The term a beginning of the first word of a name has, for a kind and shard. */
export function startTerm(word: string, kind: Kind, shard: number): string {
  return `${word}${START_MARK}${KIND_CODES[kind]}${shard}`;
}

/** The normalised roles of a node, without repeats, in order (engines collect them in any order). */
export function roleKeys(roles: readonly string[]): string[] {
  return [...new Set(roles.map(normalizeSearchText).filter((key) => key.length > 0))].sort();
}

/** The search document of a node. */
export function searchTextFor(source: SearchSource): string {
  const shard = shardOf(source.name);
  const keys = searchKeysFor(source.name, source.aliases);
  const terms = new Set<string>();
  // Roles are few and short: their whole text is kept too, to tell which one matched.
  for (const key of roleKeys(source.roles)) terms.add(keyTerm(key, ROLE_MARK + KEY_MARK));
  for (const word of searchWordsFor(source.name, source.aliases)) {
    for (const beginning of beginnings(word)) terms.add(fieldTerm('NAME', beginning, source.kind, shard));
  }
  for (const key of keys) {
    for (const beginning of beginnings(key.split(' ')[0]!)) terms.add(startTerm(beginning, source.kind, shard));
  }
  for (const word of searchWordsFor('', roleKeys(source.roles))) terms.add(fieldTerm('ROLE', word, source.kind, shard));
  if (source.description) {
    for (const word of searchWordsFor(source.description, [])) terms.add(fieldTerm('DESCRIPTION', word, source.kind, shard));
  }
  // The shard, the whole names, the end of the names, the rest; a space before every term and after the last.
  return ` ${[`${SHARD_MARK}${shard}`, ...new Set(keys.map((key) => keyTerm(key))), SHARD_MARK, ...terms].join(' ')} `;
}

/** The normalised roles a search document records (see searchTextFor). */
export function rolesInSearchText(text: string): string[] {
  const start = ROLE_MARK + KEY_MARK;
  return text
    .split(' ')
    .filter((term) => term.startsWith(start) && term.endsWith(KEY_MARK))
    .map((term) => term.slice(start.length, -KEY_MARK.length).split(KEY_MARK).join(' '));
}

/** Whether a stored search document was written in this format (see seedNeeded): it opens with a space and its shard. */
export const SEARCH_TEXT_FORMAT = ` ${SHARD_MARK}`;

/** The last term of a document that holds its shard terms (withShardTerms). */
const SHARD_TERMS_MARK = `${SHARD_MARK}${SHARD_MARK}`;

/** How a document that holds its shard terms ends. */
export const SHARD_TERMS_END = ` ${SHARD_TERMS_MARK} `;

/**
 * A search document with its *shard terms* after it: each term of one kind and shard once more
 * without its kind (`karpenkaǀp22` gives `karpenkaǀ22`), then SHARD_TERMS_END. Where each
 * lookup of an index costs a query of its own (Neo4j), a shard of every kind is then one term
 * to look up rather than one for each kind (~35 µs a probe, where 8 cost ~130 µs). What the
 * shared statements test a document with is unchanged: a shard term follows the term it
 * repeats, and every test is a term's beginning up to its mark, or lies before the lone mark.
 */
export function withShardTerms(document: string): string {
  const terms = new Set<string>();
  for (const term of document.split(' ')) {
    const match = SHARDED_TERM.exec(term);
    if (match) terms.add(`${match[1]}${match[3]}`);
  }
  return `${document}${[...terms, SHARD_TERMS_MARK].join(' ')} `;
}
