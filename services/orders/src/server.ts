import { passedThrough, readTypeDefs, startSubgraph, type RunningSubgraph, type SubgraphServerOptions } from '@mentor/common';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context.js';
import { createLoaders } from './loaders.js';
import { projectionOf } from './projection.js';
import { permissions } from './access/index.js';
import { createResolvers } from './resolvers/index.js';
import { deliverToPartners } from './replication.js';

export const typeDefs = readTypeDefs(import.meta.url);

/** Tells the request's loaders which columns its document reads, once the operation is known. */
const projection: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, document, schema }) {
        contextValue.loaders.project(projectionOf(schema, document));
      },
    };
  },
};

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
      plugins: [projection],
    },
    listen,
  );
}
