/**
 * Drift check for generated files (`npm run codegen:check`, run in CI): prints the contract and
 * runs graphql-codegen in memory, then compares with what is committed. Nothing is written to
 * the working tree, so the check is safe to run anywhere; it exits 1 naming every stale file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.ts';
import { MANIFEST_FILE, printManifest } from './persisted-manifest.ts';
import { printContract, SCHEMA_FILE } from './print-schema.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Everything under here is generated; a file codegen no longer produces is stale too. */
const GENERATED_DIR = join(ROOT, 'src/generated');
/** relay-compiler's configuration: the Relay documents the client tests compile. */
const RELAY_CONFIG = 'relay.config.json';

interface GeneratedFile {
  filename: string;
  content: string;
}

/** What `npm run codegen` would write, keyed by path relative to the repository root. */
async function expectedFiles(): Promise<Map<string, string>> {
  const contract = printContract();
  const expected = new Map([
    [relative(ROOT, SCHEMA_FILE), contract],
    [relative(ROOT, MANIFEST_FILE), printManifest()],
  ]);
  // Codegen reads the freshly printed contract, not the committed one, so a stale
  // schema/schema.graphql cannot hide stale typed documents.
  const dir = mkdtempSync(join(tmpdir(), 'codegen-check-'));
  try {
    const schemaFile = join(dir, 'schema.graphql');
    writeFileSync(schemaFile, contract);
    const outputs: GeneratedFile[] = await generate({ ...config, schema: schemaFile, cwd: ROOT, silent: true }, false);
    for (const output of outputs) expected.set(relative(ROOT, resolve(ROOT, output.filename)), output.content);
    for (const [path, content] of relayArtifacts(dir, schemaFile)) expected.set(path, content);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return expected;
}

/**
 * relay-compiler's artifacts for the Relay documents (relay.config.json), compiled from the
 * fresh contract into a folder of `dir`, keyed by where `npm run codegen` writes them.
 */
function relayArtifacts(dir: string, schemaFile: string): Map<string, string> {
  const committed = JSON.parse(readFileSync(join(ROOT, RELAY_CONFIG), 'utf8')) as { artifactDirectory: string; src: string };
  const out = join(dir, 'relay');
  mkdirSync(out);
  const configFile = join(dir, 'relay.config.json');
  writeFileSync(configFile, JSON.stringify({ ...committed, src: resolve(ROOT, committed.src), schema: schemaFile, artifactDirectory: out }));
  execFileSync(join(ROOT, 'node_modules/.bin/relay-compiler'), [configFile, '--noWatchman', '--output', 'quiet-with-errors'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const target = relative(ROOT, resolve(ROOT, committed.artifactDirectory));
  return new Map(readdirSync(out).map((name) => [join(target, name), readFileSync(join(out, name), 'utf8')]));
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** Paths (relative to the root) whose committed content differs from what codegen produces. */
async function staleFiles(): Promise<string[]> {
  const expected = await expectedFiles();
  const stale: string[] = [];
  for (const [path, content] of expected) {
    const file = join(ROOT, path);
    if (!existsSync(file)) stale.push(`${path} (missing)`);
    else if (readFileSync(file, 'utf8') !== content) stale.push(path);
  }
  for (const path of filesUnder(GENERATED_DIR)) {
    if (!expected.has(path)) stale.push(`${path} (no longer generated)`);
  }
  return stale.sort();
}

let stale: string[];
try {
  stale = await staleFiles();
} catch (error) {
  // Codegen validates every operation against the schema: a removed or renamed field fails here.
  process.stderr.write(
    `Codegen cannot build the typed documents from the current schema:\n${error instanceof Error ? error.message : String(error)}\n` +
      `Fix schema/operations/ (or deprecate the field instead of removing it), then run \`npm run codegen\`.\n`,
  );
  process.exit(1);
}
if (stale.length > 0) {
  process.stderr.write(
    `Generated files are out of date with src/schema and schema/operations:\n` +
      stale.map((path) => `  ${path}\n`).join('') +
      `Run \`npm run codegen\` and commit the result.\n`,
  );
  process.exit(1);
}
process.stdout.write('schema/schema.graphql, schema/persisted-documents.json and src/generated/ are up to date.\n');
