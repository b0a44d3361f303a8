import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort, loadDevelopmentKey, readEnvironment, signToken, verifierFromEnvironment } from '@mentor/common';
import { demoUsers } from '@mentor/testkit';
import { startIdentityProvider, type RunningIdentityProvider } from '@mentor/stack/identity-provider';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startTestStack, type TestStack } from '../support/stack.js';
import { accessibilityProblems, browserAvailable, launchBrowser } from './browser.js';

vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 50 } } });

/** Staff sign in as they would in a municipality: through the identity provider's page, with code and PKCE, never a pasted token. */
describe.skipIf(!browserAvailable)('sign-in through the OpenID provider in a browser', () => {
  let system: TestStack;
  let provider: RunningIdentityProvider;
  let browser: Browser;
  let base: string;
  let dataDir: string;
  /** A token the stack accepts: signed with the provider's key, for checking through the API. */
  let apiToken: string;

  beforeAll(async () => {
    const port = await freePort();
    const issuer = `http://127.0.0.1:${port}`;
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentor-sign-in-'));
    const env = readEnvironment({ DATA_DIR: dataDir, AUTH_JWKS_URL: `${issuer}/jwks`, AUTH_ISSUER: issuer, AUTH_AUDIENCE: 'mentor-network' });
    [system, browser] = await Promise.all([
      startTestStack({ youths: 20, verifyToken: await verifierFromEnvironment(env), signIn: { issuer, clientId: 'mentor-web', scope: 'openid profile' } }),
      launchBrowser(),
    ]);
    base = system.stack.gateway.url.replace(/\/graphql$/, '');
    const { privateJwk } = await loadDevelopmentKey(readEnvironment({ DATA_DIR: dataDir }));
    apiToken = await signToken(privateJwk, demoUsers.caseworker!, { AUTH_ISSUER: issuer, AUTH_AUDIENCE: 'mentor-network' });
    // Short-lived access tokens, so the test sees one expire and the page sign in again.
    provider = await startIdentityProvider({
      issuer,
      port,
      audience: 'mentor-network',
      client: { id: 'mentor-web', redirectUris: [`${base}/`], postLogoutRedirectUris: [`${base}/`] },
      keys: [privateJwk],
      accessTokenSeconds: 8,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await provider?.stop();
    await system?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('a caseworker signs in on the provider’s Danish page, works in their unit, and signs out at the provider', async () => {
    // The page's own content security policy applies: it must let the page reach the provider.
    const context = await browser.newContext({ locale: 'da-DK' });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(base);
    await page.getByTestId('sign-in-provider').click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByLabel(demoUsers.caseworker!.name).check();
    await page.getByRole('button', { name: 'Log ind' }).click();

    await page.waitForURL((url) => url.origin === new URL(base).origin);
    await expect.poll(() => page.getByTestId('who').textContent()).toContain(demoUsers.caseworker!.name);
    // The code is spent and gone from the address bar; the unit's youths are on the page, as the API gives them.
    expect(new URL(page.url()).search).toBe('');
    const { body } = await system.query({ token: apiToken }, '{ youths(first: 1) { edges { node { firstName lastName } } } }');
    const youth = body.data!.youths.edges[0].node as { firstName: string; lastName: string };
    await expect.poll(() => page.locator('main').textContent()).toContain(`${youth.firstName} ${youth.lastName}`);
    expect(refused).toEqual([]);

    // When the access token expires the page goes through the provider again, whose session makes
    // it two redirects and no form: a new token, and the caseworker is still at work.
    const first = await page.evaluate(() => sessionStorage.getItem('token'));
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem('token')), { timeout: 30_000, interval: 500 }).not.toBe(first);
    await expect.poll(() => page.getByTestId('who').textContent()).toContain(demoUsers.caseworker!.name);
    expect(await page.evaluate(() => sessionStorage.getItem('token'))).toBeTruthy();

    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL((url) => url.origin === new URL(base).origin);
    await expect.poll(() => page.getByTestId('sign-in-provider').count()).toBe(1);
    expect(await page.getByTestId('who').count()).toBe(0);
    await context.close();
  });
});
