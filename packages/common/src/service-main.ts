import { readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';
import type { DataSource } from 'typeorm';
import type { TokenVerifier } from './auth.js';
import { gatewaySigningSecret, readEnvironment, type Environment, type ServiceName } from './config.js';
import { configuredDatabaseUrl, connectDatabase, type DataSourceSpec } from './database.js';
import type { ServiceDirectory } from './internal.js';
import { createLogger, type Logger } from './log.js';
import type { RunningSubgraph } from './subgraph.js';
import { verifierFromEnvironment } from './auth.js';

/** Where each subgraph is reached: the configured URL, or loopback on its port. */
export function subgraphUrls(env: Environment): Required<ServiceDirectory> {
  return {
    orders: env.ORDERS_URL ?? `http://127.0.0.1:${env.ORDERS_PORT}/graphql`,
    mentors: env.MENTORS_URL ?? `http://127.0.0.1:${env.MENTORS_PORT}/graphql`,
    partners: env.PARTNERS_URL ?? `http://127.0.0.1:${env.PARTNERS_PORT}/graphql`,
  };
}

/** What every service's `createServer` takes (orders, mentors and partners alike). */
export interface SubgraphServerOptions {
  db: DataSource;
  verifyToken: TokenVerifier;
  signingSecret: string;
  log: Logger;
  /** 0 (the default) picks a free port, as tests do. */
  port?: number;
  /** The address to listen on; default 127.0.0.1. */
  host?: string;
  /** Where the other subgraphs listen; filled in by reference once they all do. Without it, calls to them fail as unavailable. */
  peers?: ServiceDirectory;
  /** The benchmark's server without permissions and audit (refused in production). */
  unguarded?: boolean;
  introspection?: boolean;
  /** Audit records older than this many days are purged on start and every 6 hours (subgraphs that keep an audit table). */
  auditRetentionDays?: number;
}

/** The subgraph options a service passes through from its server options unchanged, and where it listens. */
export function passedThrough(options: SubgraphServerOptions) {
  const { db, verifyToken, signingSecret, log, introspection, auditRetentionDays, unguarded } = options;
  return { subgraph: { db, verifyToken, signingSecret, log, introspection, auditRetentionDays, unguarded }, listen: { port: options.port, host: options.host } };
}

/** A service's SDL, read beside its package (`schema.graphql`), so it works from src/ under vitest and from dist/ after a build. */
export function readTypeDefs(serverModuleUrl: string): DocumentNode {
  return parse(readFileSync(new URL('../schema.graphql', serverModuleUrl), 'utf8'));
}

export interface SubgraphModule {
  dataSourceSpec(url: string): DataSourceSpec;
  createServer(options: SubgraphServerOptions): Promise<RunningSubgraph>;
}

/** A subgraph as its own process: configuration, a migrated database, listen, drain on SIGTERM. */
export async function runSubgraph(name: ServiceName, module: SubgraphModule): Promise<void> {
  const env = readEnvironment();
  const log = createLogger(name, env.LOG_LEVEL);
  // The handler comes first: the port answers before the last start-up step is done (orders opens
  // its outbox relay's pool after it listens), and a SIGTERM then must drain, not kill the process
  // half-started. Asked to stop before it listens, the process has nothing to drain and exits.
  let running: { server: RunningSubgraph; db: DataSource } | undefined;
  let starting = false;
  let stopAsked = false;
  const stop = async ({ server, db }: { server: RunningSubgraph; db: DataSource }) => {
    await server.stop();
    await db.destroy();
    log.info(`${name} subgraph stopped`);
    process.exit(0);
  };
  process.once('SIGTERM', () => {
    stopAsked = true;
    if (running) void stop(running);
    else if (!starting) process.exit(0);
    // Otherwise the server is being started: it stops as soon as it is (below).
  });
  const url = configuredDatabaseUrl(env, name);
  if (!url) throw new Error(`No database for the ${name} subgraph: set ${name.toUpperCase()}_DATABASE_URL or DATABASE_URL`);
  const db = await connectDatabase(module.dataSourceSpec(url));
  const ports: Record<ServiceName, number> = { orders: env.ORDERS_PORT, mentors: env.MENTORS_PORT, partners: env.PARTNERS_PORT };
  const hosts: Record<ServiceName, string> = { orders: env.ORDERS_HOST, mentors: env.MENTORS_HOST, partners: env.PARTNERS_HOST };
  starting = true;
  const server = await module.createServer({
    db,
    verifyToken: await verifierFromEnvironment(env),
    signingSecret: gatewaySigningSecret(env),
    log,
    port: ports[name],
    host: hosts[name],
    peers: subgraphUrls(env),
    auditRetentionDays: env.AUDIT_RETENTION_DAYS,
  });
  running = { server, db };
  log.info({ url: server.url }, `${name} subgraph listening`);
  if (stopAsked) void stop(running);
}
