import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { repoRoot, serviceNames, type ServiceName } from '@mentor/common';

export const gatewayRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const supergraphPath = path.join(gatewayRoot, 'supergraph.graphql');

/** Where each subgraph listens in a default deployment; the committed supergraph names these. */
export const defaultSubgraphUrls: Record<ServiceName, string> = {
  orders: 'http://localhost:4001/graphql',
  mentors: 'http://localhost:4002/graphql',
  partners: 'http://localhost:4003/graphql',
};

export async function readSubgraphSchemas(): Promise<{ name: ServiceName; sdl: string }[]> {
  return Promise.all(
    serviceNames.map(async (name) => ({ name, sdl: await readFile(path.join(repoRoot, 'services', name, 'schema.graphql'), 'utf8') })),
  );
}

/** Composes the three subgraph schemas; throws with every composition error. */
export async function composeSupergraph(urls: Record<ServiceName, string> = defaultSubgraphUrls): Promise<string> {
  const schemas = await readSubgraphSchemas();
  const result = composeServices(schemas.map(({ name, sdl }) => ({ name, url: urls[name], typeDefs: parse(sdl) })));
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}

/** Points the supergraph's subgraph URLs somewhere else (tests and local runs on other ports). */
export function withSubgraphUrls(supergraph: string, urls: Partial<Record<ServiceName, string>>): string {
  let result = supergraph;
  for (const [name, url] of Object.entries(urls)) {
    const pattern = new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`);
    if (!pattern.test(result)) throw new Error(`The supergraph has no subgraph named ${name}`);
    result = result.replace(pattern, `$1${url}$2`);
  }
  return result;
}
