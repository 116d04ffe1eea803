import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { schema } from './schema/index.ts';

/** Writes the API contract to `schema/schema.graphql` (committed; CI checks it for drift). */
const target = fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));
writeFileSync(target, `${printSchema(schema)}\n`);
process.stdout.write(`Wrote ${target}\n`);
