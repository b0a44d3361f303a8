import { parseArgs } from 'node:util';
import { createLogger, readEnvironment } from '@mentor/common';
import { openDatabases, resolveDatabases, seedDatabases } from './stack.js';

// `npm run seed -- --youths 10000`: loads the demo world into databases that do not have it yet.
const { values } = parseArgs({ options: { youths: { type: 'string', default: '200' } } });
const youths = Number(values.youths);
if (!Number.isInteger(youths) || youths < 1) throw new Error('--youths takes a positive whole number');
const env = readEnvironment();
const log = createLogger('seed', env.LOG_LEVEL);
const server = await resolveDatabases(env, log);
const databases = await openDatabases(server.urls);
const started = performance.now();
const seeded = await seedDatabases(databases, youths);
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`seed: ${youths} youths, ${JSON.stringify(seeded)}, ${seconds.toFixed(1)} s\n`);
await Promise.all(Object.values(databases).map((db) => db.destroy()));
await server.embedded?.stop();
