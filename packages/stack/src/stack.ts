import { readFile } from 'node:fs/promises';
import type { DataSource } from 'typeorm';
import {
  configuredDatabaseUrl,
  databaseUrl,
  openDatabase,
  serviceNames,
  startEmbeddedPostgres,
  type EmbeddedServer,
  type Environment,
  type Logger,
  type RunningSubgraph,
  type ServiceDirectory,
  type ServiceName,
  type SubgraphModule,
  type TokenVerifier,
} from '@mentor/common';
import { supergraphPath, withSubgraphUrls } from '@mentor/gateway/compose';
import { startGateway, type QueryLimits, type RunningGateway, type SignInConfig } from '@mentor/gateway';
import { developmentSignIn } from '@mentor/testkit';
import * as orders from '@mentor/orders/server';
import * as ordersData from '@mentor/orders/data-source';
import * as ordersSeed from '@mentor/orders/seed';
import * as mentors from '@mentor/mentors/server';
import * as mentorsData from '@mentor/mentors/data-source';
import * as mentorsSeed from '@mentor/mentors/seed';
import * as partners from '@mentor/partners/server';
import * as partnersData from '@mentor/partners/data-source';
import * as partnersSeed from '@mentor/partners/seed';

interface ServiceModule extends SubgraphModule {
  seed(db: DataSource, options: { youths: number }): Promise<{ seeded: boolean }>;
}

export const services: Record<ServiceName, ServiceModule> = {
  orders: { ...ordersData, ...orders, ...ordersSeed },
  mentors: { ...mentorsData, ...mentors, ...mentorsSeed },
  partners: { ...partnersData, ...partners, ...partnersSeed },
};

/** Opens (creating and migrating) the three databases. */
export async function openDatabases(urls: Record<ServiceName, string>): Promise<Record<ServiceName, DataSource>> {
  const entries = await Promise.all(serviceNames.map(async (name) => [name, await openDatabase(services[name].dataSourceSpec(urls[name]))] as const));
  return Object.fromEntries(entries) as Record<ServiceName, DataSource>;
}

/** Loads the demo data into each database that does not have it yet. */
export async function seedDatabases(databases: Record<ServiceName, DataSource>, youths: number): Promise<Record<ServiceName, boolean>> {
  const entries = await Promise.all(serviceNames.map(async (name) => [name, (await services[name].seed(databases[name], { youths })).seeded] as const));
  return Object.fromEntries(entries) as Record<ServiceName, boolean>;
}

export interface DatabaseServer {
  urls: Record<ServiceName, string>;
  embedded?: EmbeddedServer;
}

/** The configured server, or the embedded one under DATA_DIR when none is configured. */
export async function resolveDatabases(env: Environment, log: Logger): Promise<DatabaseServer> {
  const configured = serviceNames.map((name) => configuredDatabaseUrl(env, name));
  if (configured.every((url): url is string => url !== undefined)) {
    return { urls: Object.fromEntries(serviceNames.map((name, index) => [name, configured[index]!])) as Record<ServiceName, string> };
  }
  if (configured.some((url) => url !== undefined)) throw new Error('Configure DATABASE_URL, or a URL for every one of the three services');
  log.info({ dataDir: env.DATA_DIR, port: env.EMBEDDED_PG_PORT }, 'starting the embedded PostgreSQL');
  const embedded = await startEmbeddedPostgres(env.DATA_DIR, env.EMBEDDED_PG_PORT);
  return { embedded, urls: Object.fromEntries(serviceNames.map((name) => [name, databaseUrl(embedded.url, name)])) as Record<ServiceName, string> };
}

export interface StackOptions {
  databases: Record<ServiceName, DataSource>;
  verifyToken: TokenVerifier;
  signingSecret: string;
  log: Logger;
  production: boolean;
  auditRetentionDays?: number;
  limits?: QueryLimits;
  ports?: Partial<Record<ServiceName | 'gateway', number>>;
  /** The identity provider the web view signs in with; default from the environment. */
  signIn?: SignInConfig;
}

export interface RunningStack {
  gateway: RunningGateway;
  subgraphs: Record<ServiceName, RunningSubgraph>;
  /** Delivers every replication event due now, in both directions, until none is left; resolves to how many. */
  drainOutboxes(): Promise<number>;
  stop(): Promise<void>;
}

/** The three subgraphs and the gateway in front of them, on the given ports (0: free ones). */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  // Filled in once every subgraph listens: they call each other for facts they do not own.
  const peers: ServiceDirectory = {};
  const started = await Promise.all(
    serviceNames.map((name) =>
      services[name].createServer({
        db: options.databases[name],
        verifyToken: options.verifyToken,
        signingSecret: options.signingSecret,
        log: options.log.child({ service: name }),
        port: options.ports?.[name] ?? 0,
        peers,
        auditRetentionDays: options.auditRetentionDays ?? 180,
      }),
    ),
  );
  const subgraphs = Object.fromEntries(serviceNames.map((name, index) => [name, started[index]!])) as Record<ServiceName, RunningSubgraph>;
  for (const name of serviceNames) peers[name] = subgraphs[name].url;
  const supergraph = withSubgraphUrls(
    await readFile(supergraphPath, 'utf8'),
    Object.fromEntries(serviceNames.map((name) => [name, subgraphs[name].url])),
  );
  const gateway = await startGateway({
    supergraph,
    verifyToken: options.verifyToken,
    signingSecret: options.signingSecret,
    log: options.log.child({ service: 'gateway' }),
    production: options.production,
    limits: options.limits,
    port: options.ports?.gateway ?? 0,
    signIn: options.signIn,
    demoSignIn: options.production ? false : developmentSignIn,
  });
  return {
    gateway,
    subgraphs,
    async drainOutboxes() {
      let total = 0;
      for (;;) {
        const delivered = (await Promise.all(serviceNames.map((name) => subgraphs[name].drainOutbox()))).reduce((sum, count) => sum + count, 0);
        if (delivered === 0) return total;
        total += delivered;
      }
    },
    async stop() {
      await gateway.stop();
      await Promise.all(serviceNames.map((name) => subgraphs[name].stop()));
    },
  };
}
