import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../src/store/cypher-files.ts';

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
