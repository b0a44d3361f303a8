import {
  configuredDatabaseUrl,
  createLogger,
  gatewaySigningSecret,
  openDatabase,
  readEnvironment,
  verifierFromEnvironment,
  type ServiceDirectory,
} from '@mentor/common';
import { dataSourceSpec } from './data-source.js';
import { createServer } from './server.js';

const env = readEnvironment();
const log = createLogger('mentors', env.LOG_LEVEL);
const url = configuredDatabaseUrl(env, 'mentors');
if (!url) throw new Error('No database for the mentors subgraph: set MENTORS_DATABASE_URL or DATABASE_URL');

const peers: ServiceDirectory = {
  orders: env.ORDERS_URL ?? `http://127.0.0.1:${env.ORDERS_PORT}/graphql`,
  mentors: env.MENTORS_URL ?? `http://127.0.0.1:${env.MENTORS_PORT}/graphql`,
  partners: env.PARTNERS_URL ?? `http://127.0.0.1:${env.PARTNERS_PORT}/graphql`,
};

const db = await openDatabase(dataSourceSpec(url));
const server = await createServer({
  db,
  verifyToken: await verifierFromEnvironment(env),
  signingSecret: gatewaySigningSecret(env),
  log,
  port: env.MENTORS_PORT,
  peers,
  auditRetentionDays: env.AUDIT_RETENTION_DAYS,
});
log.info({ url: server.url }, 'mentors subgraph listening');

process.once('SIGTERM', () => {
  void (async () => {
    await server.stop();
    await db.destroy();
    log.info('mentors subgraph stopped');
  })();
});
