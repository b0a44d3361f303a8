import { readFileSync } from 'node:fs';
import { startSubgraph, type Logger, type RunningSubgraph, type TokenVerifier } from '@mentor/common';
import { parse } from 'graphql';
import type { DataSource } from 'typeorm';
import { createLoaders } from './loaders.js';
import { resolvers } from './resolvers/index.js';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export interface OrdersServerOptions {
  db: DataSource;
  verifyToken: TokenVerifier;
  signingSecret: string;
  log: Logger;
  port?: number;
  introspection?: boolean;
}

export function createServer(options: OrdersServerOptions): Promise<RunningSubgraph> {
  return startSubgraph(
    {
      name: 'orders',
      typeDefs,
      resolvers,
      db: options.db,
      verifyToken: options.verifyToken,
      signingSecret: options.signingSecret,
      createLoaders,
      log: options.log,
      introspection: options.introspection,
    },
    options.port ?? 0,
  );
}
