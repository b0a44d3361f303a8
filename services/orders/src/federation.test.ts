import { callSubgraph, demoId, demoOrder, demoProviders, demoUsers, demoYouth, TEST_SIGNING_SECRET } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHarness, type OrdersHarness } from './testing/harness.js';

const ENTITIES = `#graphql
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Youth { id firstName lastName caseworkerUnitId youthGuideId orders { totalCount edges { node { id } } } }
      ... on Order { id reference status youth { id } provider { id } mentor { id } institution { id } weeklyHours weeks totalHours }
      ... on Provider { id orders(first: 50) { totalCount edges { node { id } } } }
      ... on Mentor { id orders(first: 50) { totalCount edges { node { id status } } } }
      ... on Institution { id orders(first: 50) { totalCount edges { node { id } } } }
    }
  }
`;

type Entity = Record<string, unknown> & { __typename: string; id: string };

const caseworker = demoUsers.caseworker!;
const frederiksberg = demoUsers['caseworker-frb']!;
const unknownId = demoId('youth', 'nobody');

let harness: OrdersHarness;

beforeAll(async () => {
  harness = await startHarness('orders_federation', { youths: 24 });
});

afterAll(async () => {
  await harness?.stop();
});

async function entities(identity: typeof caseworker, representations: Record<string, unknown>[]) {
  const response = await harness.call<{ _entities: (Entity | null)[] }>(identity, ENTITIES, { representations });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!._entities;
}

describe('_entities', () => {
  test('resolves a Youth by id, with its orders, and null for an unknown or unseen id', async () => {
    const youth = demoYouth(0);
    const [found, unknown, otherUnit] = await entities(caseworker, [
      { __typename: 'Youth', id: youth.id },
      { __typename: 'Youth', id: unknownId },
      { __typename: 'Youth', id: demoYouth(9).id },
    ]);
    expect(found).toMatchObject({ __typename: 'Youth', id: youth.id, caseworkerUnitId: youth.caseworkerUnitId, youthGuideId: youth.youthGuideId });
    expect(found!.firstName).toEqual(expect.any(String));
    expect(found!.orders).toEqual({ totalCount: 1, edges: [{ node: { id: demoOrder(youth).id } }] });
    expect(unknown).toBeNull();
    // Youth 9 belongs to Frederiksberg: to a Copenhagen caseworker it looks exactly like a missing one.
    expect(otherUnit).toBeNull();
    const [seenByOwnUnit] = await entities(frederiksberg, [{ __typename: 'Youth', id: demoYouth(9).id }]);
    expect(seenByOwnUnit).toMatchObject({ id: demoYouth(9).id });
  });

  test('resolves an Order by id with its references, and null for an unknown id', async () => {
    const order = demoOrder(demoYouth(1));
    const [found, unknown] = await entities(caseworker, [
      { __typename: 'Order', id: order.id },
      { __typename: 'Order', id: demoId('order', 'nothing') },
    ]);
    expect(found).toMatchObject({
      __typename: 'Order',
      id: order.id,
      status: order.status,
      youth: { id: order.youthId },
      provider: { id: order.providerId },
      mentor: order.mentorId ? { id: order.mentorId } : null,
      institution: { id: order.institutionId },
    });
    expect(found!.reference).toBe('ORD-' + String(found!.reference).slice(4, 8) + '-000002');
    expect(found!.totalHours).toBeCloseTo((found!.weeklyHours as number) * (found!.weeks as number), 2);
    expect(unknown).toBeNull();
  });

  test('contributes Provider.orders, scoped to the caller', async () => {
    const provider = demoUsers.provider!;
    const youths = Array.from({ length: 24 }, (_, index) => demoYouth(index));
    // Placed with the provider: a DRAFT is not theirs.
    const expected = youths.map(demoOrder).filter((order) => order.providerId === provider.org && order.status !== 'DRAFT');
    const [asProvider] = await entities(provider, [{ __typename: 'Provider', id: provider.org }]);
    const orders = asProvider!.orders as { totalCount: number; edges: { node: { id: string } }[] };
    expect(orders.totalCount).toBe(expected.length);
    expect(new Set(orders.edges.map((edge) => edge.node.id))).toEqual(new Set(expected.map((order) => order.id)));
    // The Frederiksberg caseworker sees only the orders of their own youths with a provider.
    const otherProvider = demoProviders[1]!.id;
    const [asFrederiksberg] = await entities(frederiksberg, [{ __typename: 'Provider', id: otherProvider }]);
    const ownUnit = youths.filter((youth) => youth.caseworkerUnitId === frederiksberg.org && demoOrder(youth).providerId === otherProvider);
    expect(ownUnit.length).toBeGreaterThan(0);
    expect(asFrederiksberg!.orders).toMatchObject({ totalCount: ownUnit.length });
  });

  test('contributes Mentor.orders: a mentor sees only their active or recently ended orders', async () => {
    const mentor = demoUsers.mentor!;
    const [asMentor] = await entities(mentor, [{ __typename: 'Mentor', id: mentor.sub }]);
    const rows: { id: string }[] = await harness.db.query(
      `SELECT id FROM mentor_order WHERE mentor_id = $1 AND (status = 'ACTIVE' OR (status IN ('COMPLETED', 'CANCELLED') AND closed_at > now() - interval '30 days'))`,
      [mentor.sub],
    );
    expect(rows.length).toBeGreaterThan(0);
    const orders = asMentor!.orders as { totalCount: number; edges: { node: { id: string; status: string } }[] };
    expect(orders.totalCount).toBe(rows.length);
    expect(new Set(orders.edges.map((edge) => edge.node.id))).toEqual(new Set(rows.map((row) => row.id)));
    // Another mentor's orders are not theirs to list.
    const other = demoOrder(demoYouth(1)).mentorId!;
    const [otherMentor] = await entities(mentor, [{ __typename: 'Mentor', id: other }]);
    expect(otherMentor).toMatchObject({ id: other, orders: { totalCount: other === mentor.sub ? rows.length : 0 } });
  });

  test('contributes Institution.orders for institution staff of that institution only', async () => {
    const staff = demoUsers.institution!;
    const expected = Array.from({ length: 24 }, (_, index) => demoOrder(demoYouth(index))).filter((order) => order.institutionId === staff.org);
    const [own, other] = await entities(staff, [
      { __typename: 'Institution', id: staff.org },
      { __typename: 'Institution', id: demoYouth(1).institutionId },
    ]);
    expect(own).toMatchObject({ orders: { totalCount: expected.length } });
    expect(other).toMatchObject({ id: demoYouth(1).institutionId, orders: { totalCount: 0, edges: [] } });
  });
});

describe('the gateway boundary', () => {
  const query = '#graphql\n{ orders { totalCount } }';

  test('refuses a request without the gateway signature', async () => {
    const token = await harness.token(caseworker);
    const response = await callSubgraph(harness.server.url, { query }, { token, sign: false });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.body.data).toBeUndefined();
  });

  test('refuses a request signed with another secret', async () => {
    const token = await harness.token(caseworker);
    const response = await callSubgraph(harness.server.url, { query }, { token, secret: `${TEST_SIGNING_SECRET}-other` });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('refuses a signed request without a token', async () => {
    const response = await callSubgraph(harness.server.url, { query });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('answers a signed request with a valid token', async () => {
    const response = await harness.call<{ orders: { totalCount: number } }>(caseworker, query);
    expect(response.status).toBe(200);
    expect(response.body.data?.orders.totalCount).toBe(Array.from({ length: 24 }, (_, index) => demoYouth(index)).filter((youth) => youth.caseworkerUnitId === caseworker.org).length);
  });
});
