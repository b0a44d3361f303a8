import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, signToken, TEST_AUDIENCE, TEST_ISSUER } from '@mentor/common';
import { exportJWK, generateKeyPair } from 'jose';
import { startTestStack, type TestStack } from './support/stack.js';

let system: TestStack;

beforeAll(async () => {
  system = await startTestStack({ youths: 40 });
});

afterAll(async () => {
  await system?.stop();
});

const dashboard = /* GraphQL */ `#graphql
  query Dashboard {
    orders(first: 20) {
      totalCount
      edges {
        node {
          reference
          status
          youth { firstName }
          mentor { name }
          provider { name }
          institution { name }
        }
      }
    }
  }
`;

describe('the federation through the gateway', () => {
  it("joins a caseworker's orders across all three subgraphs in one response", async () => {
    const { status, body } = await system.query('caseworker', dashboard);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const orders = body.data!.orders;
    expect(orders.edges.length).toBeGreaterThan(0);
    expect(orders.edges.length).toBeLessThanOrEqual(20);
    for (const { node } of orders.edges) {
      expect(node.reference).toMatch(/^ORD-\d{4}-\d{6}$/);
      expect(node.youth.firstName).toEqual(expect.any(String));
      expect(node.provider.name).toEqual(expect.any(String));
      expect(node.institution.name).toEqual(expect.any(String));
    }
    // Some orders have a mentor (from the mentors subgraph), resolved by name.
    expect(orders.edges.some(({ node }: { node: { mentor: { name: string } | null } }) => node.mentor?.name)).toBe(true);
  });

  it('answers a request id and passes it along', async () => {
    const { headers } = await system.query('caseworker', '{ __typename }', undefined, { 'x-request-id': 'trace-abc-123' });
    expect(headers.get('x-request-id')).toBe('trace-abc-123');
  });
});

describe('identity at the gateway', () => {
  const probe = '{ orders(first: 1) { totalCount } }';

  it('refuses a request without a token', async () => {
    const { status, body } = await system.query(null, probe);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data ?? null).toBeNull();
  });

  it('refuses an expired token', async () => {
    // Signed by the trusted test key, but its lifetime has already passed.
    const expired = await system.identity.token({ ...demoUsers.caseworker!, expiresIn: -60 });
    const { status, body } = await system.query({ token: expired }, probe);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed by another key', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const foreign = await signToken({ ...(await exportJWK(privateKey)), alg: 'ES256', kid: 'other' }, demoUsers.caseworker!, { AUTH_ISSUER: TEST_ISSUER, AUTH_AUDIENCE: TEST_AUDIENCE });
    const { status, body } = await system.query({ token: foreign }, probe);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves health and readiness without a token', async () => {
    const base = system.stack.gateway.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthcheck`)).status).toBe(200);
    expect((await fetch(`${base}/readiness`)).status).toBe(200);
  });
});
