import type DataLoader from 'dataloader';
import { AuditTrail, readPage, type Identity } from '@mentor/common';
import { demoId, demoUsers } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Context } from './context.js';
import { maySeeYouthField, relatesToYouth, youthFactsNeeds, youthFieldGroups, type YouthFacts, type YouthFieldGroup } from './access/index.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Peers } from './replication.js';
import { DueList } from './resolvers/DueList.js';
import { createQuery } from './resolvers/Query.js';
import { startHarness, type OrdersHarness } from './testing/harness.js';

/**
 * The statements that read youth and order rows select the rows' permission facts too and prime
 * the facts loaders with them. Primed facts must be exactly what the facts loaders read by id:
 * unscoped relations, every order of the youth (also ones the caller cannot see), the consent in
 * force today, and whether an order closed within the mentor's grace period.
 */

const caseworker = demoUsers.caseworker!;
const provider = demoUsers.provider!;
/** A caller whose relations are decided from every fact there is: a youth's orders (as a provider) and its consents (as a social worker). */
const readsEveryFact: Identity = { ...provider, roles: ['PROVIDER_COORDINATOR', 'SOCIAL_WORKER'] };
const query = createQuery({} as Peers);

let harness: OrdersHarness;
/** A youth of the provider's and the caseworker's, given three orders at two providers: open, closed last week, closed long ago. */
let shaped: { youthId: string; providerOrder: string; otherProviderOrder: string; closedLongAgo: string };
/** A youth whose consent to share with the social services was withdrawn yesterday. */
let withdrawn: string;

beforeAll(async () => {
  harness = await startHarness('orders_facts', { youths: 60 });
  const { db } = harness;
  const [youth] = (await db.query(
    `SELECT o.id, o.youth_id FROM mentor_order o JOIN youth y ON y.id = o.youth_id WHERE o.provider_id = $1 AND y.caseworker_unit_id = $2 ORDER BY o.reference LIMIT 1`,
    [provider.org, caseworker.org],
  )) as [{ id: string; youth_id: string }];
  // Two orders of other youths of the unit become this youth's: one with another provider, closed last week; one closed long ago.
  const donors: { id: string }[] = await db.query(
    `SELECT o.id FROM mentor_order o JOIN youth y ON y.id = o.youth_id
     WHERE o.youth_id <> $1 AND y.caseworker_unit_id = $2 ORDER BY (o.provider_id = $3), o.reference LIMIT 2`,
    [youth.youth_id, caseworker.org, provider.org],
  );
  const [otherProviderOrder, closedLongAgo] = donors.map((donor) => donor.id) as [string, string];
  await db.query(`UPDATE mentor_order SET youth_id = $1 WHERE id = ANY($2)`, [youth.youth_id, [otherProviderOrder, closedLongAgo]]);
  await db.query(`UPDATE mentor_order SET status = 'COMPLETED', closed_at = now() - interval '6 days' WHERE id = $1`, [otherProviderOrder]);
  await db.query(`UPDATE mentor_order SET status = 'CANCELLED', closed_at = now() - interval '90 days' WHERE id = $1`, [closedLongAgo]);
  await db.query(
    `UPDATE youth SET youth_guide_id = $2, institution_ids = $3::uuid[] WHERE id = $1`,
    [youth.youth_id, demoUsers['youth-guide']!.sub, ['00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-00000000a002']],
  );
  const consentTo = (youthId: string, key: string, givenDaysAgo: number, withdrawnDaysAgo: number | null) =>
    db.query(
      `INSERT INTO youth_consent (id, youth_id, body_id, scope, given_on, withdrawn_on) VALUES ($1, $2, $3, 'Koordinering', current_date - $4::int, current_date - $5::int)`,
      [demoId('consent', `facts-${key}`), youthId, demoUsers['social-worker']!.org, givenDaysAgo, withdrawnDaysAgo],
    );
  await db.query(`DELETE FROM youth_consent WHERE youth_id = $1`, [youth.youth_id]);
  await consentTo(youth.youth_id, 'shaped', 10, null);
  shaped = { youthId: youth.youth_id, providerOrder: youth.id, otherProviderOrder, closedLongAgo };
  const [other] = (await db.query(`SELECT id FROM youth WHERE caseworker_unit_id = $1 AND id <> $2 ORDER BY id LIMIT 1`, [caseworker.org, youth.youth_id])) as [{ id: string }];
  await db.query(`DELETE FROM youth_consent WHERE youth_id = $1`, [other.id]);
  await consentTo(other.id, 'withdrawn', 30, 1);
  withdrawn = other.id;
});

afterAll(async () => {
  await harness?.stop();
});

