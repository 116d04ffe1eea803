import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR, splitStatements, withoutComments } from '../../src/store/cypher-files.ts';
import { relationsByKeys } from '../../src/store/queries.ts';

describe('splitStatements', () => {
  it('splits at semicolons and records each statement’s first line', () => {
    const source = '// header\nRETURN 1 AS a;\n\n  MATCH (n)\n  RETURN n;\n';
    expect(splitStatements(source, 'x.cypher')).toEqual([
      { file: 'x.cypher', line: 1, text: '// header\nRETURN 1 AS a' },
      { file: 'x.cypher', line: 4, text: 'MATCH (n)\n  RETURN n' },
    ]);
  });

  it('ignores semicolons inside strings, backticks and comments', () => {
    const source = "RETURN 'a;b' AS `x;y`, \"c\\\";d\" AS z // not; here\n/* nor; here */;\nRETURN 2 AS two";
    const statements = splitStatements(source, 'y.cypher');
    expect(statements).toHaveLength(2);
    expect(statements[0]?.text).toContain("'a;b'");
    expect(statements[1]).toMatchObject({ line: 3, text: 'RETURN 2 AS two' });
  });

  it('drops chunks that hold only comments', () => {
    expect(splitStatements('// only a comment;\n/* and; this */', 'z.cypher')).toEqual([]);
  });
});

describe('withoutComments', () => {
  it('drops line and block comments and the blank lines they leave, keeping every other line', () => {
    const source = '// what it reads\nMATCH (n) // each node\n\n/* one\nblock */\nRETURN n/* and */AS node\n';
    expect(withoutComments(source)).toBe('MATCH (n)\nRETURN n AS node');
  });

  it('keeps comment marks inside strings and backtick names', () => {
    const source = "RETURN 'https://a.example/*x*/' AS `a//b`, \"it's // here\" AS c // gone";
    expect(withoutComments(source)).toBe("RETURN 'https://a.example/*x*/' AS `a//b`, \"it's // here\" AS c");
  });

  it('is what the runtime statements are sent as: the same Cypher without its comments', () => {
    const source = readFileSync(join(CYPHER_DIR, 'queries', 'relations-by-keys.cypher'), 'utf8');
    expect(source).toContain('//');
    expect(relationsByKeys.text).toBe(withoutComments(source));
    expect(relationsByKeys.text).not.toMatch(/^\s*\/\//m);
  });
});
