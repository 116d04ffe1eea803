import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents (client preset) for every operation under schema/operations/, generated from
 * the committed contract schema/schema.graphql. `npm run codegen` prints the contract first
 * (src/print-schema.ts, the only printer) and then runs this; `npm run codegen:check` runs the
 * same in memory and fails when a committed file differs.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/graphql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Ids are readable strings (`john-bolton`) both ways; dates are ISO `YYYY-MM-DD` strings.
        scalars: { ID: { input: 'string', output: 'string' }, Date: 'string' },
        emitLegacyCommonJSImports: false,
      },
      presetConfig: { fragmentMasking: false },
    },
    // For caches that want the schema's interfaces (Apollo Client's `possibleTypes`); the
    // default InMemoryCache needs none, as every field is typed what it holds.
    'src/generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
    // The schema as introspection, for caches that read it (urql's Graphcache `schema`).
    'src/generated/introspection.json': {
      plugins: ['introspection'],
      config: { minify: true, descriptions: false },
    },
  },
};

export default config;
