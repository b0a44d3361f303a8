import { randomUUID } from 'node:crypto';
import { type Identity } from '@mentor/common';
import { demoId, demoOrder, demoProviders, demoUsers, demoYouth, orderableInstitutions, TEST_SIGNING_SECRET, type GraphQLResponse } from '@mentor/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { addDays, today } from './dates.js';
import { collaborationRatings } from './peers.js';
import { deadUrl, PeerRefusal } from './testing/peer-stub.js';
import { isUnderDelivering, type WeekDelivery } from './rules/delivery.js';
import { REPORT_HEADER } from './rules/report.js';
import { startHarness, type OrdersHarness } from './testing/harness.js';

/**
 * What the case flow shows: weekly reconciliation and missed weekly contact on an order, the due
 * list, mentor suggestions, success metrics and the national report; and the mentor's 30 days
 * after an order ends.
 */

const caseworker = demoUsers.caseworker!;
const frederiksberg = demoUsers['caseworker-frb']!;
const provider = demoUsers.provider!;
const otherProvider: Identity = { sub: demoId('user', 'coordinator-1'), roles: ['PROVIDER_COORDINATOR'], org: demoProviders[1]!.id, name: 'Ulla Ravn' };
const staff = demoUsers.institution!;
const mentor = demoUsers.mentor!;
const YOUTHS = 48;

let harness: OrdersHarness;

beforeAll(async () => {
  harness = await startHarness('orders_insights', { youths: YOUTHS });
});

afterAll(async () => {
  await harness?.stop();
});

afterEach(() => {
  harness.mentors.reset();
  harness.partners.reset();
});

type Data = Record<string, unknown>;

