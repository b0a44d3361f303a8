import { readFileSync } from 'node:fs';
import { startSubgraph, type Logger, type RunningSubgraph, type TokenVerifier } from '@mentor/common';
import { parse } from 'graphql';
import type { DataSource } from 'typeorm';
import { createLoaders } from './loaders.js';
import { resolvers } from './resolvers/index.js';

/** The SDL, read beside the module so it works from src/ under vitest and from dist/ after a build. */
export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export interface PartnersServerOptions {
  db: DataSource;
  verifyToken: TokenVerifier;
  signingSecret: string;
  log: Logger;
  port?: number;
}

export function createServer(options: PartnersServerOptions): Promise<RunningSubgraph> {
  return startSubgraph(
    {
      name: 'partners',
      typeDefs,
      resolvers,
      db: options.db,
      verifyToken: options.verifyToken,
      signingSecret: options.signingSecret,
      createLoaders,
      log: options.log,
    },
    options.port ?? 0,
  );
}