function contextOf(identity: Identity, loaders: Loaders): Context {
  return { db: harness.db, identity, loaders, audit: new AuditTrail(harness.db, identity, 'facts-test') } as Context;
}

/** Runs `read` on fresh loaders, then asks their facts loader for `ids`: no statement may run for them, and they must equal facts read by id. */
async function expectPrimed<T>(identity: Identity, read: (loaders: Loaders) => Promise<unknown>, facts: (loaders: Loaders) => DataLoader<string, T>, ids: () => string[]): Promise<(T | Error)[]> {
  const loaders = createLoaders(harness.db, identity);
  await read(loaders);
  expect(ids().length).toBeGreaterThan(0);
  const before = harness.statements.count;
  const primed = await facts(loaders).loadMany(ids());
  expect(harness.statements.statements.slice(before), 'statements for primed facts').toEqual([]);
  const loaded = await facts(createLoaders(harness.db, identity)).loadMany(ids());
  expect(harness.statements.count, 'the facts loader reads by id').toBe(before + 1);
  expect(primed).toEqual(loaded);
  return primed;
}

const allYouthIds = async (identity: Identity) => {
  const rows: { id: string }[] = await harness.db.query('SELECT id FROM youth WHERE caseworker_unit_id = $1 ORDER BY id', [identity.org]);
  return rows.map((row) => row.id);
};

describe('facts primed from the rows', () => {
  test('the shaped youth has the relations the comparisons are about', async () => {
    const [facts] = await createLoaders(harness.db, readsEveryFact).youthFacts.loadMany([shaped.youthId, withdrawn]);
    expect(facts).toMatchObject({ id: shaped.youthId, consentedBodyIds: [demoUsers['social-worker']!.org], enrolledInstitutionIds: expect.arrayContaining([expect.any(String), expect.any(String)]) });
    const orders = (facts as { orders: { providerId: string; closedRecently: boolean; status: string }[] }).orders;
    expect(orders).toHaveLength(3);
    expect(new Set(orders.map((order) => order.providerId)).size).toBe(2);
    expect(orders.filter((order) => order.closedRecently)).toEqual([expect.objectContaining({ status: 'COMPLETED' })]);
    expect(orders.filter((order) => order.status === 'CANCELLED' && !order.closedRecently)).toHaveLength(1);
    const [withdrawnFacts] = await createLoaders(harness.db, readsEveryFact).youthFacts.loadMany([withdrawn]);
    expect(withdrawnFacts).toMatchObject({ consentedBodyIds: [] });
  });

  test('loaders.youth: every youth of the unit, with and without orders', async () => {
    const ids = await allYouthIds(caseworker);
    const primed = await expectPrimed(caseworker, (loaders) => loaders.youth.loadMany(ids), (loaders) => loaders.youthFacts, () => ids);
    expect(primed.some((facts) => (facts as { orders: unknown[] }).orders.length === 0)).toBe(true);
  });

  test("loaders.youth as the provider: the youth's orders with other providers are in its facts", async () => {
    const primed = await expectPrimed(provider, (loaders) => loaders.youth.load(shaped.youthId), (loaders) => loaders.youthFacts, () => [shaped.youthId]);
    expect((primed[0] as { orders: unknown[] }).orders).toHaveLength(3);
  });

  test('loaders.order', async () => {
    const ids = [shaped.otherProviderOrder, shaped.closedLongAgo];
    await expectPrimed(caseworker, (loaders) => loaders.order.loadMany(ids), (loaders) => loaders.orderFacts, () => ids);
  });

  test("ordersOf: a youth's orders, a provider's orders", async () => {
    let ids: string[] = [];
    const page = readPage({ first: 50 });
    await expectPrimed(
      caseworker,
      async (loaders) => (ids = (await loaders.ordersOf('youth', page).load(shaped.youthId)).rows.map((order) => order.id)),
      (loaders) => loaders.orderFacts,
      () => ids,
    );
    expect(ids).toHaveLength(3);
    await expectPrimed(
      provider,
      async (loaders) => (ids = (await loaders.ordersOf('provider', page).load(provider.org)).rows.map((order) => order.id)),
      (loaders) => loaders.orderFacts,
      () => ids,
    );
  });

  test('the due lists', async () => {
    for (const identity of [caseworker, provider]) {
      let ids: string[] = [];
      const lists = [DueList.followUpsDue, DueList.effectAssessmentsDue, DueList.underDelivering, DueList.missedWeeklyContacts, DueList.awaitingAcceptance, DueList.awaitingMentor];
      await expectPrimed(
        identity,
        async (loaders) => {
          const found = await Promise.all(lists.map((list) => list({ id: identity.org }, undefined, contextOf(identity, loaders))));
          ids = [...new Set(found.flat().map((order) => order.id))];
        },
        (loaders) => loaders.orderFacts,
        () => ids,
      );
    }
  });

  test('Query.orders and Query.youths', async () => {
    for (const identity of [caseworker, provider]) {
      let ids: string[] = [];
      await expectPrimed(
        identity,
        async (loaders) => (ids = (await query.orders(undefined, { first: 100 }, contextOf(identity, loaders))).edges.map((edge) => edge.node.id)),
        (loaders) => loaders.orderFacts,
        () => ids,
      );
      expect(ids).toEqual(expect.arrayContaining(identity === provider ? [shaped.providerOrder] : [shaped.providerOrder, shaped.otherProviderOrder, shaped.closedLongAgo]));
      await expectPrimed(
        identity,
        async (loaders) => (ids = (await query.youths(undefined, { first: 100 }, contextOf(identity, loaders))).edges.map((edge) => edge.node.id)),
        (loaders) => loaders.youthFacts,
        () => ids,
      );
      expect(ids).toContain(shaped.youthId);
    }
  });
});

