/** Apostrophes join what they separate: d’affaires is one word, daffaires. */
const APOSTROPHES = /[’'‘`´]/g;

/**
 * Search normalisation shared by the search documents (src/search/search-text.ts)
 * and by the search query: lower case, diacritics folded, punctuation to spaces.
 * Transliteration variants (Lukashenka / Lukashenko) are not guessed here:
 * the seed lists them as aliases, and each alias becomes a key.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The normalised names of a node with this name and these aliases (its whole names in the search document). */
export function searchKeysFor(name: string, aliases: readonly string[]): string[] {
  const keys = [name, ...aliases].map(normalizeSearchText).filter((key) => key.length > 0);
  return [...new Set(keys)];
}

/**
 * The words of the names of a node with this name and these aliases: the words of
 * its keys, and the parts an apostrophe joins as words of their own (d’affaires gives
 * daffaires, d and affaires), so that a search finds a node by the beginning of any
 * word of its names. The search document (src/search/search-text.ts) is built from them.
 */
export function searchWordsFor(name: string, aliases: readonly string[]): string[] {
  const texts = [name, ...aliases].flatMap((text) => [normalizeSearchText(text), normalizeSearchText(text.replace(APOSTROPHES, ' '))]);
  const words = texts.flatMap((text) => text.split(' ')).filter((word) => word.length > 0);
  return [...new Set(words)];
}
