import type { CodegenConfig } from '@graphql-codegen/cli';
import { publicSchemaSdl } from './src/schema.ts';

// `npm run documents`: typed document nodes for every client's operations, and the manifest of
// trusted documents (sha256 of each document → its text) that the gateway accepts in production.
const config: CodegenConfig = {
  schema: publicSchemaSdl(),
  documents: ['documents/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        gqlTagName: 'graphql',
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        scalars: { Date: 'string', DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        skipTypename: true,
      },
    },
  },
};

export default config;
