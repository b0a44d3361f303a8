import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDevelopmentKey, readEnvironment, signToken, verifierFromEnvironment } from '@mentor/common';
import { demoUsers } from '@mentor/testkit';
import { CaseworkerOrdersDocument, documentId, operationName } from '@mentor/operations';
import { print } from 'graphql';
import { startTestStack, type TestStack } from '../support/stack.js';

let system: TestStack;
let base: string;

beforeAll(async () => {
  system = await startTestStack({ youths: 12, production: true });
  base = system.stack.gateway.url.replace(/\/graphql$/, '');
});

afterAll(async () => {
  await system?.stop();
});

const registered = { documentId: documentId(CaseworkerOrdersDocument), operationName: operationName(CaseworkerOrdersDocument), variables: { first: 5 } };

async function post(body: unknown, token?: string) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] } };
}

describe('production: only trusted documents', () => {
  it('runs a registered operation sent by its id', async () => {
    const { status, body } = await post(registered, await system.token('caseworker'));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.orders.totalCount).toBeGreaterThan(0);
    expect(body.data!.orders.edges[0].node.reference).toMatch(/^ORD-\d{4}-\d{6}$/);
  });

  it('runs one by its Apollo persisted-query hash as well', async () => {
    const hash = registered.documentId.replace(/^sha256:/, '');
    const { body } = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables: { first: 1 } }, await system.token('caseworker'));
    expect(body.errors).toBeUndefined();
    expect(body.data!.orders.edges).toHaveLength(1);
  });

  it('refuses the text of a document, even a registered one', async () => {
    const { status, body } = await post({ query: print(CaseworkerOrdersDocument), variables: { first: 5 } }, await system.token('caseworker'));
    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
  });

  it('refuses an unregistered document id', async () => {
    const { status, body } = await post({ documentId: `sha256:${'0'.repeat(64)}`, variables: {} }, await system.token('caseworker'));
    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses introspection', async () => {
    const { body } = await post({ query: '{ __schema { types { name } } }' }, await system.token('caseworker'));
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    expect(JSON.stringify(body)).not.toContain('Youth');
  });

  it('refuses a batched request', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await system.token('caseworker')}` },
      body: JSON.stringify([registered, registered]),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(await response.json())).not.toContain('ORD-');
  });

  it('refuses a registered document without a token', async () => {
    const { status, body } = await post(registered);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a GET by document id without a token', async () => {
    const response = await fetch(`${base}/graphql?documentId=${encodeURIComponent(registered.documentId)}`);
    expect(response.status).toBe(401);
  });

  it('serves no GraphiQL and no demo sign-in', async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    expect((await fetch(`${base}/auth/demo`)).status).toBe(404);
    const signIn = await fetch(`${base}/auth/demo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'caseworker' }) });
    expect(signIn.status).toBe(404);
  });
});

describe('production: no development keys', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'dev-key-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a token signed with the development key', async () => {
    const development = readEnvironment({ NODE_ENV: 'development', DATA_DIR: dataDir });
    const { privateJwk } = await loadDevelopmentKey(development);
    const token = await signToken(privateJwk, demoUsers.caseworker!, development);
    const { status, body } = await post(registered, token);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('will not load or trust the development key', async () => {
    const production = readEnvironment({ NODE_ENV: 'production', DATA_DIR: dataDir, GATEWAY_SIGNING_SECRET: 'x'.repeat(40) });
    await expect(loadDevelopmentKey(production)).rejects.toThrow(/production/);
    await expect(verifierFromEnvironment(production)).rejects.toThrow(/production/);
  });
});
