import { readFileSync } from 'node:fs';
import { startSubgraph, type Logger, type RunningSubgraph, type ServiceDirectory, type TokenVerifier } from '@mentor/common';
import { parse } from 'graphql';
import type { DataSource } from 'typeorm';
import { createLoaders } from './loaders.js';
import { permissions } from './access/index.js';
import { createResolvers } from './resolvers/index.js';
import { deliverToOrders } from './commands/replication.js';

/** The SDL, read beside the module so it works from src/ under vitest and from dist/ after a build. */
export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export interface PartnersServerOptions {
  db: DataSource;
  verifyToken: TokenVerifier;
  signingSecret: string;
  log: Logger;
  port?: number;
  /** The address to listen on; default 127.0.0.1. */
  host?: string;
  /** The benchmark's server without permissions and audit (refused in production). */
  unguarded?: boolean;
  /** Where the other subgraphs listen; filled by reference once they do. Without it, calls to them fail as unavailable. */
  peers?: ServiceDirectory;
  /** Days audit records are kept; the purge runs on start and every 6 hours. Without it, nothing is purged. */
  auditRetentionDays?: number;
}

export function createServer(options: PartnersServerOptions): Promise<RunningSubgraph> {
  const peers = { directory: options.peers ?? {}, signingSecret: options.signingSecret };
  return startSubgraph(
    {
      name: 'partners',
      typeDefs,
      resolvers: createResolvers(peers),
      // The relations orders decides access from leave through the outbox, delivered as this service.
      outbox: { deliver: (event) => deliverToOrders(peers, event) },
      permissions,
      db: options.db,
      verifyToken: options.verifyToken,
      signingSecret: options.signingSecret,
      createLoaders,
      log: options.log,
      auditRetentionDays: options.auditRetentionDays,
      unguarded: options.unguarded,
    },
    { port: options.port, host: options.host },
  );
}
