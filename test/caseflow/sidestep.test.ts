import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Identity } from '@mentor/common';
import { demoId, demoMentors, demoProviders, demoUsers, orderableInstitutions, syntheticCvr } from '@mentor/testkit';
import { startTestStack, type Caller, type GatewayResult, type TestStack } from '../support/stack.js';
import {
  addDays,
  birthDateForAge,
  changedTables,
  coordinatorOf,
  danishToday,
  dataOf,
  demoPlan,
  expectRefusedStoringNothing,
  fingerprint,
  freshCpr,
  mentorIdentity,
  send,
  type RuleExpectation,
  type Subject,
} from './flow.js';

/**
 * Issue 13's rules that could be sidestepped, each tried through the gateway on both sides of its
 * boundary: the request that breaks it gets BAD_USER_INPUT naming the field and the rule (or
 * CONFLICT with the status, for the lifecycle) and nothing is stored; the request just inside it
 * goes through.
 */

const YOUTHS = 40;
const plan = demoPlan(YOUTHS);
const today = danishToday();
const caseworker = demoUsers.caseworker!;
const [provider0, provider1, provider2] = demoProviders as [(typeof demoProviders)[number], (typeof demoProviders)[number], (typeof demoProviders)[number]];
const school = orderableInstitutions[0]!;

const ownUnit = ({ youth }: Subject) => youth.caseworkerUnitId === caseworker.org;
const used = new Set<string>();
/** The next subject that fits and that no other test uses. */
function take(fits: (subject: Subject) => boolean): Subject {
  const subject = plan.find((candidate) => !used.has(candidate.order.id) && fits(candidate));
  if (!subject) throw new Error('The demo plan has no such subject');
  used.add(subject.order.id);
  return subject;
}
const closed = ({ order }: Subject) => ['COMPLETED', 'REJECTED', 'CANCELLED'].includes(order.status);
const adult = ({ youth }: Subject) => youth.age >= 18;

let system: TestStack;

beforeAll(async () => {
  system = await startTestStack({ youths: YOUTHS });
});

afterAll(async () => {
  await system?.stop();
});

/** A request that must be refused with BAD_USER_INPUT on `expected`, storing nothing. */
const refused = (user: Caller, mutation: string, input: Record<string, unknown>, expected: RuleExpectation) => expectRefusedStoringNothing(system, user, mutation, input, expected);

/** A request that must be refused with CONFLICT naming the order's current status, storing nothing. */
async function conflicting(user: Caller, mutation: string, input: Record<string, unknown>, status: string): Promise<void> {
  const before = await fingerprint(system);
  const result: GatewayResult = await send(system, user, mutation, { input });
  const [error] = result.body.errors ?? [];
  expect(error?.extensions, JSON.stringify(result.body.errors)).toMatchObject({ code: 'CONFLICT', status });
  expect(error!.message).toContain(status);
  expect(changedTables(before, await fingerprint(system)), 'tables changed by a refused request').toEqual([]);
}

async function orderDates(orderId: string): Promise<{ startDate: string; endDate: string; requestedActivities: string[] }> {
  const [row] = await system.databases.orders.query(
    `SELECT start_date::text AS "startDate", end_date::text AS "endDate", requested_activities AS "requestedActivities" FROM mentor_order WHERE id = $1`,
    [orderId],
  );
  return row;
}

const placeOrder = `#graphql
  mutation SidestepPlaceOrder($input: PlaceOrderInput!) { placeOrder(input: $input) { id status serviceStandard { municipalityCode } } }`;

function orderInput(youthId: string, changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    youthId,
    providerId: provider0.id,
    institutionId: school.id,
    goalKind: 'EDUCATION',
    goal: 'Fastholdelse på grundforløbet og overgang til hovedforløb.',
    tasks: ['Ugentlige samtaler om fremmøde'],
    requestedActivities: provider0.activities.slice(1, 3),
    weeklyHours: 1,
    weeks: 13,
    startDate: addDays(today, 7),
    deliveryMunicipalityCode: '101',
    ...changes,
  };
}