test('a row read without its facts column is refused loudly', () => {
  const loaders = createLoaders(harness.db, caseworker);
  expect(() => loaders.ordersFrom([{ id: shaped.providerOrder }])).toThrow(/without its order_facts/);
  expect(() => loaders.youthsFrom([{ id: shaped.youthId }])).toThrow(/without its youth_facts/);
});

describe('root lists count in the page statement', () => {
  const visibleOrders = async () => {
    const rows: { count: number }[] = await harness.db.query(
      'SELECT count(*)::int AS count FROM mentor_order o JOIN youth y ON y.id = o.youth_id WHERE y.caseworker_unit_id = $1',
      [caseworker.org],
    );
    return rows[0]!.count;
  };

  test('a page of orders costs one statement and reports the whole list', async () => {
    const total = await visibleOrders();
    expect(total).toBeGreaterThan(5);
    const before = harness.statements.count;
    const connection = await query.orders(undefined, { first: 5 }, contextOf(caseworker, createLoaders(harness.db, caseworker)));
    expect(harness.statements.count - before).toBe(1);
    expect(connection.edges).toHaveLength(5);
    expect(connection.totalCount).toBe(total);
    expect(connection.pageInfo.hasNextPage).toBe(true);
  });

  test('a page past the end and a page of none cost one statement too and still report the whole list', async () => {
    const total = await visibleOrders();
    const context = contextOf(caseworker, createLoaders(harness.db, caseworker));
    const { endCursor } = (await query.orders(undefined, { first: total }, context)).pageInfo;
    const before = harness.statements.count;
    const pastTheEnd = await query.orders(undefined, { first: 5, after: endCursor }, context);
    const none = await query.orders(undefined, { first: 0 }, context);
    const noYouths = await query.youths(undefined, { first: 0 }, context);
    expect(harness.statements.count - before).toBe(3);
    expect(pastTheEnd).toMatchObject({ edges: [], totalCount: total, pageInfo: { hasNextPage: false } });
    expect(none).toMatchObject({ edges: [], totalCount: total });
    expect(noYouths).toMatchObject({ edges: [], totalCount: (await allYouthIds(caseworker)).length });
  });

  test('an empty list is one statement and counts zero', async () => {
    const before = harness.statements.count;
    const connection = await query.youths(undefined, { first: 5, search: 'nobody-has-this-name' }, contextOf(caseworker, createLoaders(harness.db, caseworker)));
    expect(harness.statements.count - before).toBe(1);
    expect(connection).toMatchObject({ edges: [], totalCount: 0, pageInfo: { hasNextPage: false } });
  });
});

