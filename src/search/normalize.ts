/**
 * Search normalisation shared by the seed data (`searchKeys`) and by the
 * search query: lower case, diacritics folded, punctuation to spaces.
 * Transliteration variants (Lukashenka / Lukashenko) are not guessed here:
 * the seed lists them as aliases, and each alias becomes a key.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The `searchKeys` a node with this name and these aliases must carry. */
export function searchKeysFor(name: string, aliases: readonly string[]): string[] {
  const keys = [name, ...aliases].map(normalizeSearchText).filter((key) => key.length > 0);
  return [...new Set(keys)];
}
