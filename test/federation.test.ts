import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '@mentor/common';
import { demoOrder, demoUsers, demoYouth, TEST_AUDIENCE, TEST_ISSUER } from '@mentor/testkit';
import { exportJWK, generateKeyPair } from 'jose';
import { startTestStack, type TestStack } from './support/stack.js';

let system: TestStack;

const TARGET_GROUP = 'ACTIVITY_READY_CASH_BENEFIT';

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

  it("answers a request id of its own, and the client's beside it", async () => {
    const { headers } = await system.query('caseworker', '{ __typename }', undefined, { 'x-request-id': 'trace-abc-123' });
    expect(headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers.get('x-client-request-id')).toBe('trace-abc-123');
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

describe('relations replicated between subgraphs, through real calls', () => {
  const readName = `#graphql
    query StudentName($id: ID!) { youth(id: $id) { firstName } }
  `;

  it('an enrollment reported at the partners subgraph is mirrored in orders, where it lets the school see the student', async () => {
    const school = demoUsers.institution!;
    // A demo youth whose placed order is delivered at the school (only then may its staff enroll them), and who has left the school.
    const index = [...Array(40).keys()].find((i) => demoOrder(demoYouth(i)).institutionId === school.org && demoOrder(demoYouth(i)).status === 'ACTIVE')!;
    const youth = demoYouth(index);
    await system.databases.partners.query(`UPDATE enrollment SET status = 'COMPLETED', ended_on = start_date WHERE youth_id = $1 AND status = 'ACTIVE'`, [youth.id]);
    await system.databases.orders.query(`UPDATE youth SET institution_ids = '{}' WHERE id = $1`, [youth.id]);

    const enrolled = await system.query('institution', `#graphql
      mutation Enroll($input: EnrollYouthInput!) { enrollYouth(input: $input) { id status } }
    `, { input: { youthId: youth.id, institutionId: school.org, programme: 'Grundforløb 1, Data og kommunikation', startDate: '2026-08-10' } });
    expect(enrolled.body.errors).toBeUndefined();
    expect(enrolled.body.data?.enrollYouth.status).toBe('ACTIVE');

    const [mirrored] = await system.databases.orders.query(`SELECT institution_ids::text[] AS institution_ids FROM youth WHERE id = $1`, [youth.id]);
    expect(mirrored.institution_ids).toEqual([school.org]);
    const after = await system.query('institution', readName, { id: youth.id });
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data?.youth?.firstName).toEqual(expect.any(String));
  });

  it('a youth registered at the orders subgraph is known to the partners subgraph at once', async () => {
    const registered = await system.query('caseworker', `#graphql
      mutation Register($input: RegisterYouthInput!) { registerYouth(input: $input) { id } }
    `, {
      input: {
        firstName: 'Aisha',
        lastName: 'Nørgaard',
        cpr: '150305-4012',
        address: 'Nørrebrogade 12, 2200 København N',
        targetGroup: TARGET_GROUP,
        legalBasis: 'LAB § 31 b',
      },
    });
    expect(registered.body.errors).toBeUndefined();
    const id = registered.body.data!.registerYouth.id;
    // Partners decides from its own replica: without it the enrollments would be refused.
    const { body } = await system.query('caseworker', `#graphql
      query NewYouth($id: ID!) { youth(id: $id) { firstName enrollments { id } consents { id } } }
    `, { id });
    expect(body.errors).toBeUndefined();
    expect(body.data?.youth).toEqual({ firstName: 'Aisha', enrollments: [], consents: [] });
  });
});
