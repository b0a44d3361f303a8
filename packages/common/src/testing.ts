import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { createTokenVerifier, localKeySet, signToken, type Identity, type TokenRequest, type TokenVerifier } from './auth.js';
import { databaseUrl, dropDatabase, ensureDatabase } from './database.js';
import { signRequest } from './signing.js';

export const TEST_ISSUER = 'https://login.test.local';
export const TEST_AUDIENCE = 'mentor-network';
export const TEST_SIGNING_SECRET = 'test-gateway-signing-secret-0123456789abcdef';

export interface TestIdentityProvider {
  verifyToken: TokenVerifier;
  privateJwk: JWK;
  publicJwk: JWK;
  token(request: TokenRequest): Promise<string>;
}

/** A throwaway identity provider: a fresh key pair per test file, real signatures. */
export async function createTestIdentityProvider(): Promise<TestIdentityProvider> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = `test-${randomBytes(4).toString('hex')}`;
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'ES256' };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
  const env = { AUTH_ISSUER: TEST_ISSUER, AUTH_AUDIENCE: TEST_AUDIENCE };
  return {
    verifyToken: createTokenVerifier({ issuer: TEST_ISSUER, audience: TEST_AUDIENCE, keys: localKeySet({ keys: [publicJwk] }) }),
    privateJwk,
    publicJwk,
    token: (request) => signToken(privateJwk, request, env),
  };
}

export function identityToken(provider: TestIdentityProvider, identity: Identity): Promise<string> {
  return provider.token(identity);
}

/**
 * A fresh database for one test file on the test server (TEST_DATABASE_URL, set by the global
 * set-up to the embedded server when none is given). Dropped by the returned function.
 */
export async function createTestDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set: run the tests through vitest, whose global set-up provides it');
  const name = `t_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const url = databaseUrl(base, name);
  await ensureDatabase(url);
  return { url, drop: () => dropDatabase(url) };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

/** Sends a GraphQL request to a subgraph as the gateway would: with the token and the gateway signature. */
export async function callSubgraph<T = Record<string, unknown>>(
  url: string,
  request: { query: string; variables?: Record<string, unknown> },
  options: { token?: string; secret?: string; sign?: boolean; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify(request);
  const authorization = options.token ? `Bearer ${options.token}` : '';
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(authorization ? { authorization } : {}),
    ...(options.sign === false ? {} : signRequest(options.secret ?? TEST_SIGNING_SECRET, authorization, body)),
    ...options.headers,
  };
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
}
