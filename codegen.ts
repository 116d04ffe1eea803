import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the operations under schema/operations/, generated from the
 * committed contract schema/schema.graphql (printed first by `npm run schema:print`).
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/graphql/': {
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: 'string' }, emitLegacyCommonJSImports: false },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
