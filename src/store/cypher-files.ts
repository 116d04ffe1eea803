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
  const push = (end: number) => {
    const chunk = source.slice(start, end);
    if (withoutComments(chunk).length > 0) {
      const lead = chunk.length - chunk.trimStart().length;
      const line = source.slice(0, start + lead).split('\n').length;
      statements.push({ file, line, text: chunk.trim() });
    }
    start = end + 1;
  };
  for (const span of spans(source)) {
    if (span.kind !== 'code') continue;
    for (let at = source.indexOf(';', span.start); at !== -1 && at < span.end; at = source.indexOf(';', at + 1)) push(at);
  }
  push(source.length);
  return statements;
}

/**
 * The text as the database is sent it: without its comments and blank lines. A statement runs
 * on every request, and its comments would cross the network with it each time (the search
 * walk is half comment).
 */
export function withoutComments(source: string): string {
  let text = '';
  for (const span of spans(source)) {
    if (span.kind !== 'comment') text += source.slice(span.start, span.end);
    // A block comment may stand between two words: it leaves a space.
    else if (source.startsWith('/*', span.start)) text += ' ';
  }
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim().length > 0)
    .join('\n');
}

interface Span {
  kind: 'code' | 'comment' | 'quoted';
  start: number;
  end: number;
}

/** Cypher text as spans, in order: comments, quoted strings and backtick names, and the code between them. */
function* spans(source: string): Generator<Span> {
  let from = 0;
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    const next = source[i + 1];
    let span: Span | null = null;
    if (ch === '/' && next === '/') span = { kind: 'comment', start: i, end: indexOrEnd(source, '\n', i) };
    else if (ch === '/' && next === '*') span = { kind: 'comment', start: i, end: Math.min(indexOrEnd(source, '*/', i + 2) + 2, source.length) };
    else if (ch === "'" || ch === '"' || ch === '`') span = { kind: 'quoted', start: i, end: endOfQuoted(source, i) };
    if (span === null) {
      i += 1;
      continue;
    }
    if (from < i) yield { kind: 'code', start: from, end: i };
    yield span;
    i = from = span.end;
  }
  if (from < source.length) yield { kind: 'code', start: from, end: source.length };
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
  return Math.min(i, source.length);
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
