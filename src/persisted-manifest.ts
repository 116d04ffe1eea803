import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXPORT_OPERATIONS_DIR, exampleOperations } from './server/example-operations.ts';
import { sha256 } from './server/plugins/use-persisted-documents.ts';

/** The trusted documents (the saved searches, and what exports run): generated from schema/operations/ and schema/export/, committed, drift-checked. */
export const MANIFEST_FILE = fileURLToPath(new URL('../schema/persisted-documents.json', import.meta.url));

export interface PersistedOperation {
  /** SHA-256 (hex) of `body`: what a client sends as `documentId` (also as `sha256:<id>`). */
  id: string;
  name: string;
  type: 'query';
  body: string;
}

/** Apollo's persisted query manifest format, which its tooling and clients read as they are. */
export interface Manifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: PersistedOperation[];
}

export function buildManifest(): Manifest {
  const operations = [...exampleOperations(), ...exampleOperations(EXPORT_OPERATIONS_DIR)].map((operation) => ({
    id: sha256(operation.query),
    name: operation.name ?? operation.file,
    type: 'query' as const,
    body: operation.query,
  }));
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

export function printManifest(): string {
  return `${JSON.stringify(buildManifest(), null, 2)}\n`;
}

/** The committed manifest, read at start: id → document. */
export function readManifest(file = MANIFEST_FILE): Map<string, string> {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  return new Map(manifest.operations.map((operation) => [operation.id, operation.body]));
}
