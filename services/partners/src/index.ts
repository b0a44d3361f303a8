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
});
log.info({ url: server.url }, 'partners subgraph ready');

process.once('SIGTERM', () => {
  void server
    .stop()
    .then(() => db.destroy())
    .then(() => process.exit(0));
});
