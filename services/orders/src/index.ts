import { configuredDatabaseUrl, createLogger, gatewaySigningSecret, openDatabase, readEnvironment, verifierFromEnvironment } from '@mentor/common';
import { dataSourceSpec } from './data-source.js';
import { createServer } from './server.js';

const env = readEnvironment();
const log = createLogger('orders', env.LOG_LEVEL);
const url = configuredDatabaseUrl(env, 'orders');
if (!url) throw new Error('The orders subgraph needs ORDERS_DATABASE_URL or DATABASE_URL');

const db = await openDatabase(dataSourceSpec(url));
const server = await createServer({
  db,
  verifyToken: await verifierFromEnvironment(env),
  signingSecret: gatewaySigningSecret(env),
  log,
  port: env.ORDERS_PORT,
  peers: {
    orders: env.ORDERS_URL ?? `http://127.0.0.1:${env.ORDERS_PORT}/graphql`,
    mentors: env.MENTORS_URL ?? `http://127.0.0.1:${env.MENTORS_PORT}/graphql`,
    partners: env.PARTNERS_URL ?? `http://127.0.0.1:${env.PARTNERS_PORT}/graphql`,
  },
  auditRetentionDays: env.AUDIT_RETENTION_DAYS,
  introspection: env.NODE_ENV !== 'production',
});
log.info({ url: server.url }, 'orders subgraph listening');

process.once('SIGTERM', () => {
  void server
    .stop()
    .then(() => db.destroy())
    .then(() => process.exit(0));
});
