import {
  callSubgraph,
  createLogger,
  createTestDatabase,
  createTestIdentityProvider,
  openDatabase,
  TEST_SIGNING_SECRET,
  type GraphQLResponse,
  type RunningSubgraph,
  type TestIdentityProvider,
  type TokenRequest,
} from '@mentor/common';
import type { DataSource } from 'typeorm';
import { dataSourceSpec } from '../data-source.js';
import { seed } from '../seed.js';
import { createServer } from '../server.js';

export interface PartnersHarness {
  db: DataSource;
  server: RunningSubgraph;
  identities: TestIdentityProvider;
  /** Sends a request as `caller`, signed like the gateway. */
  call<T = Record<string, unknown>>(caller: TokenRequest, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** A migrated, seeded partners database on the test server and a subgraph on a free port in front of it. */
export async function startPartners(label: string, options: { youths?: number } = {}): Promise<PartnersHarness> {
  const database = await createTestDatabase(label);
  const db = await openDatabase(dataSourceSpec(database.url));
  if (options.youths !== undefined) await seed(db, { youths: options.youths });
  const identities = await createTestIdentityProvider();
  const server = await createServer({ db, verifyToken: identities.verifyToken, signingSecret: TEST_SIGNING_SECRET, log: createLogger('partners-test', 'silent') });
  return {
    db,
    server,
    identities,
    async call<T>(caller: TokenRequest, query: string, variables?: Record<string, unknown>) {
      return callSubgraph<T>(server.url, { query, variables }, { token: await identities.token(caller) });
    },
    async stop() {
      await server.stop();
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
