import { describe, expect, it } from 'vitest';
import { normalizeSearchText, searchKeysFor } from '../../src/search/normalize.ts';

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