describe("rules 1 and 12: the standard is the one of the caseworker's unit's municipality", () => {
  it("refuses a Copenhagen caseworker naming Gribskov's standard, and holds them to Copenhagen's", async () => {
    const { youth } = take((subject) => ownUnit(subject) && adult(subject) && closed(subject));
    // 3 h/week for 20 weeks is within Gribskov's standard and outside Copenhagen's.
    await refused('caseworker', placeOrder, orderInput(youth.id, { orderingMunicipalityCode: '270', weeklyHours: 3, weeks: 20 }), {
      field: 'orderingMunicipalityCode',
      rule: 'unitMunicipality',
    });
    await refused('caseworker', placeOrder, orderInput(youth.id, { weeklyHours: 3, weeks: 20 }), { field: 'weeklyHours', rule: 'weeklyHoursRange' });
    const { placeOrder: order } = dataOf(await send(system, 'caseworker', placeOrder, { input: orderInput(youth.id, { orderingMunicipalityCode: '101' }) }));
    expect(order.serviceStandard.municipalityCode).toBe('101');
  });

  it("gives a caseworker of a unit in Gribskov Gribskov's standard without naming it", async () => {
    const unit = demoId('org', 'jobcenter-gribskov-test');
    await system.databases.partners.query(`INSERT INTO organisation (id, kind, name, cvr, municipality_code) VALUES ($1, 'MUNICIPAL_UNIT', 'Jobcenter Gribskov', $2, '270')`, [
      unit,
      syntheticCvr(270),
    ]);
    const gribskov: Identity = { sub: demoId('user', 'caseworker-gribskov'), roles: ['CASEWORKER'], org: unit, name: 'Grete Bisgaard' };
    const { registerYouth: youth } = dataOf(
      await send(system, gribskov, `#graphql
        mutation SidestepRegisterYouth($input: RegisterYouthInput!) { registerYouth(input: $input) { id } }`, {
        input: {
          firstName: 'Sigurd',
          lastName: 'Holm',
          cpr: await freshCpr(system.databases.orders, birthDateForAge(22, today)),
          address: 'Østergade 4, 3200 Helsinge',
          targetGroup: 'YOUTH_TRANSITION_TO_EDUCATION',
          legalBasis: 'LAB § 31 b',
        },
      }),
    );
    // Gribskov's level 4 (over 4 h/week) is granted for at most 13 weeks before reassessment.
    await refused(gribskov, placeOrder, orderInput(youth.id, { weeklyHours: 5, weeks: 14 }), { field: 'weeks', rule: 'serviceLevelWeeks' });
    const { placeOrder: order } = dataOf(await send(system, gribskov, placeOrder, { input: orderInput(youth.id, { weeklyHours: 3, weeks: 20 }) }));
    expect(order).toMatchObject({ status: 'PLACED', serviceStandard: { municipalityCode: '270' } });
  });
});

describe("providers: an order is placed only while the provider's agreement with the municipality runs", () => {
  it("refuses the volunteer network, whose agreement ended last year, and places the same order with a running one", async () => {
    const { youth } = take((subject) => ownUnit(subject) && adult(subject) && closed(subject));
    expect(provider2.activities).toEqual(expect.arrayContaining(provider0.activities.slice(1, 3)));
    await refused('caseworker', placeOrder, orderInput(youth.id, { providerId: provider2.id }), { field: 'providerId', rule: 'providerAgreementInForce' });
    expect(dataOf(await send(system, 'caseworker', placeOrder, { input: orderInput(youth.id) })).placeOrder.status).toBe('PLACED');
  });
});

