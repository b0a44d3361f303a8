import { signRequest, statementsIssuedBy, STATEMENTS_HEADER, type TokenRequest } from '@mentor/common';
import { callSubgraph, demoUsers, demoYouth, TEST_SIGNING_SECRET } from '@mentor/testkit';
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

describe('the statements header', () => {
  let partners: PartnersHarness;

  beforeAll(async () => {
    partners = await startPartners('partners_statements', { youths: 20 });
  });

  afterAll(async () => {
    await partners?.stop();
  });

  const requests: { caller: TokenRequest; query: string; variables: Record<string, unknown> }[] = [
    { caller: demoUsers.caseworker!, query, variables: {} },
    {
      caller: demoUsers.institution!,
      query: '#graphql\nquery S($id: ID!) { institution(id: $id) { enrollments(first: 20) { edges { node { programme youth { id } } } } } }',
      variables: { id: demoUsers.institution!.org },
    },
    {
      caller: demoUsers.caseworker!,
      query: '#graphql\nquery Y($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { enrollments { programme } consents { scope } } } }',
      variables: { r: [0, 1, 2].map((index) => ({ __typename: 'Youth', id: demoYouth(index).id })) },
    },
  ];

  async function send({ caller, query: text, variables }: (typeof requests)[number]): Promise<number> {
    const response = await partners.call(caller, text, variables);
    expect(response.body.errors).toBeUndefined();
    return Number(response.headers!.get(STATEMENTS_HEADER));
  }

  it("counts each request's own statements, the audit INSERT included, also while others run", async () => {
    const alone: number[] = [];
    for (const request of requests) {
      const before = statementsIssuedBy(partners.db);
      alone.push(await send(request));
      expect(alone.at(-1)).toBe(statementsIssuedBy(partners.db) - before);
    }
    expect(new Set(alone).size).toBe(requests.length);
    // The organisations count reads no personal data; the other two write audit records.
    const writesAudit = [false, true, true];
    const before = statementsIssuedBy(partners.db);
    const together = await Promise.all(Array.from({ length: 12 }, (_, index) => send(requests[index % requests.length]!)));
    // Every statement is counted once, on the request that issued it: an audit INSERT that requests
    // finishing together share is counted on the first of them, so the others count one fewer.
    expect(together.reduce((sum, count) => sum + count, 0)).toBe(statementsIssuedBy(partners.db) - before);
    together.forEach((count, index) => {
      const own = alone[index % requests.length]!;
      expect(count).toBeLessThanOrEqual(own);
      expect(count).toBeGreaterThanOrEqual(writesAudit[index % requests.length] ? own - 1 : own);
    });
  });

  it('counts the statements of a mutation, its transaction included', async () => {
    const before = statementsIssuedBy(partners.db);
    const statements = await send({
      caller: demoUsers.caseworker!,
      query: '#graphql\nmutation R($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }',
      variables: { input: { kind: 'MUNICIPAL_UNIT', name: 'Jobcenter Hvidovre', cvr: '11863418', municipalityCode: '167', idempotencyKey: 'statements-header' } },
    });
    expect(statements).toBe(statementsIssuedBy(partners.db) - before);
    expect(statements).toBeGreaterThan(2);
  });
});
