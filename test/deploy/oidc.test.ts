import { createHash, randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, readEnvironment, verifierFromEnvironment } from '@mentor/common';
import { demoUsers } from '@mentor/testkit';
import { startIdentityProvider, type RunningIdentityProvider } from '@mentor/stack/identity-provider';
import { startTestStack, type TestStack } from '../support/stack.js';

const CLIENT = 'mentor-web';
const REDIRECT = 'http://127.0.0.1:4000/';
const base64url = (bytes: Buffer) => bytes.toString('base64url');

async function signingKey(kid: string): Promise<JWK> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg: 'ES256', use: 'sig' };
}

/** The browser's part of the authorization code flow with PKCE, by hand: follows redirects with a cookie jar and signs in as `user`. */
async function signIn(issuer: string, user: string): Promise<{ access_token: string; id_token: string; loginPage: string }> {
  const cookies = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') } });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return response;
  };
  const verifier = base64url(randomBytes(32));
  const challenge = base64url(createHash('sha256').update(verifier).digest());
  const state = base64url(randomBytes(8));
  const authorize = new URL(`${issuer}/auth`);
  for (const [key, value] of Object.entries({ client_id: CLIENT, response_type: 'code', redirect_uri: REDIRECT, scope: 'openid profile', code_challenge: challenge, code_challenge_method: 'S256', state })) {
    authorize.searchParams.set(key, value);
  }
  let response = await send(authorize.href);
  let loginPage = '';
  for (let hop = 0; hop < 10; hop++) {
    const location = response.headers.get('location');
    if (location?.startsWith(REDIRECT)) break;
    if (response.status === 200) {
      loginPage = await response.text();
      const action = /action="([^"]+)"/.exec(loginPage)![1]!;
      response = await send(new URL(action, issuer).href, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ bruger: user }).toString() });
      continue;
    }
    expect(location, `hop ${hop}: status ${response.status}`).toBeTruthy();
    response = await send(new URL(location!, issuer).href);
  }
  const back = new URL(response.headers.get('location')!);
  expect(back.searchParams.get('state')).toBe(state);
  const code = back.searchParams.get('code');
  expect(code).toBeTruthy();
  const token = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code: code!, redirect_uri: REDIRECT, client_id: CLIENT, code_verifier: verifier }).toString(),
  });
  const tokens = (await token.json()) as { access_token: string; id_token: string; error?: string };
  expect(tokens.error).toBeUndefined();
  return { ...tokens, loginPage };
}

describe('sign-in through a real OpenID provider, tokens verified against its JWKS', () => {
  let provider: RunningIdentityProvider;
  let stack: TestStack;
  let port: number;
  let issuer: string;
  const first = signingKey('first');

  const startProvider = async (keys: JWK[]) =>
    startIdentityProvider({ issuer, port, audience: 'mentor-network', client: { id: CLIENT, redirectUris: [REDIRECT], postLogoutRedirectUris: [REDIRECT] }, keys });

  beforeAll(async () => {
    port = await freePort();
    issuer = `http://127.0.0.1:${port}`;
    provider = await startProvider([await first]);
    const verifyToken = await verifierFromEnvironment(readEnvironment({ AUTH_JWKS_URL: provider.jwksUrl, AUTH_ISSUER: issuer, AUTH_AUDIENCE: 'mentor-network' }));
    stack = await startTestStack({ youths: 10, verifyToken });
  });
  afterAll(async () => {
    await stack?.stop();
    await provider?.stop();
  });

  it('a caseworker signs in on the Danish page with code and PKCE, and the gateway serves their unit', async () => {
    const { access_token, loginPage } = await signIn(issuer, 'caseworker');
    expect(loginPage).toContain('<html lang="da">');
    expect(loginPage).toContain('Log ind');
    const claims = JSON.parse(Buffer.from(access_token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ iss: issuer, aud: 'mentor-network', sub: demoUsers.caseworker!.sub, org: demoUsers.caseworker!.org, roles: ['CASEWORKER'] });
    const answer = await stack.query({ token: access_token }, '{ orders(first: 3) { totalCount edges { node { youth { firstName } } } } }');
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.orders.totalCount).toBeGreaterThan(0);
    // The ID token is for the web view, not the API.
    const { id_token } = await signIn(issuer, 'caseworker');
    expect((await stack.query({ token: id_token }, '{ orders(first: 1) { totalCount } }')).status).toBe(401);
  });

  it('tells the web view which provider and client to sign in with', async () => {
    const response = await fetch(new URL('/auth/config', stack.stack.gateway.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ issuer: 'http://localhost:4005', clientId: 'mentor-web', scope: 'openid profile' });
  });

  it('refuses a flow without PKCE', async () => {
    const authorize = new URL(`${issuer}/auth`);
    for (const [key, value] of Object.entries({ client_id: CLIENT, response_type: 'code', redirect_uri: REDIRECT, scope: 'openid' })) authorize.searchParams.set(key, value);
    const response = await fetch(authorize, { redirect: 'manual' });
    const location = new URL(response.headers.get('location') ?? REDIRECT);
    expect(location.searchParams.get('error')).toBe('invalid_request');
  });

  it('follows the provider’s key rotation without a restart', async () => {
    await provider.stop();
    provider = await startProvider([await signingKey('second'), await first]);
    const { access_token } = await signIn(issuer, 'institution');
    expect(JSON.parse(Buffer.from(access_token.split('.')[0]!, 'base64url').toString()).kid).toBe('second');
    // The gateway fetches the key set again for the unknown key (at most every 5 s).
    await expect.poll(async () => (await stack.query({ token: access_token }, '{ institutions(first: 1) { totalCount } }')).status, { timeout: 15_000, interval: 500 }).toBe(200);
  });
});
