import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { createTokenVerifier, localKeySet, signToken, type Identity, type TokenRequest, type TokenVerifier } from '@mentor/common';
import { databaseUrl, dropDatabase, ensureDatabase } from '@mentor/common';
import { createLogger, type Logger } from '@mentor/common';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REQUEST_ID_HEADER, SIGNATURE_HEADER, signRequest, TIMESTAMP_HEADER, verifyRequestSignature } from '@mentor/common';
import { SERVICE_PRINCIPAL_HEADER, servicePrincipalHeaders, signServiceRequest, verifyServiceRequest, type ServiceName } from '@mentor/common';

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
  /** The response's headers, where the call went over HTTP. */
  headers?: Headers;
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
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<T>['body'] };
}

/** A call a signed stub accepted. */
export interface SignedCall {
  query: string;
  variables: Record<string, unknown>;
  authorization: string;
  requestId: string | undefined;
  /** The service that called as itself (a verified service principal); null for a call signed like the gateway's. */
  principal: ServiceName | null;
}

export interface SignedStub {
  url: string;
  /** Calls refused for a missing or wrong signature (or, for a service stub, from another service). */
  readonly refused: number;
  stop(): Promise<void>;
}

/** What a stub accepts: gateway-signed calls, service principal calls from one service, or both. */
interface StubAccepts {
  /** Accept calls signed like the gateway signs (a user's token). */
  gateway: boolean;
  /** Accept calls from this service as itself (`verifyServiceRequest`), none from any other. */
  service: ServiceName | null;
}

async function startStub(answer: (call: SignedCall) => unknown, secret: string, accepts: StubAccepts): Promise<SignedStub> {
  let refused = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const authorization = request.headers.authorization ?? '';
        response.setHeader('content-type', 'application/json');
        let principal: ServiceName | null = null;
        let ok: boolean;
        if (request.headers[SERVICE_PRINCIPAL_HEADER] !== undefined) {
          // A service as itself: only the named one, with a valid service signature (never a gateway one).
          const check = verifyServiceRequest(secret, servicePrincipalHeaders(request.headers), body);
          ok = accepts.service !== null && check.ok && check.service === accepts.service;
          if (check.ok) principal = check.service;
        } else {
          const check = verifyRequestSignature(
            secret,
            { signature: request.headers[SIGNATURE_HEADER] as string | undefined, timestamp: request.headers[TIMESTAMP_HEADER] as string | undefined, authorization },
            body,
          );
          ok = accepts.gateway && check.ok;
        }
        if (!ok) {
          refused++;
          response.statusCode = 401;
          response.end(JSON.stringify({ errors: [{ message: 'unsigned', extensions: { code: 'UNAUTHENTICATED' } }] }));
          return;
        }
        const { query, variables = {} } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
        const requestId = request.headers[REQUEST_ID_HEADER] as string | undefined;
        response.end(JSON.stringify(await answer({ query, variables, authorization, requestId, principal })));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    get refused() {
      return refused;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * For tests: a stand-in for another subgraph. It refuses, as a subgraph does, any request not
 * signed like the gateway signs (401 UNAUTHENTICATED), and answers the rest with `answer`'s body.
 * With `options.service`, it also accepts that service calling as itself (a valid
 * `verifyServiceRequest` signature, see `startServiceStub`): a peer that is both asked on a
 * user's behalf and replicated to.
 */
export async function startSignedStub(answer: (call: SignedCall) => unknown, secret = TEST_SIGNING_SECRET, options: { service?: ServiceName } = {}): Promise<SignedStub> {
  return startStub(answer, secret, { gateway: true, service: options.service ?? null });
}

/**
 * For tests: a stand-in for a subgraph that only `service` calls, as itself (an outbox relay
 * delivering). Anything but a valid `verifyServiceRequest` signature from that service — a
 * gateway-signed call with a user's token, another service, a wrong or stale signature — is
 * refused with 401 UNAUTHENTICATED and counted in `refused`.
 */
export async function startServiceStub(service: ServiceName, answer: (call: SignedCall) => unknown, secret = TEST_SIGNING_SECRET): Promise<SignedStub> {
  return startStub(answer, secret, { gateway: false, service });
}

/** Sends a GraphQL request to a subgraph as `service` calling as itself (a service principal, no user token). */
export async function callAsServicePrincipal<T = Record<string, unknown>>(
  url: string,
  service: ServiceName,
  request: { query: string; variables?: Record<string, unknown> },
  options: { secret?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify(request);
  const headers: Record<string, string> = { 'content-type': 'application/json', ...signServiceRequest(options.secret ?? TEST_SIGNING_SECRET, service, body), ...options.headers };
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<T>['body'] };
}

/** A URL nothing listens on: a server is started for a free port and closed again. */
export async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/graphql`;
}

/** For tests: a logger like the services' own (with its redaction) that keeps the lines it writes. */
export function recordingLogger(service: string): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger(service, 'info', { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { log, lines };
}
