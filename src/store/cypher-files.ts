import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's `cypher/` folder, wherever the process was started from. */
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

/** One statement of a `.cypher` file, with where it starts for error messages. */
export interface CypherStatement {
  /** Path relative to `cypher/`, e.g. `seed/040_people.cypher`. */
  file: string;
  /** 1-based line of the statement's first non-blank character. */
  line: number;
  /** The statement text, without its closing `;`. */
  text: string;
}

/**
 * Splits Cypher text into statements at each `;` that is outside strings,
 * backtick names and comments, as `cypher-shell -f` does. Comment-only
 * chunks are dropped.
 */
export function splitStatements(source: string, file: string): CypherStatement[] {
  const statements: CypherStatement[] = [];
  let start = 0;
  let i = 0;
  const push = (end: number) => {
    const chunk = source.slice(start, end);
    if (stripComments(chunk).trim().length > 0) {
      const lead = chunk.length - chunk.trimStart().length;
      const line = source.slice(0, start + lead).split('\n').length;
      statements.push({ file, line, text: chunk.trim() });
    }
    start = end + 1;
  };
  while (i < source.length) {
    const ch = source[i];
    const next = source[i + 1];
    if (ch === '/' && next === '/') {
      i = indexOrEnd(source, '\n', i);
    } else if (ch === '/' && next === '*') {
      i = indexOrEnd(source, '*/', i + 2) + 2;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      i = endOfQuoted(source, i);
    } else if (ch === ';') {
      push(i);
      i += 1;
    } else {
      i += 1;
    }
  }
  push(source.length);
  return statements;
}

function indexOrEnd(source: string, needle: string, from: number): number {
  const at = source.indexOf(needle, from);
  return at === -1 ? source.length : at;
}

/** Index just past the quoted literal opening at `open` (backslash escapes honoured). */
function endOfQuoted(source: string, open: number): number {
  const quote = source[open];
  let i = open + 1;
  while (i < source.length) {
    if (source[i] === '\\' && quote !== '`') {
      i += 2;
    } else if (source[i] === quote) {
      return i + 1;
    } else {
      i += 1;
    }
  }
  return i;
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
}

/** Every `.cypher` file under `cypher/<folder>`, in name order (the run order). */
export function cypherFiles(folder: 'schema' | 'seed' | 'queries' | 'bench' | 'derived' | 'embedded' | 'neo4j'): string[] {
  const dir = join(CYPHER_DIR, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.cypher'))
    .sort()
    .map((name) => join(dir, name));
}

/** The statements of the given `.cypher` files, in order. */
export function readStatements(paths: readonly string[]): CypherStatement[] {
  return paths.flatMap((path) =>
    splitStatements(readFileSync(path, 'utf8'), relative(CYPHER_DIR, path)),
  );
}
