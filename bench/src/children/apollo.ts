import { startApolloGateway } from '../apollo-gateway.js';
import { serveChild } from '../processes.js';
import { benchVerifier } from '../trust.js';

// @apollo/gateway in front of the same subgraphs, alone in its process so its CPU is its own.
serveChild(async (config) => {
  if (config.kind !== 'apollo-gateway') throw new Error(`the Apollo gateway process cannot run ${config.kind}`);
  const gateway = await startApolloGateway({ supergraph: config.supergraph, verifyToken: benchVerifier(config), signingSecret: config.signingSecret });
  return { url: gateway.url, statements: () => 0, stop: () => gateway.stop() };
});
