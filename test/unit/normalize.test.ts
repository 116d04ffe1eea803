import { describe, expect, it } from 'vitest';
import { normalizeSearchText, searchKeysFor, searchWordsFor } from '../../src/search/normalize.ts';

describe('normalizeSearchText', () => {
  it('folds case, accents and punctuation', () => {
    expect(normalizeSearchText('  Chargé d’Affaires!  ')).toBe('charge daffaires');
    expect(normalizeSearchText('TUT.BY')).toBe('tut by');
    expect(normalizeSearchText('Bolton–Lukashenka')).toBe('bolton lukashenka');
  });

  it('keeps Cyrillic letters', () => {
    expect(normalizeSearchText('Аляксандр Лукашэнка')).toBe('аляксандр лукашэнка');
  });
});

describe('searchKeysFor', () => {
  it('lists the name and each alias once, normalised', () => {
    expect(searchKeysFor('John Bolton', ['Bolton', 'john bolton', 'John R. Bolton'])).toEqual([
      'john bolton',
      'bolton',
      'john r bolton',
    ]);
  });
});

describe('searchWordsFor', () => {
  it('lists each word of the name and aliases once, normalised', () => {
    expect(searchWordsFor('John Bolton', ['Bolton', 'John R. Bolton'])).toEqual(['john', 'bolton', 'r']);
  });

  it('adds the parts an apostrophe joins as words of their own', () => {
    expect(searchWordsFor('Chargé d’affaires', [])).toEqual(['charge', 'daffaires', 'd', 'affaires']);
  });
});
