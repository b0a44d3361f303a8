import { describe, expect, it } from 'vitest';
import { importJWK, SignJWT } from 'jose';
import { createTestIdentityProvider, TEST_AUDIENCE, TEST_ISSUER } from '@mentor/testkit';
import { createTokenVerifier, localKeySet } from './auth.js';

describe('claim names are configuration', () => {
  it('reads roles, unit and name where the identity provider puts them, nested or space-separated', async () => {
    const idp = await createTestIdentityProvider();
    const key = await importJWK(idp.privateJwk, 'ES256');
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: idp.privateJwk.kid }).setSubject('user-7').setIssuer(TEST_ISSUER).setAudience(TEST_AUDIENCE).setExpirationTime('5m').sign(key);
    const verify = createTokenVerifier({
      issuer: TEST_ISSUER,
      audience: TEST_AUDIENCE,
      keys: localKeySet({ keys: [idp.publicJwk] }),
      claims: { roles: 'realm_access.roles', org: 'mentor.unit', name: 'given_name' },
    });
    await expect(verify(await sign({ realm_access: { roles: ['CASEWORKER', 'offline_access'] }, mentor: { unit: 'unit-1' }, given_name: 'Hanne' }))).resolves.toEqual({
      sub: 'user-7',
      roles: ['CASEWORKER'],
      org: 'unit-1',
      name: 'Hanne',
    });
    await expect(verify(await sign({ realm_access: { roles: 'MENTOR YOUTH_GUIDE' }, mentor: { unit: 'unit-2' } }))).resolves.toMatchObject({ roles: ['MENTOR', 'YOUTH_GUIDE'], name: '' });
    // The default names do not count under other names: a token must carry the claims where configured.
    await expect(verify(await sign({ roles: ['CASEWORKER'], org: 'unit-1' }))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
