/**
 * The embedded engine projects every row a RETURN produces before it orders or cuts
 * them, so a map projection followed by ORDER BY, SKIP or LIMIT in the same RETURN
 * builds a map for every match (10 × the work next to a hub, 239 ms instead of 23 for
 * the unfiltered timeline at 100k nodes). Runtime queries order and cut in a WITH first.
 */
import { describe, expect, it } from 'vitest';
import { ALL_QUERIES } from '../../src/store/queries.ts';
import { indexedStatements } from '../../src/store/search-index.ts';

/** Every runtime statement: the queries of cypher/queries, and each engine's search statements. */
const STATEMENTS: [string, string][] = [
  ...ALL_QUERIES.map((query): [string, string] => [query.name, query.text]),
  ...(['embedded', 'neo4j'] as const).flatMap((engine) =>
    Object.entries(indexedStatements(engine)).map(([name, text]): [string, string] => [`${name} (${engine})`, text]),
  ),
];

/** The RETURN clause of each UNION part, comments removed. */
function returnClauses(text: string): string[] {
  const code = text.replace(/\/\/.*$/gm, '');
  return code.split(/\bUNION(?:\s+ALL)?\b/).flatMap((part) => {
    const at = part.lastIndexOf('RETURN');
    return at < 0 ? [] : [part.slice(at)];
  });
}

describe('runtime queries cut their rows before projecting them', () => {
  it.each(STATEMENTS)('%s', (_name, text) => {
    for (const clause of returnClauses(text)) {
      const projects = /\{\s*\.\*/.test(clause) || /\w+\s*\{\s*\.\w/.test(clause);
      if (projects) expect(clause, 'a projecting RETURN is followed by ORDER BY, SKIP or LIMIT').not.toMatch(/\b(ORDER\s+BY|SKIP|LIMIT)\b/);
    }
  });

  it('notices the shape it forbids', () => {
    const [clause] = returnClauses("MATCH (n) RETURN n {.*, kind: 'X'} AS node ORDER BY n.id LIMIT 5");
    expect(clause).toMatch(/\bLIMIT\b/);
  });
});

describe('runtime queries leave the indexes’ derived data out of the nodes they return', () => {
  it.each(STATEMENTS)('%s', (_name, text) => {
    const code = text.replace(/\/\/.*$/gm, '');
    // Relationship maps (`r {.*, type: …}`) carry none; node maps must drop both properties.
    for (const [projection] of code.matchAll(/\w+\s*\{\s*\.\*[^}]*\}/g)) {
      if (/\btype:\s*type\(/.test(projection)) continue;
      expect(projection).toMatch(/searchText:\s*null/);
      expect(projection).toMatch(/timelineDay:\s*null/);
    }
  });
});
