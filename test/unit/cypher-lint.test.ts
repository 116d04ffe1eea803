/**
 * Every statement under cypher/{schema,seed,queries} must pass Neo4j's own
 * front-end (syntax and semantic analysis, Cypher 5). Errors fail the
 * statement's test; warnings (deprecations, performance hints) are printed
 * once at the end and do not fail.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CYPHER_DIR,
  cypherFiles,
  readStatements,
  type CypherStatement,
} from '../../src/store/cypher-files.ts';
import { indexedStatements } from '../../src/store/search-index.ts';
import {
  formatProblem,
  lintProblems,
  lintStatement,
  statementParameters,
} from '../testkit/cypher-lint.ts';

const FOLDERS = ['schema', 'seed', 'queries', 'bench', 'derived', 'embedded', 'neo4j'] as const;
type Folder = (typeof FOLDERS)[number];

/** The folder's statements as they are now; a folder not created yet has none. */
function statementsOf(folder: Folder): CypherStatement[] {
  return existsSync(join(CYPHER_DIR, folder)) ? readStatements(cypherFiles(folder)) : [];
}

const statements = Object.fromEntries(
  FOLDERS.map((folder) => [folder, statementsOf(folder)]),
) as Record<Folder, CypherStatement[]>;

const warnings: string[] = [];

beforeAll(() => {
  // The first lint loads Neo4j's semantic analysis (~5 MB of compiled Java): do it
  // here so its cost does not count against the first statement's test timeout.
  const start = performance.now();
  lintProblems('RETURN 1');
  console.info(`cypher-lint: front-end warm-up ${Math.round(performance.now() - start)} ms`);
});

afterAll(() => {
  if (warnings.length > 0) {
    console.warn(`Cypher lint warnings (not failures):\n  ${warnings.join('\n  ')}`);
  }
});

describe('cypher lint: the project statements', () => {
  it.each(FOLDERS)('finds statements in cypher/%s', (folder) => {
    expect(statements[folder].length).toBeGreaterThan(0);
  });

  for (const folder of FOLDERS) {
    describe(folder, () => {
      if (statements[folder].length === 0) {
        it.skip(`no statements in cypher/${folder} yet`, () => {});
        return;
      }
      const cases = statements[folder].map((s) => [`${s.file}:${s.line}`, s] as const);
      it.each(cases)('%s', (_name, { file, line, text }) => {
        const problems = lintProblems(text);
        for (const problem of problems) {
          if (problem.severity === 'warning') warnings.push(formatProblem(file, line, problem));
        }
        const errors = problems
          .filter((problem) => problem.severity === 'error')
          .map((problem) => formatProblem(file, line, problem));
        expect(errors, `${file}:${line} does not compile on Neo4j 5:\n${text}\n`).toEqual([]);
      });
    });
  }

  // cypher/search holds parts of statements: each engine's first clauses, then the shared rest.
  describe('search (each engine’s statements, as the adapters compose them)', () => {
    const cases = (['embedded', 'neo4j'] as const).flatMap((engine) =>
      Object.entries(indexedStatements(engine)).map(([name, text]) => [`${name} (${engine})`, text] as const),
    );
    it.each(cases)('%s', (name, text) => {
      const problems = lintProblems(text);
      for (const problem of problems) {
        if (problem.severity === 'warning') warnings.push(formatProblem(`search: ${name}`, 1, problem));
      }
      const errors = problems.filter((problem) => problem.severity === 'error').map((problem) => formatProblem(`search: ${name}`, 1, problem));
      expect(errors, `${name} does not compile on Neo4j 5:\n${text}\n`).toEqual([]);
    });
  });
});

describe('cypher lint: the linter itself', () => {
  it('reports an undefined variable', () => {
    const errors = lintStatement('MATCH (n) RETURN m');
    expect(errors.map((e) => e.message)).toEqual(['Variable `m` not defined']);
    expect(errors[0]).toMatchObject({ line: 0, column: 17 });
  });

  it('reports a syntax error', () => {
    expect(lintStatement('MATCH (n) RETRN n')).not.toEqual([]);
  });

  it('reports a type error', () => {
    expect(lintStatement('RETURN toLower(1) AS x').map((e) => e.message)).toEqual([
      'Type mismatch: expected String but was Integer',
    ]);
  });

  it('reports an unknown function', () => {
    expect(lintStatement('RETURN toLowr("A") AS x').map((e) => e.message)).toEqual([
      expect.stringContaining('Function toLowr is not present'),
    ]);
  });

  it('reports syntax Neo4j 5 removed', () => {
    expect(lintStatement('MATCH (n) WHERE exists(n.id) RETURN n')).not.toEqual([]);
    expect(lintStatement('CREATE CONSTRAINT ON (n:Entity) ASSERT n.id IS UNIQUE')).not.toEqual([]);
  });

  const parameterised =
    'MATCH (n:Entity) WHERE n.id IN $ids\nRETURN n.id AS id ORDER BY id SKIP $`the offset` LIMIT $limit';

  it('finds the parameters of a statement', () => {
    expect(statementParameters(parameterised)).toEqual(['ids', 'the offset', 'limit']);
  });

  it('accepts a good parameterised statement, declaring its parameters', () => {
    expect(lintProblems(parameterised)).toEqual([]);
  });

  it('reports parameters that are not declared', () => {
    expect(lintStatement(parameterised, ['ids']).map((e) => e.message)).toEqual([
      'Parameter $`the offset` is not defined.',
      'Parameter $limit is not defined.',
    ]);
  });

  it('reports a deprecation as a warning, not an error', () => {
    const problems = lintProblems('MATCH (n) RETURN id(n) AS id');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.some((p) => p.deprecated)).toBe(true);
  });
});