async function query<T = Data>(identity: Identity, text: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>> {
  return harness.call<T>(identity, text, variables, headers);
}

async function data<T = Data>(identity: Identity, text: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await query<T>(identity, text, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

const codeOf = (response: GraphQLResponse<unknown>) => response.body.errors?.[0]?.extensions;

/** An ACTIVE order rebuilt from a demo one: started `weeksAgo` weeks ago today, 13 weeks long, its plan and sessions cleared. */
async function rebuildOrder(index: number, options: { daysAgo: number; targetGroup?: string }): Promise<{ id: string; start: string }> {
  const { id } = demoOrder(demoYouth(index));
  const start = addDays(today(), -options.daysAgo);
  await harness.db.query('DELETE FROM schedule WHERE order_id = $1', [id]);
  await harness.db.query('DELETE FROM mentor_session WHERE order_id = $1', [id]);
  await harness.db.query('DELETE FROM follow_up WHERE order_id = $1', [id]);
  await harness.db.query('DELETE FROM effect_assessment WHERE order_id = $1', [id]);
  await harness.db.query(
    `UPDATE mentor_order SET status = 'ACTIVE', start_date = $2, end_date = $2::date + 90, weeks = 13, weekly_hours = 1, activated_on = $2, closed_at = NULL,
       target_group = coalesce($3, target_group) WHERE id = $1`,
    [id, start, options.targetGroup ?? null],
  );
  return { id, start };
}

async function addSchedule(orderId: string, from: string, to: string, entries: [string, string, string][]): Promise<void> {
  const scheduleId = randomUUID();
  await harness.db.query(`INSERT INTO schedule (id, order_id, kind, valid_from, valid_to, published_at) VALUES ($1, $2, 'MONTHLY', $3, $4, $5)`, [
    scheduleId,
    orderId,
    from,
    to,
    new Date(`${addDays(from, -2)}T09:00:00Z`),
  ]);
  for (const [date, startTime, endTime] of entries) {
    const hours = (Number(endTime.slice(0, 2)) * 60 + Number(endTime.slice(3)) - Number(startTime.slice(0, 2)) * 60 - Number(startTime.slice(3))) / 60;
    await harness.db.query(
      `INSERT INTO schedule_entry (id, schedule_id, date, start_time, end_time, hours, place, activity) VALUES ($1, $2, $3, $4, $5, $6, 'Skolen', 'Lektie- og studieteknik')`,
      [randomUUID(), scheduleId, date, startTime, endTime, hours],
    );
  }
}

async function addSession(orderId: string, date: string, minutes: number, mentorId = demoId('mentor', 'logger')): Promise<void> {
  await harness.db.query(
    `INSERT INTO mentor_session (id, order_id, mentor_id, date, minutes, form, place, journal_note, phase) VALUES ($1, $2, $3, $4, $5, 'IN_PERSON', 'INSTITUTION', 'Møde.', 'COURSE')`,
    [randomUUID(), orderId, mentorId, date, minutes],
  );
}

const RECONCILIATION = `#graphql
  query Reconciliation($id: ID!) { order(id: $id) { weeklyReconciliation { weekStart weekEnd plannedHours deliveredHours difference status scheduled } missedContactWeeks } }`;

describe('weekly reconciliation and weekly contact on an order (rules 7 and 13)', () => {
  let order: { id: string; start: string };

  beforeAll(async () => {
    // Youth 1: Copenhagen, provider 1, an activity-ready cash-benefit recipient, three weeks in.
    order = await rebuildOrder(1, { daysAgo: 21, targetGroup: 'ACTIVITY_READY_CASH_BENEFIT' });
    const day = (offset: number) => addDays(order.start, offset);
    await addSchedule(order.id, day(0), day(13), [
      [day(1), '10:00', '11:00'],
      [day(8), '10:00', '11:00'],
      [day(9), '12:00', '12:30'],
    ]);
    await addSession(order.id, day(1), 60);
    await addSession(order.id, day(15), 30);
  });

  test('each week that has begun: planned from the schedules, delivered from the sessions', async () => {
    const day = (offset: number) => addDays(order.start, offset);
    const { order: view } = await data<{ order: { weeklyReconciliation: WeekDelivery[]; missedContactWeeks: string[] } }>(caseworker, RECONCILIATION, { id: order.id });
    expect(view.weeklyReconciliation).toEqual([
      { weekStart: day(0), weekEnd: day(6), plannedHours: 1, deliveredHours: 1, difference: 0, status: 'ON_PLAN', scheduled: true },
      { weekStart: day(7), weekEnd: day(13), plannedHours: 1.5, deliveredHours: 0, difference: -1.5, status: 'UNDER', scheduled: true },
      { weekStart: day(14), weekEnd: day(20), plannedHours: 0, deliveredHours: 0.5, difference: 0.5, status: 'OVER', scheduled: false },
      { weekStart: day(21), weekEnd: day(27), plannedHours: 0, deliveredHours: 0, difference: 0, status: 'ON_PLAN', scheduled: false },
    ]);
    expect(view.missedContactWeeks).toEqual([day(7)]);
  });

  test('a schedule published later replaces the plan on the days it covers', async () => {
    const day = (offset: number) => addDays(order.start, offset);
    await addSchedule(order.id, day(7), day(13), [[day(10), '09:00', '10:00']]);
    const { order: view } = await data<{ order: { weeklyReconciliation: WeekDelivery[] } }>(caseworker, RECONCILIATION, { id: order.id });
    expect(view.weeklyReconciliation.map((week) => week.plannedHours)).toEqual([1, 1, 0, 0]);
  });

  test('a target group without the weekly-contact duty has no missed weeks', async () => {
    await harness.db.query(`UPDATE mentor_order SET target_group = 'YOUTH_TRANSITION_TO_EDUCATION' WHERE id = $1`, [order.id]);
    const { order: view } = await data<{ order: { missedContactWeeks: string[] } }>(caseworker, RECONCILIATION, { id: order.id });
    expect(view.missedContactWeeks).toEqual([]);
    await harness.db.query(`UPDATE mentor_order SET target_group = 'ACTIVITY_READY_CASH_BENEFIT' WHERE id = $1`, [order.id]);
  });
});

const DUE_LIST = `#graphql
  query Due { dueList { id followUpsDue { id } effectAssessmentsDue { id } underDelivering { id } missedWeeklyContacts { id } awaitingAcceptance { id } awaitingMentor { id } } }`;

interface DueView {
  id: string;
  followUpsDue: { id: string }[];
  effectAssessmentsDue: { id: string }[];
  underDelivering: { id: string }[];
  missedWeeklyContacts: { id: string }[];
  awaitingAcceptance: { id: string }[];
  awaitingMentor: { id: string }[];
}

const ids = (list: { id: string }[]) => list.map((item) => item.id).sort();

describe('the due list', () => {
  beforeAll(async () => {
    // Youth 2: the follow-up falls due in 6 days; youth 6: the effect assessment in 10 days.
    await rebuildOrder(2, { daysAgo: 85 });
    await rebuildOrder(6, { daysAgo: 66 });
    // Youth 12: a week without contact 4 weeks ago, not within the last 14 days.
    const old = await rebuildOrder(12, { daysAgo: 35, targetGroup: 'ACTIVITY_READY_CASH_BENEFIT' });
    for (const offset of [1, 15, 22, 29]) await addSession(old.id, addDays(old.start, offset), 60);
  });

  test('a caseworker’s lists agree with the orders’ own fields, for every order of the unit', async () => {
    const horizon = addDays(today(), 14);
    const { dueList } = await data<{ dueList: DueView }>(caseworker, DUE_LIST);
    const { orders } = await data<{
      orders: { edges: { node: { id: string; status: string; endDate: string; followUpDue: string | null; effectAssessmentDue: string | null; weeklyReconciliation: WeekDelivery[]; missedContactWeeks: string[] } }[] };
    }>(
      caseworker,
      '#graphql\nquery All { orders(first: 500) { edges { node { id status endDate followUpDue effectAssessmentDue weeklyReconciliation { weekStart weekEnd plannedHours deliveredHours difference status scheduled } missedContactWeeks } } } }',
    );
    const nodes = orders.edges.map((edge) => edge.node);
    const active = nodes.filter((node) => node.status === 'ACTIVE');
    const expected = {
      followUpsDue: nodes.filter((node) => node.followUpDue !== null && node.followUpDue <= horizon),
      effectAssessmentsDue: nodes.filter((node) => node.effectAssessmentDue !== null && node.effectAssessmentDue <= horizon),
      underDelivering: active.filter((node) => isUnderDelivering(node.weeklyReconciliation, today())),
      missedWeeklyContacts: active.filter((node) =>
        node.missedContactWeeks.some((start) => {
          const end = addDays(start, 6) < node.endDate ? addDays(start, 6) : node.endDate;
          return end >= addDays(today(), -14);
        }),
      ),
    };
    expect(dueList.id).toBe(caseworker.org);
    for (const [name, orders] of Object.entries(expected)) {
      expect(orders.length, name).toBeGreaterThan(0);
      expect(ids(dueList[name as keyof typeof expected]), name).toEqual(ids(orders));
    }
    expect(ids(dueList.followUpsDue)).toContain(demoOrder(demoYouth(2)).id);
    expect(ids(dueList.effectAssessmentsDue)).toContain(demoOrder(demoYouth(6)).id);
    expect(ids(dueList.underDelivering)).toContain(demoOrder(demoYouth(1)).id);
    expect(ids(dueList.missedWeeklyContacts)).toContain(demoOrder(demoYouth(1)).id);
    expect(ids(dueList.missedWeeklyContacts)).not.toContain(demoOrder(demoYouth(12)).id);
    expect(nodes.find((node) => node.id === demoOrder(demoYouth(12)).id)!.missedContactWeeks).toHaveLength(1);
    expect(dueList.awaitingAcceptance).toEqual([]);
    expect(dueList.awaitingMentor).toEqual([]);
  });

  test('another unit’s caseworker gets only their own unit’s orders', async () => {
    const { dueList } = await data<{ dueList: DueView }>(frederiksberg, DUE_LIST);
    const [{ ids: own }] = await harness.db.query(
      `SELECT coalesce(array_agg(o.id::text), '{}') AS ids FROM mentor_order o JOIN youth y ON y.id = o.youth_id WHERE y.caseworker_unit_id = $1`,
      [frederiksberg.org],
    );
    for (const list of [dueList.followUpsDue, dueList.effectAssessmentsDue, dueList.underDelivering, dueList.missedWeeklyContacts]) {
      for (const item of list) expect(own).toContain(item.id);
    }
    expect(ids(dueList.underDelivering)).not.toContain(demoOrder(demoYouth(1)).id);
  });

  test('a provider coordinator: the provider’s orders waiting for acceptance or a mentor', async () => {
    const stored = async (providerId: string, condition: string) =>
      ((await harness.db.query(`SELECT id FROM mentor_order WHERE provider_id = $1 AND ${condition} ORDER BY id`, [providerId])) as { id: string }[]).map((row) => row.id);
    const own = (await data<{ dueList: DueView }>(provider, DUE_LIST)).dueList;
    expect(own.id).toBe(provider.org);
    expect(ids(own.awaitingAcceptance)).toEqual(await stored(provider.org, `status = 'PLACED'`));
    expect(own.awaitingAcceptance.length).toBeGreaterThan(0);
    expect(ids(own.awaitingMentor)).toEqual(await stored(provider.org, `status = 'ACCEPTED' AND mentor_id IS NULL`));
    expect([own.followUpsDue, own.effectAssessmentsDue, own.underDelivering, own.missedWeeklyContacts]).toEqual([[], [], [], []]);
    const other = (await data<{ dueList: DueView }>(otherProvider, DUE_LIST)).dueList;
    expect(ids(other.awaitingMentor)).toEqual(await stored(otherProvider.org, `status = 'ACCEPTED' AND mentor_id IS NULL`));
    expect(other.awaitingMentor.length).toBeGreaterThan(0);
  });

  test.each(['mentor', 'institution', 'youth-guide', 'social-worker'])('%s: the list exists, with nothing of the orders subgraph in it', async (key) => {
    const identity = demoUsers[key]!;
    expect((await data<{ dueList: DueView }>(identity, DUE_LIST)).dueList).toEqual({
      id: identity.org,
      followUpsDue: [],
      effectAssessmentsDue: [],
      underDelivering: [],
      missedWeeklyContacts: [],
      awaitingAcceptance: [],
      awaitingMentor: [],
    });
  });

  test('an auditor gets no due list', async () => {
    const response = await query(demoUsers.auditor!, DUE_LIST);
    expect(response.body.data).toBeNull();
    expect(codeOf(response)).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('through _entities: filled only for the caller’s own organisation, whatever the representation says', async () => {
    const ENTITIES = `#graphql
      query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on DueList { id awaitingAcceptance { id } awaitingMentor { id } } } }`;
    const response = await query<{ _entities: { id: string; awaitingAcceptance: unknown[]; awaitingMentor: unknown[] }[] }>(otherProvider, ENTITIES, {
      representations: [
        { __typename: 'DueList', id: provider.org, org: provider.org },
        { __typename: 'DueList', id: otherProvider.org },
      ],
    });
    expect(response.body.errors).toBeUndefined();
    const [foreign, own] = response.body.data!._entities;
    expect(foreign).toEqual({ id: provider.org, awaitingAcceptance: [], awaitingMentor: [] });
    expect(own!.awaitingMentor.length).toBeGreaterThan(0);
  });
});

const SUGGEST = '#graphql\nquery Suggest($orderId: ID!) { suggestMentors(orderId: $orderId) { mentor { id } eligible score reasons } }';

describe('mentor suggestions', () => {
  const placed = demoOrder(demoYouth(4));

  test('the provider’s coordinator gets the mentors ranked by mentors, from the order’s terms and the mentors’ loads', async () => {
    expect(placed).toMatchObject({ status: 'PLACED', providerId: provider.org });
    const { suggestMentors } = await data<{ suggestMentors: { mentor: { id: string }; eligible: boolean; score: number; reasons: string[] }[] }>(provider, SUGGEST, { orderId: placed.id });
    const [call] = harness.mentors.calls.filter((candidate) => candidate.fields.includes('rankMentors'));
    const [order] = await harness.db.query(
      `SELECT start_date::text AS start, end_date::text AS "end", target_group, weekly_hours, delivery_municipality_code FROM mentor_order WHERE id = $1`,
      [placed.id],
    );
    const active = (await harness.db.query(`SELECT mentor_id, weekly_hours FROM mentor_order WHERE provider_id = $1 AND status = 'ACTIVE' AND mentor_id IS NOT NULL`, [
      provider.org,
    ])) as { mentor_id: string; weekly_hours: number }[];
    const loads = new Map<string, number>();
    for (const row of active) loads.set(row.mentor_id, (loads.get(row.mentor_id) ?? 0) + row.weekly_hours);
    expect(call!.variables.input).toEqual({
      providerId: provider.org,
      from: order.start > today() ? order.start : today(),
      to: order.end,
      youthUnder18: false,
      targetGroup: order.target_group,
      weeklyHours: order.weekly_hours,
      municipalityCode: order.delivery_municipality_code,
      loads: [...loads].map(([mentorId, weeklyHours]) => ({ mentorId, weeklyHours })).sort((a, b) => a.mentorId.localeCompare(b.mentorId)),
    });
    expect(loads.size).toBeGreaterThan(0);
    expect(suggestMentors.length).toBeGreaterThan(0);
    expect(suggestMentors[0]).toEqual({ mentor: { id: expect.any(String) }, eligible: true, score: 90, reasons: ['certified for the target group'] });
  });

  test('the youth’s caseworker too; a youth under 18 is said to be one', async () => {
    const young = demoOrder(demoYouth(13));
    expect(young.status).toBe('ACTIVE');
    await data(caseworker, SUGGEST, { orderId: young.id });
    const [call] = harness.mentors.calls.filter((candidate) => candidate.fields.includes('rankMentors'));
    expect(call!.variables.input).toMatchObject({ providerId: young.providerId, youthUnder18: true });
    // The order's own hours do not count against its current mentor.
    const loads = (call!.variables.input as { loads: { mentorId: string; weeklyHours: number }[] }).loads;
    const [{ carried }] = await harness.db.query(
      `SELECT coalesce(sum(weekly_hours), 0)::float AS carried FROM mentor_order WHERE mentor_id = $1 AND status = 'ACTIVE' AND id <> $2`,
      [young.mentorId, young.id],
    );
    expect(loads.find((load) => load.mentorId === young.mentorId)?.weeklyHours ?? 0).toBe(carried);
  });

  test('nobody else: another provider and another unit find no such order; other roles are refused', async () => {
    expect(codeOf(await query(otherProvider, SUGGEST, { orderId: placed.id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(codeOf(await query(frederiksberg, SUGGEST, { orderId: placed.id }))).toMatchObject({ code: 'NOT_FOUND' });
    for (const identity of [staff, mentor, demoUsers.auditor!]) {
      const response = await query(identity, SUGGEST, { orderId: placed.id });
      expect(response.body.data).toEqual({ suggestMentors: null });
      expect(codeOf(response)).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(harness.mentors.calls).toEqual([]);
  });

  test('a closed order gets none; a bad id is bad input; mentors down is SERVICE_UNAVAILABLE', async () => {
    expect(codeOf(await query(caseworker, SUGGEST, { orderId: demoOrder(demoYouth(3)).id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(codeOf(await query(caseworker, SUGGEST, { orderId: 'x' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orderId' });
    harness.mentors.handlers.rankMentors = () => {
      throw new PeerRefusal('NOT_FOUND');
    };
    expect(await data(provider, SUGGEST, { orderId: placed.id })).toEqual({ suggestMentors: [] });
    const url = harness.peers.mentors;
    harness.peers.mentors = await deadUrl();
    try {
      expect(codeOf(await query(provider, SUGGEST, { orderId: placed.id }))).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'mentors' });
    } finally {
      harness.peers.mentors = url;
    }
  });
});

const METRICS = `#graphql
  query Metrics($filter: SuccessFilter!) {
    successMetrics(filter: $filter) {
      count suppressed completedEducationShare transferredShare droppedOutShare averageYouthSatisfaction averagePartnerRating partnerRatingCount orderedHours deliveredHours
    }
  }`;

describe('success metrics (rule 15)', () => {
  const period = { from: '2025-01-01', to: '2025-03-31' };
  const [school0, school1] = orderableInstitutions;
  if (!school0 || !school1) throw new Error('the demo world has two orderable institutions');
  // Completed in March 2025: four of provider 0 at school 0 and one of provider 1 at school 1 (Copenhagen); one of provider 0 at school 0 (Frederiksberg).
  const completed = [
    { youth: 20, provider: 0, school: school0, outcome: 'COMPLETED_EDUCATION', satisfaction: 5, minutes: 120 },
    { youth: 21, provider: 0, school: school0, outcome: 'COMPLETED_EDUCATION', satisfaction: 4, minutes: 90 },
    { youth: 22, provider: 0, school: school0, outcome: 'TRANSFERRED_TO_OTHER_PLAN', satisfaction: 4, minutes: 0 },
    { youth: 23, provider: 0, school: school0, outcome: 'DROPPED_OUT', satisfaction: 2, minutes: 0 },
    { youth: 24, provider: 1, school: school1, outcome: 'OTHER', satisfaction: 3, minutes: 60 },
    { youth: 19, provider: 0, school: school0, outcome: 'COMPLETED_EDUCATION', satisfaction: 1, minutes: 30 },
  ];
  const orderOf = (youth: number) => demoOrder(demoYouth(youth)).id;

  beforeAll(async () => {
    expect(demoYouth(19).caseworkerUnitId).toBe(frederiksberg.org);
    for (const order of completed) {
      const id = orderOf(order.youth);
      await harness.db.query('DELETE FROM mentor_session WHERE order_id = $1', [id]);
      await harness.db.query(
        `UPDATE mentor_order SET status = 'COMPLETED', provider_id = $2, institution_id = $3, outcome_kind = $4, youth_satisfaction = $5, weekly_hours = 1, weeks = 10,
           start_date = '2024-12-02', end_date = '2025-02-09', activated_on = '2024-12-02', closed_at = '2025-03-10T11:00:00Z' WHERE id = $1`,
        [id, demoProviders[order.provider]!.id, order.school.id, order.outcome, order.satisfaction],
      );
      if (order.minutes) await addSession(id, '2025-01-15', order.minutes);
    }
  });

  test('a caseworker: the unit’s orders completed in the quarter, with the partners’ rating of them', async () => {
    harness.partners.handlers.collaborationRatings = () => ({ count: 3, average: 4.5 });
    const { successMetrics } = await data<{ successMetrics: Data }>(caseworker, METRICS, { filter: period });
    expect(successMetrics).toEqual({
      count: 5,
      suppressed: false,
      completedEducationShare: 0.4,
      transferredShare: 0.2,
      droppedOutShare: 0.2,
      averageYouthSatisfaction: 3.6,
      averagePartnerRating: 4.5,
      partnerRatingCount: 3,
      orderedHours: 50,
      deliveredHours: 4.5,
    });
    const [call] = harness.partners.calls.filter((candidate) => candidate.fields.includes('collaborationRatings'));
    expect((call!.variables.orderIds as string[]).sort()).toEqual([20, 21, 22, 23, 24].map(orderOf).sort());
    const filtered = await data<{ successMetrics: Data }>(caseworker, METRICS, { filter: { ...period, providerId: provider.org } });
    // Four orders of that provider: too few for shares and satisfaction that would not point at a youth.
    expect(filtered.successMetrics).toMatchObject({ count: 4, suppressed: true, completedEducationShare: null, droppedOutShare: null, averageYouthSatisfaction: null, orderedHours: 40 });
    const outside = await data<{ successMetrics: Data }>(caseworker, METRICS, { filter: { from: '2025-04-01', to: '2025-06-30' } });
    expect(outside.successMetrics).toMatchObject({ count: 0, completedEducationShare: null, averageYouthSatisfaction: null, partnerRatingCount: 0, orderedHours: 0 });
  });

  test('a provider coordinator: their own provider’s orders, in every unit; another provider is FORBIDDEN', async () => {
    const { successMetrics } = await data<{ successMetrics: Data }>(provider, METRICS, { filter: period });
    expect(successMetrics).toMatchObject({ count: 5, completedEducationShare: 0.6, averageYouthSatisfaction: 3.2, deliveredHours: 4, partnerRatingCount: 0 });
    const response = await query(provider, METRICS, { filter: { ...period, providerId: otherProvider.org } });
    expect(response.body.data).toEqual({ successMetrics: null });
    expect(codeOf(response)).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('institution staff: their own institution’s orders with the partners’ rating of them; another institution is FORBIDDEN', async () => {
    harness.partners.handlers.collaborationRatings = () => ({ count: 2, average: 3.5 });
    const { successMetrics } = await data<{ successMetrics: Data }>(staff, METRICS, { filter: period });
    expect(staff.org).toBe(school0.id);
    expect(successMetrics).toMatchObject({ count: 5, completedEducationShare: 0.6, averagePartnerRating: 3.5, partnerRatingCount: 2 });
    expect(harness.partners.calls).toHaveLength(1);
    expect(codeOf(await query(staff, METRICS, { filter: { ...period, institutionId: school1.id } }))).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('no other role; a backwards period is bad input; partners down is SERVICE_UNAVAILABLE', async () => {
    for (const identity of [mentor, demoUsers['youth-guide']!, demoUsers['social-worker']!, demoUsers.auditor!]) expect(codeOf(await query(identity, METRICS, { filter: period }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(codeOf(await query(caseworker, METRICS, { filter: { from: '2025-03-31', to: '2025-03-01' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', rule: 'dateOrder' });
    // Windows that are not one whole quarter could overlap, and the difference of two would be one youth.
    expect(codeOf(await query(caseworker, METRICS, { filter: { from: '2025-03-01', to: '2025-03-31' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from', rule: 'reportingPeriod' });
    expect(codeOf(await query(caseworker, METRICS, { filter: { from: '2025-01-01', to: '2025-03-09' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', rule: 'reportingPeriod' });
    const url = harness.peers.partners;
    harness.peers.partners = await deadUrl();
    try {
      expect(codeOf(await query(caseworker, METRICS, { filter: period }))).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'partners' });
    } finally {
      harness.peers.partners = url;
    }
  });

  test('partners is asked about at most 1,000 orders at a time, and the answers are weighed together', async () => {
    harness.partners.handlers.collaborationRatings = ({ orderIds }) => ((orderIds as string[]).length === 1000 ? { count: 10, average: 4 } : { count: 30, average: 2 });
    const orderIds = Array.from({ length: 2500 }, () => randomUUID());
    const token = `Bearer ${await harness.token(caseworker)}`;
    const summary = await collaborationRatings({ directory: harness.peers, signingSecret: TEST_SIGNING_SECRET }, { authorization: token, requestId: 'ratings' }, orderIds);
    expect(harness.partners.calls.map((call) => (call.variables.orderIds as string[]).length).sort((a, b) => a - b)).toEqual([500, 1000, 1000]);
    expect(new Set(harness.partners.calls.flatMap((call) => call.variables.orderIds as string[]))).toEqual(new Set(orderIds));
    expect(summary).toEqual({ count: 50, average: (10 * 4 + 10 * 4 + 30 * 2) / 50 });
  });
});

describe('the national report', () => {
  const REPORT = '#graphql\nquery NationalReport($from: Date!, $to: Date!) { nationalReport(from: $from, to: $to) }';

  test('CSV of the unit’s orders ACTIVE in the period, each youth audited as a read of the CPR number, in one batch', async () => {
    const from = addDays(today(), -30);
    const statementsBefore = harness.statements.count;
    const response = await query<{ nationalReport: string }>(caseworker, REPORT, { from, to: today() }, { 'x-request-id': 'national-report-1' });
    expect(response.body.errors).toBeUndefined();
    const lines = response.body.data!.nationalReport.split('\r\n');
    expect(lines[0]).toBe(REPORT_HEADER.join(';'));
    expect(lines.at(-1)).toBe('');
    const rows = lines.slice(1, -1).map((line) => line.split(';'));
    const expected = (await harness.db.query(
      `SELECT y.id, y.cpr FROM mentor_order o JOIN youth y ON y.id = o.youth_id
       WHERE y.caseworker_unit_id = $1 AND o.activated_on IS NOT NULL AND o.start_date <= $3 AND least(o.end_date, coalesce((o.closed_at AT TIME ZONE 'Europe/Copenhagen')::date, o.end_date)) >= $2`,
      [caseworker.org, from, today()],
    )) as { id: string; cpr: string }[];
    expect(rows.map((row) => row[0]).sort()).toEqual(expected.map((row) => row.cpr).sort());
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((row) => row.length === 6 && row[5] === caseworker.org)).toBe(true);
    const [youth1] = await harness.db.query('SELECT cpr FROM youth WHERE id = $1', [demoYouth(1).id]);
    const [order1] = await harness.db.query('SELECT start_date::text AS start, end_date::text AS "end" FROM mentor_order WHERE id = $1', [demoOrder(demoYouth(1)).id]);
    expect(rows).toContainEqual([youth1.cpr, order1.start, order1.end, '1', '0', caseworker.org]);
    // Never a youth of another unit, nor one whose order never became ACTIVE.
    const [placedYouth] = await harness.db.query('SELECT cpr FROM youth WHERE id = $1', [demoYouth(4).id]);
    const [otherUnitYouth] = await harness.db.query('SELECT cpr FROM youth WHERE id = $1', [demoYouth(9).id]);
    expect(rows.map((row) => row[0])).not.toContain(placedYouth.cpr);
    expect(rows.map((row) => row[0])).not.toContain(otherUnitYouth.cpr);

    const audited = (await harness.db.query(`SELECT youth_id, allowed_fields, outcome FROM audit_record WHERE request_id = 'national-report-1' AND youth_id IS NOT NULL`)) as {
      youth_id: string;
      allowed_fields: string[];
      outcome: string;
    }[];
    expect(audited.map((record) => record.youth_id).sort()).toEqual(expected.map((row) => row.id).sort());
    expect(audited.every((record) => record.allowed_fields.join() === 'Youth.cpr' && record.outcome === 'ALLOWED')).toBe(true);
    expect(harness.statements.auditInsertsSince(statementsBefore)).toBe(1);
  });

  test('no CSV leaves when the audit records of its CPR numbers cannot be stored', async () => {
    await harness.db.query('ALTER TABLE audit_entry RENAME TO audit_entry_off');
    let response: GraphQLResponse<{ nationalReport: string }>;
    try {
      response = await query<{ nationalReport: string }>(caseworker, REPORT, { from: addDays(today(), -30), to: today() });
    } finally {
      await harness.db.query('ALTER TABLE audit_entry_off RENAME TO audit_entry');
    }
    expect(response.body).toEqual({ data: null, errors: [{ message: expect.any(String), extensions: { code: 'AUDIT_UNAVAILABLE' } }] });
  });

  test('caseworkers only; a period of more than a year is bad input', async () => {
    for (const identity of [provider, staff, demoUsers['youth-guide']!, demoUsers.auditor!]) {
      const response = await query(identity, REPORT, { from: addDays(today(), -30), to: today() });
      expect(response.body.data).toEqual({ nationalReport: null });
      expect(codeOf(response)).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(codeOf(await query(caseworker, REPORT, { from: '2025-01-01', to: '2026-01-02' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', rule: 'periodLength' });
  });
});

describe('the mentor’s 30 days after an order ends (DESIGN §4, assigned)', () => {
  const YOUTH = `#graphql
    query Grace($id: ID!) {
      youth(id: $id) {
        firstName lastName ageGroup phone email specialNeeds
        orders { edges { node { id status goal tasks agreement { goal } schedules { validFrom } followUps { date } sessions { totalCount } } } }
      }
    }`;

  async function endFor(index: number, daysAgo: number): Promise<string> {
    const youth = demoYouth(index);
    await harness.db.query(`UPDATE youth SET phone = '31 22 44 55', email = 'ung@example.dk', special_needs = 'Korte møder.' WHERE id = $1`, [youth.id]);
    await harness.db.query(
      `UPDATE mentor_order SET mentor_id = $2, status = 'COMPLETED', outcome_kind = 'COMPLETED_EDUCATION', closed_at = now() - make_interval(days => $3::int) WHERE id = $1`,
      [demoOrder(youth).id, mentor.sub, daysAgo],
    );
    return youth.id;
  }

  test('ended 10 days ago: every MENTOR cell still holds — names, contact, special needs, the order, its case content and schedules', async () => {
    // Youth 14's order is one of the demo mentor's, so they logged its sessions.
    expect(demoOrder(demoYouth(14)).mentorId).toBe(mentor.sub);
    const youthId = await endFor(14, 10);
    const response = await query<{ youth: Record<string, unknown> }>(mentor, YOUTH, { id: youthId });
    expect(response.body.errors).toBeUndefined();
    const youth = response.body.data!.youth;
    for (const field of ['firstName', 'lastName', 'ageGroup', 'phone', 'email', 'specialNeeds']) expect(youth[field], field).toEqual(expect.any(String));
    const [order] = (youth.orders as { edges: { node: Record<string, unknown> }[] }).edges.map((edge) => edge.node);
    const [{ own }] = await harness.db.query('SELECT count(*)::int AS own FROM mentor_session WHERE order_id = $1 AND mentor_id = $2', [order!.id, mentor.sub]);
    expect(own).toBeGreaterThan(0);
    expect(order).toMatchObject({ status: 'COMPLETED', goal: expect.any(String), tasks: expect.any(Array), agreement: { goal: expect.any(String) }, sessions: { totalCount: own } });
    expect((order!.schedules as unknown[]).length).toBeGreaterThan(0);
    const cpr = await query<{ youth: { cpr: string | null } }>(mentor, '#graphql\nquery Cpr($id: ID!) { youth(id: $id) { cpr targetGroup } }', { id: youthId });
    expect(cpr.body.data!.youth).toEqual({ cpr: null, targetGroup: null });
  });

  test('ended 40 days ago: nothing', async () => {
    const youthId = await endFor(42, 40);
    expect(await data(mentor, YOUTH, { id: youthId })).toEqual({ youth: null });
  });
});
