import { describe, expect, it } from 'vitest';
import { exportJWK, exportSPKI, generateKeyPair, importJWK, SignJWT, UnsecuredJWT } from 'jose';
import { createTestIdentityProvider, TEST_AUDIENCE, TEST_ISSUER } from '@mentor/testkit';
import { createTokenVerifier, localKeySet, signToken } from './auth.js';
import type { JWTVerifyGetKey } from 'jose';

const mentor = { sub: 'user-1', roles: ['MENTOR' as const], org: 'provider-1', name: 'Mette' };

async function refusal(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
}

describe('token verification', () => {
  it('accepts a token from the trusted key and reads the claims', async () => {
    const idp = await createTestIdentityProvider();
    await expect(idp.verifyToken(await idp.token(mentor))).resolves.toEqual(mentor);
  });

  it('refuses alg none, HS256 signed with the public key, and wrong issuer, audience, key or times', async () => {
    const idp = await createTestIdentityProvider();
    const now = Math.floor(Date.now() / 1000);
    const claims = { roles: ['MENTOR'], org: 'provider-1' };
    const unsigned = new UnsecuredJWT(claims).setSubject('user-1').setIssuer(TEST_ISSUER).setAudience(TEST_AUDIENCE).setExpirationTime(now + 60).encode();
    // The classic confusion attack: the public key, which anyone has, used as an HMAC secret.
    const publicPem = await exportSPKI((await importJWK(idp.publicJwk, 'ES256', { extractable: true })) as Parameters<typeof exportSPKI>[0]);
    const hs256 = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid: idp.publicJwk.kid })
      .setSubject('user-1')
      .setIssuer(TEST_ISSUER)
      .setAudience(TEST_AUDIENCE)
      .setExpirationTime(now + 60)
      .sign(new TextEncoder().encode(publicPem));
    const other = await generateKeyPair('ES256', { extractable: true });
    const foreign = await signToken({ ...(await exportJWK(other.privateKey)), alg: 'ES256', kid: idp.publicJwk.kid }, mentor, { AUTH_ISSUER: TEST_ISSUER, AUTH_AUDIENCE: TEST_AUDIENCE });
    const wrongIssuer = await signToken(idp.privateJwk, mentor, { AUTH_ISSUER: 'https://evil.example', AUTH_AUDIENCE: TEST_AUDIENCE });
    const wrongAudience = await signToken(idp.privateJwk, mentor, { AUTH_ISSUER: TEST_ISSUER, AUTH_AUDIENCE: 'another-app' });
    const unknownKid = await signToken({ ...idp.privateJwk, kid: 'unknown' }, mentor, { AUTH_ISSUER: TEST_ISSUER, AUTH_AUDIENCE: TEST_AUDIENCE });
    const expired = await idp.token({ ...mentor, expiresIn: -30 });
    const notYetValid = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: idp.privateJwk.kid })
      .setSubject('user-1')
      .setIssuer(TEST_ISSUER)
      .setAudience(TEST_AUDIENCE)
      .setNotBefore(now + 3600)
      .setExpirationTime(now + 7200)
      .sign(await importJWK(idp.privateJwk, 'ES256'));
    for (const token of [unsigned, hs256, foreign, wrongIssuer, wrongAudience, unknownKid, expired, notYetValid]) {
      expect(await refusal(idp.verifyToken(token))).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a token without roles this system knows', async () => {
    const idp = await createTestIdentityProvider();
    const token = await idp.token({ ...mentor, roles: ['ADMIN' as never] });
    expect(await refusal(idp.verifyToken(token))).toBe('UNAUTHENTICATED');
  });
});

describe('remembering verified tokens', () => {
  /** A verifier over the test key whose key lookups are counted, with a clock the test moves. */
  async function setUp(options: { rememberTokens?: number } = {}) {
    const idp = await createTestIdentityProvider();
    const keySet = localKeySet({ keys: [idp.publicJwk] });
    let lookups = 0;
    let withdrawn = false;
    const keys: JWTVerifyGetKey = async (header, token) => {
      lookups++;
      if (withdrawn) throw new Error('no such key');
      return keySet(header, token);
    };
    const clock = { at: Date.now() };
    const verify = createTokenVerifier({ issuer: TEST_ISSUER, audience: TEST_AUDIENCE, keys, now: () => clock.at, ...options });
    return { idp, verify, clock, lookups: () => lookups, withdraw: () => (withdrawn = true) };
  }

  it('checks the signature of a token once, and of every other token on its own', async () => {
    const { idp, verify, lookups } = await setUp();
    const token = await idp.token(mentor);
    await expect(verify(token)).resolves.toEqual(mentor);
    await expect(verify(token)).resolves.toEqual(mentor);
    expect(lookups()).toBe(1);
    const other = await idp.token({ ...mentor, sub: 'user-2' });
    await expect(verify(other)).resolves.toEqual({ ...mentor, sub: 'user-2' });
    expect(lookups()).toBe(2);
  });

  it('refuses a remembered token from the moment it expires', async () => {
    const { idp, verify, clock } = await setUp();
    const token = await idp.token({ ...mentor, expiresIn: 30 });
    const expiresAt = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).exp * 1000;
    await expect(verify(token)).resolves.toEqual(mentor);
    clock.at = expiresAt - 1;
    await expect(verify(token)).resolves.toEqual(mentor);
    clock.at = expiresAt;
    expect(await refusal(verify(token))).toBe('UNAUTHENTICATED');
  });

  it('checks again after a minute, so a key withdrawn from the key set stops counting', async () => {
    const { idp, verify, clock, withdraw } = await setUp();
    const token = await idp.token({ ...mentor, expiresIn: 3600 });
    await expect(verify(token)).resolves.toEqual(mentor);
    withdraw();
    clock.at += 59_000;
    await expect(verify(token)).resolves.toEqual(mentor);
    clock.at += 1_000;
    expect(await refusal(verify(token))).toBe('UNAUTHENTICATED');
  });

  it('does not accept a changed token because its original was remembered', async () => {
    const { idp, verify } = await setUp();
    const token = await idp.token(mentor);
    await verify(token);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const elevated = `${header}.${Buffer.from(JSON.stringify({ ...claims, roles: ['CASEWORKER'] })).toString('base64url')}.${signature}`;
    expect(await refusal(verify(elevated))).toBe('UNAUTHENTICATED');
  });

  it('keeps at most the configured number, forgetting the oldest first', async () => {
    const { idp, verify, lookups } = await setUp({ rememberTokens: 2 });
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((sub) => idp.token({ ...mentor, sub })));
    for (const token of [a, b, c]) await verify(token!);
    expect(lookups()).toBe(3);
    await verify(c!);
    await verify(b!);
    expect(lookups()).toBe(3);
    await verify(a!);
    expect(lookups()).toBe(4);
  });

  it('hands out a copy: a caller that changes its identity changes nobody else\'s', async () => {
    const { idp, verify } = await setUp();
    const token = await idp.token(mentor);
    const first = await verify(token);
    first.roles.push('CASEWORKER');
    first.org = 'another-org';
    await expect(verify(token)).resolves.toEqual(mentor);
  });
});
