import { readFileSync } from 'node:fs';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { buildASTSchema, parse, printSchema, type GraphQLSchema } from 'graphql';

/** The committed supergraph the gateway serves. */
export const supergraphUrl = new URL('../../../gateway/supergraph.graphql', import.meta.url);

/** The API the clients see: the supergraph without its federation machinery. */
export function publicSchema(): GraphQLSchema {
  const supergraph = parse(readFileSync(supergraphUrl, 'utf8'));
  return buildASTSchema(transformSupergraphToPublicSchema(supergraph), { assumeValidSDL: true });
}

export function publicSchemaSdl(): string {
  return printSchema(publicSchema());
}