describe('one support at a time', () => {
  it("refuses an order sharing the last day of the youth's active one; from the day after it is placed", async () => {
    const { youth, order } = take((subject) => ownUnit(subject) && adult(subject) && subject.order.status === 'ACTIVE');
    const { endDate } = await orderDates(order.id);
    await refused('caseworker', placeOrder, orderInput(youth.id, { startDate: endDate }), { field: 'overlapJustification', rule: 'oneSupportAtATime' });
    await refused('caseworker', placeOrder, orderInput(youth.id, { startDate: endDate, overlapJustification: '   ' }), { field: 'overlapJustification', rule: 'oneSupportAtATime' });
    expect(dataOf(await send(system, 'caseworker', placeOrder, { input: orderInput(youth.id, { startDate: addDays(endDate, 1) }) })).placeOrder.status).toBe('PLACED');
  });

  it("places an overlapping order when the caseworker records why, and stores the reason", async () => {
    const { youth } = take((subject) => ownUnit(subject) && adult(subject) && subject.order.status === 'ACTIVE');
    const why = 'Den unge skifter skole; den nye mentor overtager i en kort overlapsperiode.';
    const { placeOrder: order } = dataOf(await send(system, 'caseworker', placeOrder, { input: orderInput(youth.id, { overlapJustification: why }) }));
    const [row] = await system.databases.orders.query('SELECT overlap_justification FROM mentor_order WHERE id = $1', [order.id]);
    expect(row.overlap_justification).toBe(why);
  });
});

const publishSchedule = `#graphql
  mutation SidestepPublishSchedule($input: PublishScheduleInput!) { publishSchedule(input: $input) { id } }`;
const logSession = `#graphql
  mutation SidestepLogSession($input: LogSessionInput!) { logSession(input: $input) { id } }`;

function sessionInput(orderId: string, changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { orderId, date: today, minutes: 15, form: 'IN_PERSON', place: 'INSTITUTION', journalNote: 'Gennemgik ugens skema.', phase: 'COURSE', ...changes };
}

describe("rule 5: the course consists only of the provider's catalogue activities", () => {
  it('refuses a schedule entry outside the catalogue and publishes the same schedule with a catalogue activity', async () => {
    const { order } = take((subject) => adult(subject) && subject.order.status === 'ACTIVE' && subject.order.providerId === provider0.id);
    const { requestedActivities } = await orderDates(order.id);
    const tomorrow = addDays(today, 1);
    const schedule = (activity: string) => ({
      orderId: order.id,
      kind: 'WEEKLY',
      validFrom: tomorrow,
      validTo: tomorrow,
      entries: [{ date: tomorrow, startTime: '10:00', endTime: '10:30', place: school.name, activity }],
    });
    await refused('provider', publishSchedule, schedule('Fodboldtræning'), { field: 'entries[0].activity', rule: 'activitiesInCatalogue' });
    expect(dataOf(await send(system, 'provider', publishSchedule, { input: schedule(requestedActivities[0]!) })).publishSchedule.id).toEqual(expect.any(String));
  });

  it('refuses a logged session with an activity outside the catalogue and logs it with a catalogue one', async () => {
    const mentor = demoUsers.mentor!;
    const { order } = take((subject) => adult(subject) && subject.order.status === 'ACTIVE' && subject.order.mentorId === mentor.sub);
    await refused('mentor', logSession, sessionInput(order.id, { activities: [provider0.activities[0], 'Fodboldtræning'] }), { field: 'activities[1]', rule: 'activitiesInCatalogue' });
    expect(dataOf(await send(system, 'mentor', logSession, { input: sessionInput(order.id, { activities: [provider0.activities[0]] }) })).logSession.id).toEqual(expect.any(String));
  });
});

