import type { CypherStatement } from './cypher-files.ts';
import { cypherFiles, readStatements } from './cypher-files.ts';
import { refreshDerivedData } from './derived.ts';
import type { GraphStore } from './port.ts';

/** A seed statement that failed: names the file and line, keeps the engine's message. */
export class SeedError extends Error {
  override readonly name = 'SeedError';
  readonly statement: CypherStatement;
  constructor(statement: CypherStatement, cause: unknown) {
    super(`${statement.file}:${statement.line}: ${(cause as Error).message ?? String(cause)}`, { cause });
    this.statement = statement;
  }
}

export interface SeedReport {
  schemaStatements: number;
  seedStatements: number;
  files: number;
  durationMs: number;
}

export interface SeedOptions {
  /** Called once per file before its statements run, e.g. for progress output. */
  onFile?: (file: string, index: number, total: number) => void;
  /** The statements to run; defaults to `cypher/schema/` then `cypher/seed/`. */
  schema?: readonly CypherStatement[];
  seed?: readonly CypherStatement[];
  /**
   * The seed's own time budget, for each schema statement and for the data transaction: not the
   * per-request statement budget, which a cold server on a small machine can exceed while it
   * plans the seed's statements for the first time.
   * @default DEFAULT_SEED_TIMEOUT_MS
   */
  timeoutMs?: number;
}

/** Five minutes: a warm Neo4j seeds in ~1.5 s, a just-booted one on two cores in 7–15 s. */
export const DEFAULT_SEED_TIMEOUT_MS = 300_000;

/**
 * Applies the constraints, then runs the seed statements in one write
 * transaction: a failing statement stops the run, names its file and line,
 * and leaves the graph as it was (nothing after it runs, nothing before it
 * stays). The scripts MERGE, so running them again adds nothing.
 */
export async function seedGraph(store: GraphStore, options: SeedOptions = {}): Promise<SeedReport> {
  const started = performance.now();
  const schema = options.schema ?? readStatements(cypherFiles('schema'));
  const seed = options.seed ?? readStatements(cypherFiles('seed'));
  const files = [...new Set([...schema, ...seed].map((statement) => statement.file))];

  /** Runs statements in order, announcing each file at its first statement, naming any failure. */
  const runAll = async (statements: readonly CypherStatement[], execute: (text: string) => Promise<unknown>) => {
    let previous: string | undefined;
    for (const statement of statements) {
      if (statement.file !== previous) options.onFile?.(statement.file, files.indexOf(statement.file) + 1, files.length);
      previous = statement.file;
      try {
        await execute(statement.text);
      } catch (error) {
        throw new SeedError(statement, error);
      }
    }
  };

  const budget = { timeoutMs: options.timeoutMs ?? DEFAULT_SEED_TIMEOUT_MS };
  // Schema changes cannot share a transaction with data on Neo4j; each is idempotent.
  await runAll(schema, (text) => store.writeTransaction((tx) => tx.execute(text), budget));
  await store.searchIndex.prepare(budget);
  // The indexes' derived data is part of the seed: written in its transaction, after its statements.
  await store.writeTransaction(async (tx) => {
    await runAll(seed, (text) => tx.execute(text));
    await refreshDerivedData(tx, store.searchIndex.documentFor);
  }, budget);
  return {
    schemaStatements: schema.length,
    seedStatements: seed.length,
    files: files.length,
    durationMs: performance.now() - started,
  };
}
