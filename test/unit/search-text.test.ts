import { describe, expect, it } from 'vitest';
import { normalizeSearchText, searchWordsFor } from '../../src/search/normalize.ts';
import { SHARD_TERMS_END, documentTests, searchTextFor, shardedTermParts, withShardTerms } from '../../src/search/search-text.ts';

const bolton = searchTextFor({
  kind: 'Person',
  name: 'John Bolton',
  aliases: ['John R. Bolton'],
  description: 'US National Security Advisor who visited Minsk',
  roles: ['National Security Advisor'],
});
const shared = searchTextFor({ kind: 'Place', name: 'Minsk', aliases: [], description: null, roles: [] });

describe('withShardTerms', () => {
  it('keeps the document as it is and adds, for each term of a kind and shard, the same term without its kind, once', () => {
    const document = withShardTerms(bolton);
    expect(document.startsWith(bolton)).toBe(true);
    expect(document.endsWith(SHARD_TERMS_END)).toBe(true);
    const added = document.slice(bolton.length, -SHARD_TERMS_END.length).split(' ');
    expect(new Set(added).size).toBe(added.length);
    const expected = new Set(
      bolton
        .split(' ')
        .map((term) => ({ term, parts: shardedTermParts(term) }))
        .filter(({ parts }) => parts !== null)
        .map(({ term, parts }) => `${parts!.stem}${term.slice(parts!.stem.length + parts!.kind.length)}`),
    );
    expect(new Set(added)).toEqual(expected);
    expect(added).toContain('boltonǀ11');
    expect(added).toContain('johnʘ11');
    expect(added).toContain('ǃsecurityǀ11');
    expect(added).toContain('ǁminskǀ11');
    // A shard term is no term of one kind: it is never read as one.
    for (const term of added) expect(shardedTermParts(term), term).toBeNull();
  });

  it('gives the shared statements’ tests the answers the shared document gives', () => {
    for (const source of [bolton, shared]) {
      const document = withShardTerms(source);
      for (const query of ['bolton', 'john bolton', 'bolt', 'security advisor', 'minsk', 'national', 'r', 'nobody', 'john r bolton']) {
        const words = searchWordsFor(normalizeSearchText(query), []);
        const tests = documentTests(words, [...words].sort((a, b) => b.length - a.length)[0]!);
        const answers = (text: string) => ({
          name: tests.nameWords.every((word) => text.includes(word)),
          role: text.includes(tests.roleDriver) && tests.roleWords.every((word) => text.includes(word)),
          description: text.includes(tests.descriptionDriver) && tests.descriptionWords.every((word) => text.includes(word)),
          exact: text.includes(tests.exactName),
          start: text.includes(tests.nameStart),
          within: text.split(tests.namesEnd)[0]!.includes(tests.nameCore),
        });
        expect(answers(document), `${query} in ${source.slice(0, 30)}`).toEqual(answers(source));
      }
    }
  });

  it('ends a document with no term of a kind and shard as it ends every other', () => {
    expect(withShardTerms(' ǀ1 ǀ ')).toBe(` ǀ1 ǀ${SHARD_TERMS_END}`);
    expect(withShardTerms(' ǀ1 ǀ ').endsWith(SHARD_TERMS_END)).toBe(true);
  });
});
