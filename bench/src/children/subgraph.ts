import { createLogger, openDatabase, totalStatements, type ServiceDirectory } from '@mentor/common';
import { services } from '@mentor/stack';
import { serveChild } from '../processes.js';
import { benchVerifier } from '../trust.js';

// One subgraph in its own process, so its statements and CPU are its own.
serveChild(async (config) => {
  if (config.kind !== 'subgraph') throw new Error(`a subgraph process cannot run ${config.kind}`);
  const service = services[config.service];
  const db = await openDatabase(service.dataSourceSpec(config.databaseUrl));
  const peers: ServiceDirectory = {};
  const subgraph = await service.createServer({
    db,
    verifyToken: benchVerifier(config),
    signingSecret: config.signingSecret,
    log: createLogger(`bench-${config.service}`, process.env.LOG_LEVEL ?? 'error'),
    port: 0,
    peers,
    auditRetentionDays: 180,
    unguarded: config.unguarded,
  });
  return {
    url: subgraph.url,
    statements: totalStatements,
    peers: (given) => Object.assign(peers, given),
    async stop() {
      await subgraph.stop();
      await db.destroy();
    },
  };
});