describe('youths read with the order rows', () => {
  /** A document that reads orders' youths by projected columns (`projection.ts`). */
  const withYouths = { order: null, youth: ['first_name', 'id', 'last_name'], deliveredMinutes: false, youthWithOrders: true } as const;
  const projected = (identity: Identity) => {
    const loaders = createLoaders(harness.db, identity);
    loaders.project(withYouths);
    return loaders;
  };
  const youthIdsOf = (orders: { youthId: string }[]) => [...new Set(orders.map((order) => order.youthId))];

  test('each youth and its facts are known at once, as the youth and facts loaders read them by id', async () => {
    for (const identity of [caseworker, provider]) {
      let youthIds: string[] = [];
      let loaders!: Loaders;
      await expectPrimed(
        identity,
        async (fresh) => {
          fresh.project(withYouths);
          loaders = fresh;
          youthIds = youthIdsOf((await query.orders(undefined, { first: 100 }, contextOf(identity, fresh))).edges.map((edge) => edge.node));
        },
        (fresh) => fresh.youthFacts,
        () => youthIds,
      );
      expect(youthIds).toContain(shaped.youthId);
      if (identity === caseworker) {
        // The shaped youth's three orders are all on the caseworker's page: one youth object serves them all, the loader's too.
        expect(await loaders.youth.load(shaped.youthId)).toBe(loaders.knownYouth(shaped.youthId));
      }
      const before = harness.statements.count;
      const known = youthIds.map((id) => loaders.knownYouth(id));
      expect(await loaders.youth.loadMany(youthIds), 'the youth loader answers the same, without a statement').toEqual(known);
      expect(harness.statements.count).toBe(before);
      expect(known).toEqual(await projected(identity).youth.loadMany(youthIds));
      expect(known.every((youth) => youth !== null && youth !== undefined && youth.firstName !== undefined)).toBe(true);
    }
  });

  test('a youth outside the caller’s scope is known as null, its facts all the same', async () => {
    // An order the caseworker's unit holds, of a youth of another unit: the triggers that keep the
    // order's unit the youth's are off for this one change, so the two scopes disagree.
    const [order] = (await harness.db.query('SELECT id, youth_id, caseworker_unit_id FROM mentor_order WHERE caseworker_unit_id <> $1 ORDER BY reference DESC LIMIT 1', [
      caseworker.org,
    ])) as [{ id: string; youth_id: string; caseworker_unit_id: string }];
    const setUnit = (unit: string) =>
      harness.db.transaction(async (manager) => {
        await manager.query('SET LOCAL session_replication_role = replica');
        await manager.query('UPDATE mentor_order SET caseworker_unit_id = $2 WHERE id = $1', [order.id, unit]);
      });
    await setUnit(caseworker.org);
    try {
      const loaders = projected(caseworker);
      const orders = (await query.orders(undefined, { first: 500 }, contextOf(caseworker, loaders))).edges.map((edge) => edge.node);
      expect(orders.map((row) => row.id)).toContain(order.id);
      expect(loaders.knownYouth(order.youth_id)).toBeNull();
      expect(await projected(caseworker).youth.load(order.youth_id), 'the youth loader refuses it too').toBeNull();
      expect(loaders.knownYouthFacts(order.youth_id)).toEqual(await createLoaders(harness.db, caseworker).youthFacts.load(order.youth_id));
      expect(loaders.knownYouthFacts(order.youth_id)?.caseworkerUnitId).toBe(order.caseworker_unit_id);
    } finally {
      await setUnit(order.caseworker_unit_id);
    }
  });
});

describe('facts as far as the caller’s relations read them', () => {
  test('a caseworker’s facts leave out the orders and consents, and every decision on them comes out as on the whole facts', async () => {
    const ids = await allYouthIds(caseworker);
    const trimmed = (await createLoaders(harness.db, caseworker).youthFacts.loadMany(ids)) as YouthFacts[];
    const whole = (await createLoaders(harness.db, readsEveryFact).youthFacts.loadMany(ids)) as YouthFacts[];
    expect(youthFactsNeeds(caseworker)).toEqual({ orders: false, consents: false });
    expect(trimmed.every((facts) => facts.orders.length === 0 && facts.consentedBodyIds.length === 0)).toBe(true);
    expect(whole.some((facts) => facts.orders.length > 0) && whole.some((facts) => facts.consentedBodyIds.length > 0)).toBe(true);
    expect(trimmed.map(({ orders: _, consentedBodyIds: __, ...own }) => own)).toEqual(whole.map(({ orders: _, consentedBodyIds: __, ...own }) => own));
    // The caseworker and a youth guide (the other role decided from the youth's own columns), against the whole facts.
    for (const identity of [caseworker, { ...caseworker, roles: ['CASEWORKER', 'YOUTH_GUIDE'] } as Identity]) {
      trimmed.forEach((facts, index) => {
        expect(relatesToYouth(identity, facts)).toBe(relatesToYouth(identity, whole[index]!));
        for (const group of Object.keys(youthFieldGroups) as YouthFieldGroup[]) {
          expect(maySeeYouthField(identity, facts, group), group).toBe(maySeeYouthField(identity, whole[index]!, group));
        }
      });
    }
  });

  test('each role that can relate to a youth by its orders or consents reads them', () => {
    const needs = (roles: Identity['roles']) => youthFactsNeeds({ ...provider, roles });
    expect(needs(['MENTOR'])).toEqual({ orders: true, consents: false });
    expect(needs(['PROVIDER_COORDINATOR'])).toEqual({ orders: true, consents: false });
    expect(needs(['INSTITUTION_STAFF'])).toEqual({ orders: true, consents: false });
    expect(needs(['SOCIAL_WORKER'])).toEqual({ orders: false, consents: true });
    expect(needs(['YOUTH_GUIDE'])).toEqual({ orders: false, consents: false });
  });
});