describe('rule 9: nobody meets a youth under 18 on a day their checks are not current', () => {
  it("refuses a session on the day the mentor's criminal-record check falls due, and logs it when it falls due the day after", async () => {
    const { order } = take((subject) => subject.youth.age < 18 && subject.order.status === 'ACTIVE' && subject.order.mentorId !== null);
    const mentor = demoMentors.find((candidate) => candidate.id === order.mentorId)!;
    const twoYearsAgo = `${Number(today.slice(0, 4)) - 2}${today.slice(4)}`.replace('-02-29', '-02-28');
    const checkedOn = (date: string) =>
      system.databases.mentors.query(`UPDATE screening SET checked_on = $2 WHERE mentor_id = $1 AND kind = 'CRIMINAL_RECORD'`, [mentor.id, date]);
    await checkedOn(twoYearsAgo);
    await refused(mentorIdentity(mentor), logSession, sessionInput(order.id), { field: 'date', rule: 'screeningCurrent' });
    await checkedOn(addDays(twoYearsAgo, 1));
    expect(dataOf(await send(system, mentorIdentity(mentor), logSession, { input: sessionInput(order.id) })).logSession.id).toEqual(expect.any(String));
  });

  it("refuses a schedule whose last entry falls on the day the check lapses, and publishes it ending the day before", async () => {
    const { order } = take((subject) => subject.youth.age < 18 && subject.order.status === 'ACTIVE' && subject.order.mentorId !== null);
    const mentor = demoMentors.find((candidate) => candidate.id === order.mentorId)!;
    const coordinator = coordinatorOf(order.providerId);
    const { requestedActivities } = await orderDates(order.id);
    // The child-protection check falls due in three days; the criminal-record check was renewed a month ago.
    const lapses = addDays(today, 3);
    await system.databases.mentors.query(`UPDATE screening SET checked_on = $2 WHERE mentor_id = $1 AND kind = 'CRIMINAL_RECORD'`, [mentor.id, addDays(today, -30)]);
    await system.databases.mentors.query(`UPDATE screening SET checked_on = $2 WHERE mentor_id = $1 AND kind = 'CHILD_PROTECTION'`, [
      mentor.id,
      `${Number(lapses.slice(0, 4)) - 2}${lapses.slice(4)}`.replace('-02-29', '-02-28'),
    ]);
    const entry = (date: string) => ({ date, startTime: '10:00', endTime: '10:30', place: school.name, activity: requestedActivities[0] });
    const schedule = (lastDay: string) => ({ orderId: order.id, kind: 'WEEKLY', validFrom: addDays(today, 1), validTo: lastDay, entries: [entry(addDays(today, 1)), entry(lastDay)] });
    await refused(coordinator, publishSchedule, schedule(lapses), { field: 'entries', rule: 'screeningCurrent' });
    expect(dataOf(await send(system, coordinator, publishSchedule, { input: schedule(addDays(lapses, -1)) })).publishSchedule.id).toEqual(expect.any(String));
  });
});

const completeOrder = `#graphql
  mutation SidestepCompleteOrder($input: CompleteOrderInput!) { completeOrder(input: $input) { id status } }`;

/** Rule 8 out of the way: the order's SPS clarification is recorded. */
async function clarified(orderId: string): Promise<void> {
  await system.databases.orders.query(`UPDATE mentor_order SET sps_clarification = 'SPS afklaret med studievejleder.', sps_clarified_on = start_date WHERE id = $1`, [orderId]);
}

describe('completion', () => {
  it('refuses to complete an order before its first day; on its first day it completes, with the reason it ends early', async () => {
    const { order } = take((subject) => ownUnit(subject) && subject.order.status === 'ACTIVE');
    const { endDate } = await orderDates(order.id);
    await clarified(order.id);
    await system.databases.orders.query('UPDATE mentor_order SET start_date = $2 WHERE id = $1', [order.id, addDays(today, 1)]);
    const input = { orderId: order.id, outcome: 'DROPPED_OUT', note: 'Den unge er flyttet fra kommunen.' };
    await refused('caseworker', completeOrder, input, { field: 'orderId', rule: 'completionAfterStart' });
    await system.databases.orders.query('UPDATE mentor_order SET start_date = $2 WHERE id = $1', [order.id, today]);
    expect(endDate > today).toBe(true);
    await refused('caseworker', completeOrder, { ...input, note: null }, { field: 'note', rule: 'earlyCompletionReason' });
    expect(dataOf(await send(system, 'caseworker', completeOrder, { input })).completeOrder.status).toBe('COMPLETED');
  });

  it('completes an order on its last day without a reason, but not as COMPLETED_EDUCATION with nothing delivered', async () => {
    const { order } = take((subject) => ownUnit(subject) && subject.order.status === 'ACTIVE');
    await clarified(order.id);
    await system.databases.orders.query('UPDATE mentor_order SET end_date = $2 WHERE id = $1', [order.id, today]);
    await system.databases.orders.query('DELETE FROM mentor_session WHERE order_id = $1', [order.id]);
    const input = { orderId: order.id, outcome: 'COMPLETED_EDUCATION', youthSatisfaction: 4 };
    await refused('caseworker', completeOrder, input, { field: 'outcome', rule: 'outcomeNeedsDelivery' });
    await system.databases.orders.query(
      `INSERT INTO mentor_session (id, order_id, mentor_id, date, minutes, form, place, activities, journal_note, phase)
       VALUES (gen_random_uuid(), $1, $2, $3::date, 1, 'IN_PERSON', 'INSTITUTION', '{}', 'Kort afsluttende samtale.', 'HANDOVER')`,
      [order.id, order.mentorId, today],
    );
    expect(dataOf(await send(system, 'caseworker', completeOrder, { input })).completeOrder.status).toBe('COMPLETED');
  });
});

