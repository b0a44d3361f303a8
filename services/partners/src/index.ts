import { configuredDatabaseUrl, createLogger, gatewaySigningSecret, openDatabase, readEnvironment, verifierFromEnvironment } from '@mentor/common';
import { dataSourceSpec } from './data-source.js';
import { createServer } from './server.js';

const env = readEnvironment();
const log = createLogger('partners', env.LOG_LEVEL);
const url = configuredDatabaseUrl(env, 'partners');
if (!url) throw new Error('No database for partners: set PARTNERS_DATABASE_URL or DATABASE_URL (or start through the root start script, which provides one)');

const db = await openDatabase(dataSourceSpec(url));
const server = await createServer({
  db,
  verifyToken: await verifierFromEnvironment(env),
  signingSecret: gatewaySigningSecret(env),
  log,
  port: env.PARTNERS_PORT,
  peers: {
    orders: env.ORDERS_URL ?? `http://127.0.0.1:${env.ORDERS_PORT}/graphql`,
    mentors: env.MENTORS_URL ?? `http://127.0.0.1:${env.MENTORS_PORT}/graphql`,
    partners: env.PARTNERS_URL ?? `http://127.0.0.1:${env.PARTNERS_PORT}/graphql`,
  },
  auditRetentionDays: env.AUDIT_RETENTION_DAYS,
});
log.info({ url: server.url }, 'partners subgraph ready');

process.once('SIGTERM', () => {
  void server
    .stop()
    .then(() => db.destroy())
    .then(() => process.exit(0));
});
