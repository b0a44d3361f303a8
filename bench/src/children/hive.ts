import { createLogger, readEnvironment } from '@mentor/common';
import { limitsFromEnvironment, startGateway } from '@mentor/gateway';
import { serveChild } from '../processes.js';
import { benchVerifier } from '../trust.js';

// Our gateway as shipped, configured as in production, alone in its process so its CPU is its own.
serveChild(async (config) => {
  if (config.kind !== 'hive') throw new Error(`the Hive gateway process cannot run ${config.kind}`);
  const gateway = await startGateway({
    supergraph: config.supergraph,
    verifyToken: benchVerifier(config),
    signingSecret: config.signingSecret,
    log: createLogger('bench-hive', process.env.LOG_LEVEL ?? 'error'),
    production: true,
    limits: limitsFromEnvironment(readEnvironment()),
    // In production only trusted documents run: the bench's workloads are its clients' manifest.
    trustedDocuments: new Map(Object.entries(config.trustedDocuments)),
    port: 0,
  });
  return { url: gateway.url, statements: () => 0, stop: () => gateway.stop() };
});
