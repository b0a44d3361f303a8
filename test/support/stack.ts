import {
  createLogger,
  createTestDatabase,
  createTestIdentityProvider,
  demoUsers,
  serviceNames,
  TEST_SIGNING_SECRET,
  type Identity,
  type ServiceName,
  type TestIdentityProvider,
} from '@mentor/common';
import { openDatabases, seedDatabases, startStack, type RunningStack } from '@mentor/stack';
import type { DataSource } from 'typeorm';

export interface GatewayResult<T = Record<string, any>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

export interface TestStack {
  stack: RunningStack;
  databases: Record<ServiceName, DataSource>;
  /** The test's identity provider, for tokens with unusual claims or lifetimes. */
  identity: TestIdentityProvider;
  /** A token for a demo user (`caseworker`, `mentor`, …) or any identity. */
  token(user: keyof typeof demoUsers | Identity): Promise<string>;
  /** A GraphQL request to the gateway as `user` (or with a raw token, or none). */
  query<T = Record<string, any>>(
    user: keyof typeof demoUsers | Identity | { token: string } | null,
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GatewayResult<T>>;
  stop(): Promise<void>;
}

/**
 * The whole system for a test file: three fresh databases, the demo data for `youths` youths,
 * three subgraphs and the gateway on free ports, and an identity provider of the test's own.
 */
export async function startTestStack(options: { youths?: number; production?: boolean } = {}): Promise<TestStack> {
  const created = await Promise.all(serviceNames.map((name) => createTestDatabase(`e2e_${name}`)));
  const urls = Object.fromEntries(serviceNames.map((name, index) => [name, created[index]!.url])) as Record<ServiceName, string>;
  const databases = await openDatabases(urls);
  await seedDatabases(databases, options.youths ?? 40);
  const identity = await createTestIdentityProvider();
  const stack = await startStack({
    databases,
    verifyToken: identity.verifyToken,
    signingSecret: TEST_SIGNING_SECRET,
    log: createLogger('e2e', process.env.LOG_LEVEL ?? 'silent'),
    production: options.production ?? false,
  });

  const token = (user: keyof typeof demoUsers | Identity) => identity.token(typeof user === 'string' ? demoUsers[user]! : user);

  return {
    stack,
    databases,
    identity,
    token,
    async query(user, query, variables, headers = {}) {
      let authorization: string | undefined;
      if (user && typeof user === 'object' && 'token' in user) authorization = `Bearer ${user.token}`;
      else if (user) authorization = `Bearer ${await token(user)}`;
      const response = await fetch(stack.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as GatewayResult['body'] };
    },
    async stop() {
      await stack.stop();
      await Promise.all(Object.values(databases).map((db) => db.destroy()));
      await Promise.all(created.map((database) => database.drop()));
    },
  };
}
