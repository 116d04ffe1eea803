/**
 * Lints Cypher with Neo4j's own front-end (`lintCypherQuery` of
 * `@neo4j-cypher/language-support`: the ANTLR parser plus Neo4j's semantic
 * analysis compiled to JavaScript), in the Neo4j 5 dialect and without a live
 * database.
 *
 * No labels, relationship types or property keys are declared, so the lint
 * does not warn about names it cannot know. It still reports syntax errors,
 * undefined variables, type errors, removed syntax (e.g. `exists(n.prop)`,
 * `CREATE CONSTRAINT ... ON ... ASSERT`) and deprecations. Neo4j's built-in
 * functions are declared, so an unknown or misspelt function is an error too
 * (procedures are not declared: `CALL` is not checked by name).
 */
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import type {
  DbSchema,
  Neo4jFunction,
  SyntaxDiagnostic,
} from '@neo4j-cypher/language-support';

/** The dialect statements are checked in, unless one starts with `CYPHER 25`. */
export const CYPHER_VERSION = 'CYPHER 5';

export interface LintProblem {
  severity: 'error' | 'warning';
  /** Neo4j's message, e.g. "Variable `m` not defined". */
  message: string;
  /** 0-based line within the statement text. */
  line: number;
  /** 0-based column within that line. */
  column: number;
  /** The problem is a deprecation (still runs on Neo4j 5, removed later). */
  deprecated: boolean;
}

// vscode-languageserver-types' DiagnosticSeverity.Error / DiagnosticTag.Deprecated.
const SEVERITY_ERROR = 1;
const TAG_DEPRECATED = 2;

/**
 * Neo4j's built-in functions per Cypher version. The library ships them only
 * in its exported `testData` (a function list taken from a Neo4j 5 server,
 * APOC and GDS included); only the built-ins are kept, as the project has
 * no plugins. If a future version drops `testData`, functions go unchecked.
 */
const builtInFunctions: DbSchema['functions'] = (() => {
  const all = testData?.mockSchema?.functions;
  if (!all) return undefined;
  const scoped: Record<string, Record<string, Neo4jFunction>> = {};
  for (const [version, registry] of Object.entries(all)) {
    scoped[version] = Object.fromEntries(
      Object.entries(registry ?? {}).filter(([, fn]) => fn.isBuiltIn),
    );
  }
  return scoped;
})();

/**
 * The parameter names a statement uses: `$name` and `` $`odd name` ``.
 * A `$` inside a string or comment adds a harmless extra name.
 */
export function statementParameters(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(/\$(?:`([^`]+)`|([\p{L}_][\p{L}\p{N}_]*|\d+))/gu)) {
    names.add((match[1] ?? match[2])!);
  }
  return [...names];
}

/**
 * Every problem Neo4j's front-end finds in one statement, errors and warnings.
 * `params` are the parameter names to declare; by default those found in the
 * text, so `$ids` is not reported as "Parameter $ids is not defined.".
 */
export function lintProblems(
  text: string,
  params: readonly string[] = statementParameters(text),
): LintProblem[] {
  const schema: DbSchema = {
    defaultLanguage: CYPHER_VERSION,
    // Only whether a name is present matters; the value is never read.
    parameters: Object.fromEntries(params.map((name) => [name, null])),
    ...(builtInFunctions ? { functions: builtInFunctions } : {}),
  };
  // consoleCommandsEnabled: false — `:param` and the like are cypher-shell
  // commands, which neither the driver nor the embedded engine accepts.
  const { diagnostics } = lintCypherQuery(text, schema, { consoleCommandsEnabled: false });
  return diagnostics.map(toProblem);
}

/** The errors of `lintProblems`: what makes a statement fail to compile on Neo4j 5. */
export function lintStatement(text: string, params?: readonly string[]): LintProblem[] {
  return lintProblems(text, params).filter((problem) => problem.severity === 'error');
}

function toProblem(diagnostic: SyntaxDiagnostic): LintProblem {
  // The LSP type allows markup; this library always sets a plain string.
  const message =
    typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
  return {
    severity: diagnostic.severity === SEVERITY_ERROR ? 'error' : 'warning',
    message,
    line: diagnostic.range.start.line,
    column: diagnostic.range.start.character,
    deprecated:
      (diagnostic.tags ?? []).includes(TAG_DEPRECATED) || /deprecated/i.test(message),
  };
}

/**
 * One line per problem, located in the file: `seed/040_people.cypher:12:5 error: ...`.
 * `firstLine` is the file line the statement starts on (1-based). Columns on the
 * statement's first line count from where the statement starts.
 */
export function formatProblem(file: string, firstLine: number, problem: LintProblem): string {
  const kind = problem.deprecated ? 'deprecation' : problem.severity;
  return `${file}:${firstLine + problem.line}:${problem.column + 1} ${kind}: ${problem.message}`;
}
