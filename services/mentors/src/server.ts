import { readFileSync } from 'node:fs';
import { startSubgraph, type Logger, type RunningSubgraph, type ServiceDirectory, type TokenVerifier } from '@mentor/common';
import { parse } from 'graphql';
import type { DataSource } from 'typeorm';
import { createLoaders } from './loaders.js';
import { permissions } from './access/index.js';
import { resolvers } from './resolvers/index.js';

/** The subgraph schema, read beside the package so it works from src/ under vitest and from dist/. */
export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export interface ServerOptions {
  db: DataSource;
  verifyToken: TokenVerifier;
  signingSecret: string;
  log: Logger;
  /** 0 (the default) picks a free port, as tests do. */
  port?: number;
  /** The address to listen on; default 127.0.0.1. */
  host?: string;
  /** The benchmark's server without permissions and audit (refused in production). */
  unguarded?: boolean;
  /** Where the other subgraphs listen, for signed internal calls; the mentors subgraph makes none yet. */
  peers?: ServiceDirectory;
  /** Accepted like every subgraph's and unused: the mentors subgraph holds no youth data, so it keeps no audit table. */
  auditRetentionDays?: number;
}

export function createServer(options: ServerOptions): Promise<RunningSubgraph> {
  return startSubgraph(
    {
      name: 'mentors',
      typeDefs,
      resolvers,
      permissions,
      db: options.db,
      verifyToken: options.verifyToken,
      signingSecret: options.signingSecret,
      createLoaders,
      log: options.log,
      unguarded: options.unguarded,
    },
    { port: options.port, host: options.host },
  );
}
