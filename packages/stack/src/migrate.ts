import { createLogger, readEnvironment } from '@mentor/common';
import { openDatabases, resolveDatabases } from './stack.js';

// `npm run migrate`: creates the three databases where missing and runs their migrations, as one
// step before the services start (the services themselves refuse a database that is behind).
const env = readEnvironment();
const log = createLogger('migrate', env.LOG_LEVEL);
const server = await resolveDatabases(env, log);
let code = 0;
try {
  const databases = await openDatabases(server.urls);
  await Promise.all(Object.values(databases).map((db) => db.destroy()));
  log.info('the three databases are migrated');
} catch (error) {
  log.error({ err: { name: (error as Error).name, message: (error as Error).message } }, 'migration failed');
  code = 1;
} finally {
  await server.embedded?.stop();
}
process.exit(code);
