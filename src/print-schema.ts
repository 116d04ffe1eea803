import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printSchema } from 'graphql';
import { MANIFEST_FILE, printManifest } from './persisted-manifest.ts';
import { schema } from './schema/index.ts';

/** The committed API contract; CI checks it for drift (`npm run codegen:check`). */
export const SCHEMA_FILE = fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));

/** The contract as committed: the lexicographically sorted schema in SDL, with a final newline. */
export function printContract(): string {
  return `${printSchema(schema)}\n`;
}

// As a script (`npm run schema:print`) it writes the contract to `SCHEMA_FILE` (or to the path
// given as its argument) and the persisted-document manifest beside it; imported (by the drift
// check) it only offers `printContract`.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const target = process.argv[2] ? resolve(process.argv[2]) : SCHEMA_FILE;
  writeFileSync(target, printContract());
  process.stdout.write(`Wrote ${target}\n`);
  if (!process.argv[2]) {
    writeFileSync(MANIFEST_FILE, printManifest());
    process.stdout.write(`Wrote ${MANIFEST_FILE}\n`);
  }
}
