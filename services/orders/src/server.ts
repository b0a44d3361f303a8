import { passedThrough, readTypeDefs, startSubgraph, type RunningSubgraph, type SubgraphServerOptions } from '@mentor/common';
import { createLoaders } from './loaders.js';
import { permissions } from './access/index.js';
import { createResolvers } from './resolvers/index.js';
import { deliverToPartners } from './replication.js';

export const typeDefs = readTypeDefs(import.meta.url);

export function createServer(options: SubgraphServerOptions): Promise<RunningSubgraph> {
  const peers = { directory: options.peers ?? {}, signingSecret: options.signingSecret };
  const { subgraph, listen } = passedThrough(options);
  return startSubgraph(
    {
      ...subgraph,
      name: 'orders',
      typeDefs,
      resolvers: createResolvers(peers),
      // The youth links partners decides access from leave through the outbox, delivered as this service.
      outbox: { deliver: deliverToPartners(peers) },
      permissions,
      createLoaders,
    },
    listen,
  );
}
