import path from 'node:path';
import { databaseUrl, dropDatabase, freePort, serviceNames, startEmbeddedPostgres, type EmbeddedServer, type Environment, type ServiceName } from '@mentor/common';
import { openDatabases, seedDatabases } from '@mentor/stack';

export interface BenchDatabases {
  urls: Record<ServiceName, string>;
  /** Where they live, for the report: `embedded (<dir>)` or the server's host. */
  server: string;
  seedSeconds: number;
  rows: { youths: number; orders: number; sessions: number };
  embedded?: EmbeddedServer;
}


/**
 * Fresh `bench_<service>` databases on DATABASE_URL's or TEST_DATABASE_URL's server, or on an
 * embedded server under DATA_DIR/bench, migrated and seeded with `youths` youths. Fresh on every
 * run: the audit records one run writes would otherwise slow the next, and the seed is timed.
 */
export async function prepareDatabases(env: Environment, youths: number): Promise<BenchDatabases> {
  const given = env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  let embedded: EmbeddedServer | undefined;
  let base: string;
  let server: string;
  if (given) {
    base = given;
    server = new URL(given).host;
  } else {
    const dataDir = path.join(env.DATA_DIR, 'bench');
    embedded = await startEmbeddedPostgres(dataDir, await freePort());
    base = embedded.url;
    const relative = path.relative(process.cwd(), dataDir);
    server = `embedded PostgreSQL in ${relative && !relative.startsWith('..') ? relative : dataDir}`;
  }
  const urls = Object.fromEntries(serviceNames.map((name) => [name, databaseUrl(base, `bench_${name}`)])) as Record<ServiceName, string>;
  try {
    await Promise.all(serviceNames.map((name) => dropDatabase(urls[name])));
    const databases = await openDatabases(urls);
    const started = performance.now();
    await seedDatabases(databases, youths);
    const seedSeconds = (performance.now() - started) / 1000;
    const [counts] = (await databases.orders.query(
      'SELECT (SELECT count(*) FROM youth)::int AS youths, (SELECT count(*) FROM mentor_order)::int AS orders, (SELECT count(*) FROM mentor_session)::int AS sessions',
    )) as [{ youths: number; orders: number; sessions: number }];
    // Analysed, so the first measured round does not run on the planner's guesses about empty tables;
    // vacuumed, as autovacuum would have a bulk-loaded table, so index-only scans (the list counts) need no heap.
    await Promise.all(Object.values(databases).map((db) => db.query('VACUUM ANALYZE')));
    await Promise.all(Object.values(databases).map((db) => db.destroy()));
    return { urls, server, seedSeconds, rows: counts, embedded };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
