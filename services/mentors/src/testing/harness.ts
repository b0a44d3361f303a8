import { AuditTrail, buildSchema, createLogger, createTracing, openDatabase, ROOT_CONTEXT, SpanKind, type Identity } from '@mentor/common';
import { callSubgraph, createTestDatabase, createTestIdentityProvider, TEST_SIGNING_SECRET, type GraphQLResponse } from '@mentor/testkit';
import type { ExecutionResult } from 'graphql';
// The CommonJS graphql, as @apollo/subgraph and graphql-middleware use it: under vitest the ES module
// one is a second instance that refuses their schemas.
import { graphql } from 'graphql/index.js';
import type { DataSource } from 'typeorm';
import type { Context } from '../context.js';
import { dataSourceSpec } from '../data-source.js';
import { createLoaders } from '../loaders.js';
import { permissions } from '../access/index.js';
import { resolvers } from '../resolvers/index.js';
import { seed } from '../seed.js';
import { createServer, typeDefs } from '../server.js';

export interface TestSubgraph {
  url: string;
  db: DataSource;
  /** Sends a request signed like the gateway, as `identity`. */
  query<T = Record<string, unknown>>(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  token(identity: Identity): Promise<string>;
  stop(): Promise<void>;
}

/** A migrated, seeded database of its own and the subgraph on a free port. */
export async function startTestSubgraph(label: string): Promise<TestSubgraph> {
  const database = await createTestDatabase(label);
  const db = await openDatabase(dataSourceSpec(database.url));
  await seed(db, { youths: 20 });
  const identities = await createTestIdentityProvider();
  const server = await createServer({ db, verifyToken: identities.verifyToken, signingSecret: TEST_SIGNING_SECRET, log: createLogger('mentors-test', 'silent') });
  return {
    url: server.url,
    db,
    token: (identity) => identities.token(identity),
    async query(identity, query, variables) {
      return callSubgraph(server.url, { query, variables }, { token: await identities.token(identity) });
    },
    async stop() {
      await server.stop();
      await db.destroy();
      await database.drop();
    },
  };
}

/** The first error's code and field, for asserting refusals. */
export function firstError(response: GraphQLResponse<unknown>): { code: unknown; field: unknown; rule: unknown } | undefined {
  const error = response.body.errors?.[0];
  return error && { code: error.extensions?.code, field: error.extensions?.field, rule: error.extensions?.rule };
}

/**
 * Runs an operation in process against the subgraph schema with different wiring: resolvers with a
 * deliberate mistake, or without the field rules, to show each line of defence holds on its own.
 */
export async function executeWith(
  db: DataSource,
  identity: Identity,
  query: string,
  variables: Record<string, unknown>,
  wiring: { resolvers?: typeof resolvers; withRules: boolean },
): Promise<ExecutionResult> {
  const schema = buildSchema<Context['loaders']>({ typeDefs, resolvers: wiring.resolvers ?? resolvers, permissions: wiring.withRules ? permissions : undefined });
  const requestId = `in-process-${Date.now()}`;
  // A span that records nothing: tracing is off here.
  const tracing = createTracing('mentors-test', undefined);
  const span = tracing.start('graphql', ROOT_CONTEXT, SpanKind.SERVER);
  const contextValue: Context = {
    principal: { kind: 'user' },
    identity,
    requestId,
    authorization: '',
    db,
    loaders: createLoaders(db, identity),
    log: createLogger('mentors-test', 'silent'),
    audit: new AuditTrail(db, identity, requestId),
    ruleAnswers: new WeakMap(),
    trace: { span, context: tracing.within(span, ROOT_CONTEXT) },
  };
  return graphql({ schema, source: query, variableValues: variables, contextValue });
}
