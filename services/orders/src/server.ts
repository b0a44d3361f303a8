import { readFileSync } from 'node:fs';
import { startSubgraph, type Logger, type RunningSubgraph, type ServiceDirectory, type TokenVerifier } from '@mentor/common';
import { parse } from 'graphql';
import type { DataSource } from 'typeorm';
import { createLoaders } from './loaders.js';
import { permissions } from './access/index.js';
import { createResolvers } from './resolvers/index.js';
import { deliverToPartners } from './replication.js';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export interface OrdersServerOptions {
  db: DataSource;
  verifyToken: TokenVerifier;
  signingSecret: string;
  log: Logger;
  port?: number;
  /** The address to listen on; default 127.0.0.1. */
  host?: string;
  /** The benchmark's server without permissions and audit (refused in production). */
  unguarded?: boolean;
  introspection?: boolean;
  /** Where the other subgraphs listen; filled in by reference once they all do. */
  peers?: ServiceDirectory;
  /** Audit records older than this many days are purged on start and every 6 hours. */
  auditRetentionDays?: number;
}

export function createServer(options: OrdersServerOptions): Promise<RunningSubgraph> {
  const peers = { directory: options.peers ?? {}, signingSecret: options.signingSecret };
  return startSubgraph(
    {
      name: 'orders',
      typeDefs,
      resolvers: createResolvers(peers),
      // The youth links partners decides access from leave through the outbox, delivered as this service.
      outbox: { deliver: (event) => deliverToPartners(peers, event) },
      permissions,
      db: options.db,
      verifyToken: options.verifyToken,
      signingSecret: options.signingSecret,
      createLoaders,
      log: options.log,
      introspection: options.introspection,
      auditRetentionDays: options.auditRetentionDays,
      unguarded: options.unguarded,
    },
    { port: options.port, host: options.host },
  );
}
