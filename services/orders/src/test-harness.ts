import {
  callSubgraph,
  createLogger,
  createTestDatabase,
  createTestIdentityProvider,
  openDatabase,
  TEST_SIGNING_SECRET,
  type GraphQLResponse,
  type Identity,
  type RunningSubgraph,
} from '@mentor/common';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { dataSourceSpec } from './data-source.js';
import { seed } from './seed.js';
import { createServer } from './server.js';

/** Counts the statements the service sends, to check that lists are batched. */
export class StatementCounter implements TypeOrmLogger {
  count = 0;
  logQuery(): void {
    this.count++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface OrdersHarness {
  db: DataSource;
  server: RunningSubgraph;
  statements: StatementCounter;
  /** Sends a request as the gateway would, with a token for `identity`. */
  call<T = Record<string, unknown>>(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  token(identity: Identity): Promise<string>;
  stop(): Promise<void>;
}

/** A migrated database of its own, seeded with `youths` demo youths, and the subgraph on a free port. */
export async function startHarness(label: string, options: { youths: number }): Promise<OrdersHarness> {
  const database = await createTestDatabase(label);
  const statements = new StatementCounter();
  const db = await openDatabase({ ...dataSourceSpec(database.url), logger: statements });
  await seed(db, options);
  const identities = await createTestIdentityProvider();
  const server = await createServer({ db, verifyToken: identities.verifyToken, signingSecret: TEST_SIGNING_SECRET, log: createLogger('orders', 'silent') });
  const token = (identity: Identity) => identities.token(identity);
  return {
    db,
    server,
    statements,
    token,
    call: async (identity, query, variables) => callSubgraph(server.url, { query, variables }, { token: await token(identity) }),
    async stop() {
      await server.stop();
      await db.destroy();
      await database.drop();
    },
  };
}
