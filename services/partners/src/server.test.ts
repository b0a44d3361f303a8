import { callSubgraph, demoUsers, signRequest, TEST_SIGNING_SECRET } from '@mentor/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPartners, type PartnersHarness } from './testing/harness.js';

const query = '#graphql\n{ organisations(first: 1) { totalCount } }';

describe('partners subgraph: only gateway-signed requests with a valid token', () => {
  let partners: PartnersHarness;
  let token: string;

  beforeAll(async () => {
    partners = await startPartners('partners_server', { youths: 2 });
    token = await partners.identities.token(demoUsers.caseworker!);
  });

  afterAll(async () => {
    await partners?.stop();
  });

  it('answers a signed request with a valid token', async () => {
    const response = await callSubgraph<{ organisations: { totalCount: number } }>(partners.server.url, { query }, { token });
    expect(response.status).toBe(200);
    expect(response.body.data?.organisations.totalCount).toBe(15);
  });

  it('refuses a request without the gateway signature', async () => {
    const response = await callSubgraph(partners.server.url, { query }, { token, sign: false });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.body.data).toBeUndefined();
  });

  it('refuses a request signed with another secret', async () => {
    const response = await callSubgraph(partners.server.url, { query }, { token, secret: `${TEST_SIGNING_SECRET}-other` });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a signed request without a token, or with a token from another issuer key', async () => {
    const withoutToken = await callSubgraph(partners.server.url, { query });
    expect(withoutToken.status).toBe(401);
    expect(withoutToken.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const forged = `${token.slice(0, -4)}AAAA`;
    const withForgedToken = await callSubgraph(partners.server.url, { query }, { token: forged });
    expect(withForgedToken.status).toBe(401);
    expect(withForgedToken.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a signed body replayed with another token', async () => {
    const body = JSON.stringify({ query });
    const other = await partners.identities.token(demoUsers.auditor!);
    const response = await fetch(partners.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${other}`, ...signRequest(TEST_SIGNING_SECRET, `Bearer ${token}`, body) },
      body,
    });
    expect(response.status).toBe(401);
  });

  it('keeps the health endpoints open', async () => {
    const base = partners.server.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthcheck`)).status).toBe(200);
    expect(await (await fetch(`${base}/readiness`)).json()).toEqual({ status: 'ready' });
  });
});
