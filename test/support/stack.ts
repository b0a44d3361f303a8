import { createLogger, databaseUrl, dropDatabase, ensureDatabase, serviceNames, type Identity, type ServiceName } from '@mentor/common';
import { callSubgraph, createTestDatabase, createTestIdentityProvider, demoUsers, TEST_SIGNING_SECRET, type GraphQLResponse, type TestIdentityProvider } from '@mentor/testkit';
import { randomBytes } from 'node:crypto';
import { openDatabases, seedDatabases, startStack, type RunningStack, type StackOptions } from '@mentor/stack';
import type { DataSource } from 'typeorm';

export interface GatewayResult<T = Record<string, any>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

/** Who sends a request: a demo user by name, any identity, a raw token, or nobody. */
export type Caller = keyof typeof demoUsers | Identity | { token: string } | null;

/** A GraphQL request body as a client sends it; real clients name the operation they run. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
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
  /** Like `query`, with the whole request body (operationName included). */
  send<T = Record<string, any>>(user: Caller, request: GraphQLRequest, headers?: Record<string, string>): Promise<GatewayResult<T>>;
  /**
   * A request straight to one subgraph, bypassing the gateway: signed like the gateway signs
   * unless `sign: false` or another `secret` is given.
   */
  subgraph<T = Record<string, any>>(
    service: ServiceName,
    user: Caller,
    request: GraphQLRequest,
    options?: { sign?: boolean; secret?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export interface TestStackOptions {
  youths?: number;
  production?: boolean;
  /** The gateway's query limits; its defaults when left out. */
  limits?: StackOptions['limits'];
  /** A PostgreSQL server (URL of any database on it) for the three databases, instead of the test server. */
  databaseServer?: string;
  /** How the stack verifies tokens, instead of the test's own identity provider (e.g. against a real provider's JWKS). */
  verifyToken?: StackOptions['verifyToken'];
  /** The identity provider the web view signs in with. */
  signIn?: StackOptions['signIn'];
}

/** A fresh database on `server`, named like createTestDatabase names them. */
async function createDatabaseOn(server: string, label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = databaseUrl(server, `t_${label}_${randomBytes(4).toString('hex')}`);
  await ensureDatabase(url);
  return { url, drop: () => dropDatabase(url) };
}

/**
 * The whole system for a test file: three fresh databases, the demo data for `youths` youths,
 * three subgraphs and the gateway on free ports, and an identity provider of the test's own.
 */
export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const { databaseServer } = options;
  const created = await Promise.all(
    serviceNames.map((name) => (databaseServer ? createDatabaseOn(databaseServer, `e2e_${name}`) : createTestDatabase(`e2e_${name}`))),
  );
  const urls = Object.fromEntries(serviceNames.map((name, index) => [name, created[index]!.url])) as Record<ServiceName, string>;
  const databases = await openDatabases(urls);
  await seedDatabases(databases, options.youths ?? 40);
  const identity = await createTestIdentityProvider();
  const stack = await startStack({
    databases,
    verifyToken: options.verifyToken ?? identity.verifyToken,
    signingSecret: TEST_SIGNING_SECRET,
    log: createLogger('e2e', process.env.LOG_LEVEL ?? 'silent'),
    production: options.production ?? false,
    limits: options.limits,
    signIn: options.signIn,
  });

  const token = (user: keyof typeof demoUsers | Identity) => identity.token(typeof user === 'string' ? demoUsers[user]! : user);
  const bearer = async (user: Caller): Promise<string | undefined> => {
    if (!user) return undefined;
    return typeof user === 'object' && 'token' in user ? user.token : token(user);
  };
  // Replication between subgraphs leaves through each writer's outbox and arrives a moment later
  // (the relay is woken on commit). A test reads as the next user would, after it has arrived:
  // every outbox is drained before a request (writes made elsewhere, e.g. in the browser), and
  // again after one that may write, before its answer is handed back.
  // A database that is down (the fault tests stop one) has nothing to settle: the request under test
  // then answers for itself.
  const settled = async (request?: GraphQLRequest) => {
    if (!request || /\bmutation\b/.test(request.query)) await stack.drainOutboxes().catch(() => undefined);
  };
  const send = async <T,>(user: Caller, request: GraphQLRequest, headers: Record<string, string> = {}): Promise<GatewayResult<T>> => {
    const raw = await bearer(user);
    await settled();
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(raw ? { authorization: `Bearer ${raw}` } : {}), ...headers },
      body: JSON.stringify(request),
    });
    const body = (await response.json()) as GatewayResult<T>['body'];
    await settled(request);
    return { status: response.status, headers: response.headers, body };
  };

  return {
    stack,
    databases,
    identity,
    token,
    query: <T,>(user: Caller, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => send<T>(user, { query, variables }, headers),
    send,
    async subgraph<T>(service: ServiceName, user: Caller, request: GraphQLRequest, options: { sign?: boolean; secret?: string; headers?: Record<string, string> } = {}) {
      await settled();
      const answer = await callSubgraph<T>(stack.subgraphs[service].url, request, { ...options, token: await bearer(user) });
      await settled(request);
      return answer;
    },
    async stop() {
      await stack.stop();
      await Promise.all(Object.values(databases).map((db) => db.destroy()));
      await Promise.all(created.map((database) => database.drop()));
    },
  };
}
