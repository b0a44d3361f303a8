import { passedThrough, readTypeDefs, startSubgraph, type RunningSubgraph, type SubgraphServerOptions } from '@mentor/common';
import { createLoaders } from './loaders.js';
import { permissions } from './access/index.js';
import { resolvers } from './resolvers/index.js';

export const typeDefs = readTypeDefs(import.meta.url);

/** The mentors subgraph holds no youth data: it keeps no audit table, so a retention given to it purges nothing, and it calls no peer. */
export function createServer(options: SubgraphServerOptions): Promise<RunningSubgraph> {
  const { subgraph, listen } = passedThrough(options);
  return startSubgraph({ ...subgraph, auditRetentionDays: undefined, name: 'mentors', typeDefs, resolvers, permissions, createLoaders }, listen);
}
