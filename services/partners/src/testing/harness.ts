import { createLogger, openDatabase, startSubgraph, type Logger, type RunningSubgraph, type ServiceDirectory, type TokenRequest } from '@mentor/common';
import { callSubgraph, createTestDatabase, createTestIdentityProvider, TEST_SIGNING_SECRET, type GraphQLResponse, type TestIdentityProvider } from '@mentor/testkit';
import type { DataSource } from 'typeorm';
import { dataSourceSpec } from '../data-source.js';
import { createLoaders } from '../loaders.js';
import { createResolvers } from '../resolvers/index.js';
import { seed } from '../seed.js';
import { createServer, typeDefs } from '../server.js';
import { startOrdersStub, type OrdersStub } from './orders-stub.js';

export interface PartnersHarness {
  db: DataSource;
  server: RunningSubgraph;
  identities: TestIdentityProvider;
  /** The stand-in orders subgraph the mutations replicate relations to. */
  orders: OrdersStub;
  /** The directory the server calls its peers by; a test may repoint `orders`. */
  peers: ServiceDirectory;
  /** Sends a request as `caller`, signed like the gateway. */
  call<T = Record<string, unknown>>(caller: TokenRequest, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  youths?: number;
  /** false starts the subgraph without its field rules, to show what the resolvers' own scoping lets through. */
  permissions?: boolean;
  auditRetentionDays?: number;
  /** Where the server logs; silent without it. */
  log?: Logger;
  /** Runs on the seeded database before the server starts. */
  beforeStart?: (db: DataSource) => Promise<void>;
}

/** A migrated, seeded partners database on the test server and a subgraph on a free port in front of it. */
export async function startPartners(label: string, options: HarnessOptions = {}): Promise<PartnersHarness> {
  const database = await createTestDatabase(label);
  const db = await openDatabase(dataSourceSpec(database.url));
  if (options.youths !== undefined) await seed(db, { youths: options.youths });
  await options.beforeStart?.(db);
  const identities = await createTestIdentityProvider();
  const orders = await startOrdersStub();
  const peers: ServiceDirectory = { orders: orders.url };
  const log = options.log ?? createLogger('partners-test', 'silent');
  const server =
    options.permissions === false
      ? await startSubgraph({
          name: 'partners-without-rules',
          typeDefs,
          resolvers: createResolvers({ directory: peers, signingSecret: TEST_SIGNING_SECRET }),
          db,
          verifyToken: identities.verifyToken,
          signingSecret: TEST_SIGNING_SECRET,
          createLoaders,
          log,
        })
      : await createServer({ db, verifyToken: identities.verifyToken, signingSecret: TEST_SIGNING_SECRET, log, peers, auditRetentionDays: options.auditRetentionDays });
  return {
    db,
    server,
    identities,
    orders,
    peers,
    async call<T>(caller: TokenRequest, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
      return callSubgraph<T>(server.url, { query, variables }, { token: await identities.token(caller), headers });
    },
    async stop() {
      await server.stop();
      await orders.stop();
      await db.destroy();
      await database.drop();
    },
  };
}

/** The first error's code, field and rule, for asserting on refusals. */
export function firstError(response: GraphQLResponse<unknown>): { code?: unknown; field?: unknown; rule?: unknown } {
  const extensions = response.body.errors?.[0]?.extensions ?? {};
  return { code: extensions.code, field: extensions.field, rule: extensions.rule };
}

/** The error codes by path (`_entities.0.enrollments`), for asserting which fields were denied. */
export function errorsByPath(response: GraphQLResponse<unknown>): Record<string, unknown> {
  return Object.fromEntries((response.body.errors ?? []).map((error) => [(error.path ?? []).join('.'), error.extensions?.code]));
}
