import { type Identity } from '@mentor/common';
import { demoId, demoOrder, demoUsers, demoYouth } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHarness, type OrdersHarness } from './testing/harness.js';

const YOUTHS = 30;
const youths = Array.from({ length: YOUTHS }, (_, index) => demoYouth(index));
const caseworker = demoUsers.caseworker!;

let harness: OrdersHarness;

beforeAll(async () => {
  harness = await startHarness('orders_queries', { youths: YOUTHS });
});

afterAll(async () => {
  await harness?.stop();
});

async function data<T>(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await harness.call<T>(identity, query, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

const YOUTH = `#graphql
  query Youth($id: ID!) {
    youth(id: $id) { id firstName lastName cpr cprCheckDigitValid birthDate ageGroup address targetGroup legalBasis caseworkerUnitId youthGuideId version }
  }
`;

const YOUTH_COUNT = '#graphql\nquery Youths($search: String) { youths(first: 100, search: $search) { totalCount edges { node { id } } } }';
const ORDER_COUNT = '#graphql\nquery Orders($status: OrderStatus) { orders(first: 100, status: $status) { totalCount edges { node { id status } } } }';

function ageGroupOf(age: number): string {
  return age < 18 ? 'AGE_13_17' : age <= 25 ? 'AGE_18_25' : 'AGE_26_29';
}

describe('youth and youths', () => {
  test('youth(id) returns the youth of the caller’s unit with derived fields', async () => {
    const plan = youths[3]!;
    const { youth } = await data<{ youth: Record<string, unknown> }>(caseworker, YOUTH, { id: plan.id });
    expect(youth).toMatchObject({ id: plan.id, caseworkerUnitId: plan.caseworkerUnitId, ageGroup: ageGroupOf(plan.age), version: 1 });
    expect(youth.cpr).toMatch(/^\d{6}-\d{4}$/);
    expect(String(youth.cpr).slice(0, 2)).toBe(String(youth.birthDate).slice(8, 10));
    expect(youth.cprCheckDigitValid).toEqual(expect.any(Boolean));
  });

  test('youth(id) is null for an unknown id, a malformed id, and a youth of another unit', async () => {
    for (const id of [demoId('youth', 'missing'), 'not-an-id', youths[9]!.id]) {
      expect((await data<{ youth: unknown }>(caseworker, YOUTH, { id })).youth).toBeNull();
    }
  });

  test('youths pages through the unit’s youths in a stable order', async () => {
    const own = youths.filter((youth) => youth.caseworkerUnitId === caseworker.org);
    const page = '#graphql\nquery Page($after: String) { youths(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id lastName } } } }';
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: { youths: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } } = await data(caseworker, page, { after });
      expect(result.youths.totalCount).toBe(own.length);
      seen.push(...result.youths.edges.map((edge) => edge.node.id));
      after = result.youths.pageInfo.hasNextPage ? result.youths.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(Math.ceil(own.length / 10));
    expect(new Set(seen)).toEqual(new Set(own.map((youth) => youth.id)));
    expect(seen.length).toBe(own.length);
  });

  test('youths(search) finds by name, and by CPR only for a caseworker', async () => {
    const [row] = (await harness.db.query('SELECT first_name, last_name, cpr FROM youth WHERE id = $1', [youths[0]!.id])) as { first_name: string; last_name: string; cpr: string }[];
    const byName = await data<{ youths: { edges: { node: { id: string } }[] } }>(caseworker, YOUTH_COUNT, { search: `${row!.first_name} ${row!.last_name}` });
    expect(byName.youths.edges.map((edge) => edge.node.id)).toContain(youths[0]!.id);
    const byCpr = await data<{ youths: { totalCount: number; edges: { node: { id: string } }[] } }>(caseworker, YOUTH_COUNT, { search: row!.cpr });
    expect(byCpr.youths).toMatchObject({ totalCount: 1, edges: [{ node: { id: youths[0]!.id } }] });
    const guide = demoUsers['youth-guide']!;
    expect(youths[0]!.youthGuideId).toBe(guide.sub);
    const asGuide = await data<{ youths: { totalCount: number } }>(guide, YOUTH_COUNT, { search: row!.cpr });
    expect(asGuide.youths.totalCount).toBe(0);
  });
});

/** The whole list is refused to a role that relates to none of its kind: null and FORBIDDEN, the same for everyone in that role. */
async function expectForbidden(identity: Identity, query: string, field: string): Promise<void> {
  const response = await harness.call<Record<string, unknown>>(identity, query);
  expect(response.body.data).toEqual({ [field]: null });
  expect(response.body.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([[field, 'FORBIDDEN']]);
}

describe('scoping by relation', () => {
  async function visibleYouths(identity: Identity): Promise<Set<string>> {
    const result = await data<{ youths: { edges: { node: { id: string } }[] } }>(identity, YOUTH_COUNT);
    return new Set(result.youths.edges.map((edge) => edge.node.id));
  }

  test('a youth guide sees the youths they guide', async () => {
    const guide = demoUsers['youth-guide']!;
    expect(await visibleYouths(guide)).toEqual(new Set(youths.filter((youth) => youth.youthGuideId === guide.sub).map((youth) => youth.id)));
  });

  test('a social worker sees youths with a current consent, and is refused the orders', async () => {
    const socialWorker = demoUsers['social-worker']!;
    expect(await visibleYouths(socialWorker)).toEqual(new Set(youths.filter((youth) => youth.consentToSocialServices).map((youth) => youth.id)));
    // The consents are to the social worker's unit: a social worker of another unit (psychiatry, KUI) sees none of these youths.
    for (const org of [demoId('org', 'psykiatri'), demoId('org', 'kui')]) expect(await visibleYouths({ ...socialWorker, org })).toEqual(new Set());
    await expectForbidden(socialWorker, ORDER_COUNT, 'orders');
  });

  test('institution staff see youths enrolled or supported at their institution', async () => {
    const staff = demoUsers.institution!;
    expect(await visibleYouths(staff)).toEqual(new Set(youths.filter((youth) => youth.institutionId === staff.org).map((youth) => youth.id)));
  });

  test('a provider coordinator sees the orders placed with them and those youths, never a DRAFT', async () => {
    const provider = demoUsers.provider!;
    const drafts = youths.filter((youth) => demoOrder(youth).providerId === provider.org && demoOrder(youth).status === 'DRAFT');
    expect(drafts.length).toBeGreaterThan(0);
    const theirs = youths.filter((youth) => demoOrder(youth).providerId === provider.org && demoOrder(youth).status !== 'DRAFT');
    expect(await visibleYouths(provider)).toEqual(new Set(theirs.map((youth) => youth.id)));
    const { orders } = await data<{ orders: { totalCount: number } }>(provider, ORDER_COUNT);
    expect(orders.totalCount).toBe(theirs.length);
  });

  test('an auditor is refused youths and orders', async () => {
    const auditor = demoUsers.auditor!;
    await expectForbidden(auditor, YOUTH_COUNT, 'youths');
    await expectForbidden(auditor, ORDER_COUNT, 'orders');
  });

  test('orders(status) filters within the caller’s scope', async () => {
    const own = youths.filter((youth) => youth.caseworkerUnitId === caseworker.org).map(demoOrder);
    const { orders } = await data<{ orders: { totalCount: number; edges: { node: { status: string } }[] } }>(caseworker, ORDER_COUNT, { status: 'ACTIVE' });
    expect(orders.totalCount).toBe(own.filter((order) => order.status === 'ACTIVE').length);
    expect(orders.edges.every((edge) => edge.node.status === 'ACTIVE')).toBe(true);
  });
});

const ORDER = `#graphql
  query Order($id: ID!) {
    order(id: $id) {
      id reference status weeklyHours weeks totalHours deliveredHours startDate endDate deliveryMunicipalityCode goal tasks requestedActivities
      spsClarification { text clarifiedOn }
      agreement { mentorName goal tasks weeklyHours totalHours complaintGuidance signedOn }
      schedules { kind validFrom validTo entries { date startTime endTime hours place activity duringTeachingHours } }
      sessions(first: 100) { totalCount edges { node { date minutes form place journalNote phase mentor { id } } } }
      followUps { date progression }
      effectAssessments { date effect }
      outcome { kind youthSatisfaction }
      followUpDue effectAssessmentDue
      serviceStandard { municipalityCode rules }
    }
  }
`;

interface OrderView {
  order: {
    status: string;
    totalHours: number;
    deliveredHours: number;
    weeklyHours: number;
    weeks: number;
    agreement: { mentorName: string; totalHours: number } | null;
    schedules: { entries: { hours: number; activity: string }[] }[];
    sessions: { totalCount: number; edges: { node: { minutes: number; mentor: { id: string } } }[] };
    outcome: { kind: string } | null;
    serviceStandard: { municipalityCode: string; rules: { weeklyHours: { min: number; max: number } } };
  } | null;
}

describe('order', () => {
  test('an active order shows its agreement, schedule, sessions and delivered hours', async () => {
    const plan = demoOrder(youths[0]!);
    const { order } = await data<OrderView>(caseworker, ORDER, { id: plan.id });
    expect(order).toMatchObject({ status: 'ACTIVE', serviceStandard: { municipalityCode: '101', rules: { weeklyHours: { min: 0.5, max: 2 } } } });
    expect(order!.totalHours).toBeCloseTo(order!.weeklyHours * order!.weeks, 2);
    expect(order!.agreement?.totalHours).toBeCloseTo(order!.totalHours, 2);
    expect(order!.schedules[0]!.entries.length).toBeGreaterThan(0);
    const minutes = order!.sessions.edges.reduce((total, edge) => total + edge.node.minutes, 0);
    expect(order!.sessions.totalCount).toBe(order!.sessions.edges.length);
    expect(order!.deliveredHours).toBeCloseTo(minutes / 60, 2);
    expect(order!.sessions.edges.every((edge) => edge.node.mentor.id === plan.mentorId)).toBe(true);
  });

  test('a completed order has an outcome; a placed one has no agreement or sessions', async () => {
    const completed = await data<OrderView>(caseworker, ORDER, { id: demoOrder(youths[3]!).id });
    expect(completed.order?.outcome?.kind).toMatch(/COMPLETED_EDUCATION|TRANSFERRED_TO_OTHER_PLAN|DROPPED_OUT|OTHER/);
    const placed = await data<OrderView>(caseworker, ORDER, { id: demoOrder(youths[4]!).id });
    expect(placed.order).toMatchObject({ status: 'PLACED', agreement: null, schedules: [], sessions: { totalCount: 0 }, outcome: null, deliveredHours: 0 });
  });

  test('sessions and journal notes are the caseworker’s, the provider’s and the mentor’s own; not the institution’s', async () => {
    const plan = demoOrder(youths[0]!);
    const staff: Identity = { sub: demoId('user', 'staff-test'), roles: ['INSTITUTION_STAFF'], org: plan.institutionId, name: 'Staff' };
    const asStaff = await harness.call<OrderView>(staff, ORDER, { id: plan.id });
    expect(asStaff.body.data!.order).toMatchObject({ status: 'ACTIVE', sessions: null, agreement: null, goal: null });
    expect(asStaff.body.data!.order!.deliveredHours).toBeGreaterThan(0);
    expect(asStaff.body.errors?.map((error) => `${error.path?.join('.')} ${String(error.extensions?.code)}`).sort()).toEqual(
      ['agreement', 'effectAssessments', 'followUps', 'goal', 'requestedActivities', 'sessions', 'spsClarification', 'tasks'].map((field) => `order.${field} FORBIDDEN`),
    );
    const mentor: Identity = { sub: plan.mentorId!, roles: ['MENTOR'], org: plan.providerId, name: 'Mentor' };
    const asMentor = await data<OrderView>(mentor, ORDER, { id: plan.id });
    expect(asMentor.order!.sessions.totalCount).toBeGreaterThan(0);
    const otherMentor: Identity = { sub: demoId('mentor', 99), roles: ['MENTOR'], org: plan.providerId, name: 'Other' };
    expect((await data<OrderView>(otherMentor, ORDER, { id: plan.id })).order).toBeNull();
  });

  test('serviceStandards lists Copenhagen and Gribskov', async () => {
    const { serviceStandards } = await data<{ serviceStandards: { municipalityCode: string; version: number; rules: { levels?: unknown[] } }[] }>(
      caseworker,
      '#graphql\n{ serviceStandards { municipalityCode name version effectiveFrom rules } }',
    );
    expect(serviceStandards.map((standard) => standard.municipalityCode)).toEqual(['101', '270']);
    expect(serviceStandards[1]!.rules.levels).toHaveLength(4);
  });
});

describe('batching', () => {
  const LIST = `#graphql
    query List($first: Int) {
      orders(first: $first) {
        edges { node { id deliveredHours youth { firstName orders { totalCount } } agreement { mentorName } schedules { entries { date } }
          sessions(first: 3) { totalCount } followUps { date } effectAssessments { date } extensions { weeks } followUpDue effectAssessmentDue } }
      }
    }
  `;

  test('nested lists cost the same number of statements for 5 orders as for 25, rules and audit included', async () => {
    async function statementsFor(first: number): Promise<{ data: string[]; audit: number }> {
      const before = harness.statements.count;
      const result = await data<{ orders: { edges: unknown[] } }>(caseworker, LIST, { first });
      expect(result.orders.edges).toHaveLength(first);
      return { data: harness.statements.dataStatementsSince(before), audit: harness.statements.auditInsertsSince(before) };
    }
    const few = await statementsFor(5);
    const many = await statementsFor(25);
    expect(few.data.length).toBeGreaterThan(0);
    expect(many.data.length).toBe(few.data.length);
    // Order.agreement, then the youth's fields: two levels that read personal data, one INSERT for the request.
    for (const { audit } of [few, many]) expect(audit).toBe(1);
  });
});
