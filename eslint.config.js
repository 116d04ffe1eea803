// ESLint lints GraphQL only: the committed contract (schema/schema.graphql) with schema rules,
// and the operation library (schema/operations/) with operation rules checked against that
// contract. TypeScript is checked by `tsc`, so ESLint ignores every script file.
import graphql from '@graphql-eslint/eslint-plugin';

/** One GraphQL project for both blocks: graphql-eslint keeps the first project it loads per process. */
const graphQLConfig = { schema: 'schema/schema.graphql', documents: ['schema/operations/*.graphql', 'schema/export/*.graphql'] };
const languageOptions = { parser: graphql.parser, parserOptions: { graphQLConfig } };
const plugins = { '@graphql-eslint': graphql };

export default [
  { ignores: ['**/*.{js,mjs,cjs,ts,mts,cts}', 'src/generated/', 'test-results/', 'data/'] },
  {
    files: ['schema/schema.graphql'],
    languageOptions,
    plugins,
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      // Every type, field, argument and enum value is described (test/graphql/schema.test.ts agrees).
      '@graphql-eslint/require-description': [
        'error',
        { types: true, rootField: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true, DirectiveDefinition: true },
      ],
      // Entities, relations and edges have an `id`; these are values computed per request, with no
      // identity of their own (caches keep them under the field that returned them): connections
      // and their edges and page info, a node's metrics, the analytics' state, path sets, coverage.
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          exceptions: {
            types: ['Path', 'SearchHit', 'Subgraph', 'PageInfo', 'EntityMetrics', 'Analytics', 'PathSet', 'Coverage', 'CoverageSlice', 'DocumentCoverage', 'GraphSlice'],
            suffixes: ['Connection', 'Edge'],
          },
        },
      ],
      // Event.eventType, Organization.organizationType and Place.placeType predate the lint;
      // renaming them is a breaking change that needs a deprecation cycle (see README).
      '@graphql-eslint/no-typename-prefix': 'off',
      // (unique-enum-value-names, in the recommended set, refuses case-insensitive duplicates.)
      // The API is read-only.
      '@graphql-eslint/no-root-type': ['error', { disallow: ['mutation', 'subscription'] }],
    },
  },
  {
    files: ['schema/operations/*.graphql', 'schema/export/*.graphql'],
    languageOptions,
    plugins,
    rules: {
      ...graphql.configs['flat/operations-recommended'].rules,
      // One operation per file: each file is a GraphiQL tab and one typed document.
      '@graphql-eslint/lone-executable-definition': 'error',
      // Within the server's depth limit (8 levels, leaves included).
      '@graphql-eslint/selection-set-depth': ['error', { maxDepth: 7 }],
    },
  },
];