describe('lifecycle errors (DESIGN §7)', () => {
  const acceptOrder = `#graphql
    mutation SidestepAcceptOrder($input: AcceptOrderInput!) { acceptOrder(input: $input) { id status } }`;

  it('accepting an order that is already ACTIVE is a CONFLICT with its status; a PLACED one is accepted', async () => {
    const active = take((subject) => subject.order.status === 'ACTIVE' && subject.order.providerId === provider0.id);
    await conflicting('provider', acceptOrder, { orderId: active.order.id }, 'ACTIVE');
    const placed = take((subject) => subject.order.status === 'PLACED' && subject.order.providerId === provider0.id);
    expect(dataOf(await send(system, 'provider', acceptOrder, { input: { orderId: placed.order.id } })).acceptOrder.status).toBe('ACCEPTED');
  });

  it('a mentor logging a session on their own order that is not yet ACTIVE gets that CONFLICT; another mentor finds no order', async () => {
    const { order } = take((subject) => subject.order.status === 'ACCEPTED' && subject.order.providerId === provider1.id && adult(subject));
    const mentor = demoMentors.find((candidate) => candidate.providerId === provider1.id && candidate.certification === 'VALID' && candidate.screened)!;
    const other = demoMentors.find((candidate) => candidate.providerId === provider1.id && candidate.id !== mentor.id)!;
    await system.databases.orders.query('UPDATE mentor_order SET mentor_id = $2 WHERE id = $1', [order.id, mentor.id]);
    await conflicting(mentorIdentity(mentor), logSession, sessionInput(order.id), 'ACCEPTED');
    const result = await send(system, mentorIdentity(other), logSession, { input: sessionInput(order.id) });
    expect(result.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('suggestions and the due list', () => {
  it('suggestMentors leaves out a mentor once they are inactive', async () => {
    const { order } = take((subject) => ownUnit(subject) && subject.order.status === 'ACCEPTED' && subject.order.providerId === provider1.id);
    const suggested = async () =>
      dataOf(await send(system, 'caseworker', `#graphql
        query SidestepSuggestMentors($orderId: ID!) { suggestMentors(orderId: $orderId) { mentor { id } } }`, { orderId: order.id })).suggestMentors.map(
        (suggestion: { mentor: { id: string } }) => suggestion.mentor.id,
      );
    const mentor = demoMentors.find((candidate) => candidate.providerId === provider1.id)!;
    expect(await suggested()).toContain(mentor.id);
    await system.databases.mentors.query(`UPDATE mentor SET status = 'INACTIVE' WHERE id = $1`, [mentor.id]);
    expect(await suggested()).not.toContain(mentor.id);
  });

  it("the next follow-up is due by the order's last day at the latest, and the due list shows it then", async () => {
    const { order } = take((subject) => ownUnit(subject) && subject.order.status === 'ACTIVE');
    const endDate = addDays(today, 5);
    await system.databases.orders.query('UPDATE mentor_order SET start_date = $2, end_date = $3 WHERE id = $1', [order.id, addDays(today, -10), endDate]);
    await system.databases.orders.query('DELETE FROM follow_up WHERE order_id = $1', [order.id]);
    const { order: read } = dataOf(await send(system, 'caseworker', `#graphql
      query SidestepFollowUpDue($id: ID!) { order(id: $id) { followUpDue endDate } }`, { id: order.id }));
    expect(read).toEqual({ followUpDue: endDate, endDate });
    const { dueList } = dataOf(await send(system, 'caseworker', `#graphql
      query SidestepDueList { dueList { followUpsDue { id } } }`));
    expect(dueList.followUpsDue.map((due: { id: string }) => due.id)).toContain(order.id);
  });
});
