import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoYouth, demoProviders, orderableInstitutions } from '@mentor/testkit';
import { ApiError, createCaseworkerClient, type CaseworkerClient } from '@mentor/caseworker-client';
import { startTestStack, type TestStack } from '../support/stack.js';

let system: TestStack;
let client: CaseworkerClient;
const sentRequestIds: string[] = [];

beforeAll(async () => {
  system = await startTestStack({ youths: 12 });
  let counter = 0;
  client = createCaseworkerClient({
    url: system.stack.gateway.url,
    token: () => system.token('caseworker'),
    requestId: () => {
      const id = `client-test-${++counter}`;
      sentRequestIds.push(id);
      return id;
    },
  });
});

afterAll(async () => {
  await system?.stop();
});

describe('the caseworker client', () => {
  it("pages through the unit's youths", async () => {
    const first = await client.youths({ first: 3 });
    expect(first.edges).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await client.youths({ first: 3, after: first.pageInfo.endCursor });
    expect(second.edges[0]!.node.id).not.toBe(first.edges[0]!.node.id);
    expect(first.edges[0]!.node.cpr).toMatch(/^\d{6}-\d{4}$/);
  });

  it("reads an order's full picture", async () => {
    const orders = await client.orders({ first: 5, status: 'ACTIVE' });
    const order = await client.order(orders.edges[0]!.node.id);
    expect(order?.reference).toBe(orders.edges[0]!.node.reference);
    expect(order?.youth?.firstName).toEqual(expect.any(String));
    expect(order?.institution.name).toEqual(expect.any(String));
    expect(order?.weeklyReconciliation.length).toBeGreaterThan(0);
  });

  it('throws BAD_USER_INPUT with the field and rule, and the request id', async () => {
    const error = await client
      .placeOrder({
        youthId: demoYouth(0).id,
        providerId: demoProviders[0]!.id,
        institutionId: orderableInstitutions[0]!.id,
        goalKind: 'EDUCATION',
        goal: 'Gennemføre grundforløbet',
        tasks: ['Støtte til fremmøde'],
        requestedActivities: [demoProviders[0]!.activities[0]!],
        weeklyHours: 5,
        weeks: 13,
        startDate: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
        deliveryMunicipalityCode: '101',
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('BAD_USER_INPUT');
    expect((error as ApiError).field).toMatch(/weeklyHours/);
    // The id the gateway answered, which keys the request's audit records; the client's own is kept beside it.
    expect((error as ApiError).requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect((error as ApiError).requestId).not.toBe(sentRequestIds.at(-1));
  });

  it('throws UNAUTHENTICATED for a bad token', async () => {
    const stranger = createCaseworkerClient({ url: system.stack.gateway.url, token: 'not-a-token' });
    await expect(stranger.dueList()).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
  });
});

describe('outside production', () => {
  it('accepts a document that is not registered', async () => {
    const { status, body } = await system.query('caseworker', '{ orders(first: 1) { totalCount } }');
    expect(status).toBe(200);
    expect(body.data!.orders.totalCount).toBeGreaterThan(0);
  });
});
