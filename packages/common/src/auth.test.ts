import { describe, expect, it } from 'vitest';
import { exportJWK, exportSPKI, generateKeyPair, importJWK, SignJWT, UnsecuredJWT } from 'jose';
import { createTestIdentityProvider, TEST_AUDIENCE, TEST_ISSUER } from './testing.js';
import { signToken } from './auth.js';

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
    const publicPem = await exportSPKI((await importJWK(idp.publicJwk, 'ES256', { extractable: true })) as CryptoKey);
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
