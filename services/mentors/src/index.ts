import { configuredDatabaseUrl, createLogger, gatewaySigningSecret, openDatabase, readEnvironment, verifierFromEnvironment } from '@mentor/common';
import { dataSourceSpec } from './data-source.js';
import { createServer } from './server.js';

const env = readEnvironment();
const log = createLogger('mentors', env.LOG_LEVEL);
const url = configuredDatabaseUrl(env, 'mentors');
if (!url) throw new Error('No database for the mentors subgraph: set MENTORS_DATABASE_URL or DATABASE_URL');

const db = await openDatabase(dataSourceSpec(url));
const server = await createServer({ db, verifyToken: await verifierFromEnvironment(env), signingSecret: gatewaySigningSecret(env), log, port: env.MENTORS_PORT });
log.info({ url: server.url }, 'mentors subgraph listening');

process.once('SIGTERM', () => {
  void (async () => {
    await server.stop();
    await db.destroy();
    log.info('mentors subgraph stopped');
  })();
});
