import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One graphql copy: vitest would otherwise load the ESM build beside Node's CJS one
// ("Cannot use GraphQLScalarType from another module or realm").
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: { graphql: graphqlEntry } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // CI asks for a JSON report beside the console one, to print its summary line.
    reporters: process.env.VITEST_JSON_REPORT ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON_REPORT ? { json: process.env.VITEST_JSON_REPORT } : undefined,
  },
});
