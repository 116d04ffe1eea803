import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The example operations analysts get as GraphiQL tabs (also run by the API tests). */
export const OPERATIONS_DIR = fileURLToPath(new URL('../../schema/operations/', import.meta.url));

export interface ExampleOperation {
  file: string;
  query: string;
  /** The operation's name, e.g. `WhoMetBolton`. */
  name: string | undefined;
}

/** The operations `/export/` downloads run (src/server/plugins/use-export.ts): trusted, but not GraphiQL tabs. */
export const EXPORT_OPERATIONS_DIR = fileURLToPath(new URL('../../schema/export/', import.meta.url));

export function exampleOperations(dir = OPERATIONS_DIR): ExampleOperation[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = readFileSync(join(dir, file), 'utf8');
      return { file, query, name: /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/m.exec(query)?.[1] };
    });
}
