import { type Identity } from '@mentor/common';
import { demoId, demoOrder, demoProviders, demoUsers, demoYouth, orderableInstitutions, type GraphQLResponse } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { addDays, today } from './dates.js';
import { startHarness, type OrdersHarness } from './testing/harness.js';

const caseworker = demoUsers.caseworker!;
const provider = demoUsers.provider!;
const otherProvider: Identity = { sub: demoId('user', 'coordinator-1'), roles: ['PROVIDER_COORDINATOR'], org: demoProviders[1]!.id, name: 'Ulla Ravn' };
const mentorId = demoId('mentor', 'test-mentor');
const mentor: Identity = { sub: mentorId, roles: ['MENTOR'], org: provider.org, name: 'Test Mentor' };
const otherMentor: Identity = { sub: demoId('mentor', 'other-test-mentor'), roles: ['MENTOR'], org: provider.org, name: 'Other Mentor' };
const activities = demoProviders[0]!.activities.slice(0, 2);

let harness: OrdersHarness;

beforeAll(async () => {
  harness = await startHarness('orders_mutations', { youths: 24 });
});

afterAll(async () => {
  await harness?.stop();
});

type Data = Record<string, Record<string, unknown> | null>;

async function send(identity: Identity, query: string, input: Record<string, unknown>): Promise<GraphQLResponse<Data>> {
  return harness.call<Data>(identity, query, { input });
}

async function ok(identity: Identity, query: string, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await send(identity, query, input);
  expect(response.body.errors).toBeUndefined();
  return Object.values(response.body.data!)[0]!;
}

function expectError(response: GraphQLResponse<Data>, code: string, details: { field?: string; rule?: string } = {}): string {
  const error = response.body.errors?.[0];
  expect(error?.extensions).toMatchObject({ code, ...details });
  return error!.message;
}

async function count(table: string): Promise<number> {
  const [row] = (await harness.db.query(`SELECT count(*)::int AS count FROM ${table}`)) as { count: number }[];
  return row!.count;
}

const REGISTER = '#graphql\nmutation Register($input: RegisterYouthInput!) { registerYouth(input: $input) { id cpr birthDate ageGroup caseworkerUnitId targetGroup version } }';
const ORDER_FIELDS = 'id reference status version mentor { id } weeks endDate totalHours spsClarification { text } outcome { kind youthSatisfaction } agreement { mentorName complaintGuidance } serviceStandard { municipalityCode }';
const PLACE = `#graphql\nmutation Place($input: PlaceOrderInput!) { placeOrder(input: $input) { ${ORDER_FIELDS} } }`;
const change = (name: string, inputType: string) => `#graphql\nmutation Change($input: ${inputType}!) { ${name}(input: $input) { ${ORDER_FIELDS} } }`;
const ACCEPT = change('acceptOrder', 'AcceptOrderInput');
const REJECT = change('rejectOrder', 'RejectOrderInput');
const ASSIGN = change('assignMentor', 'AssignMentorInput');
const SIGN = change('signAgreement', 'SignAgreementInput');
const SPS = change('recordSpsClarification', 'RecordSpsClarificationInput');
const EXTEND = change('extendOrder', 'ExtendOrderInput');
const COMPLETE = change('completeOrder', 'CompleteOrderInput');
const CANCEL = change('cancelOrder', 'CancelOrderInput');
const PUBLISH = '#graphql\nmutation Publish($input: PublishScheduleInput!) { publishSchedule(input: $input) { id kind validFrom validTo entries { date hours activity duringTeachingHours } } }';
const LOG = '#graphql\nmutation Log($input: LogSessionInput!) { logSession(input: $input) { id date minutes form place phase mentor { id } } }';
const FOLLOW_UP = '#graphql\nmutation FollowUp($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id date progression } }';
const EFFECT = '#graphql\nmutation Effect($input: RecordEffectAssessmentInput!) { recordEffectAssessment(input: $input) { id date effect recommendation } }';

const youthInput = {
  firstName: 'Sara',
  lastName: 'Holm',
  cpr: '150305-4322',
  address: 'Blågårdsgade 12, 2. th., 2200 København N',
  phone: '28 44 12 90',
  email: 'sara.holm@example.dk',
  targetGroup: 'YOUTH_TRANSITION_TO_EDUCATION',
  legalBasis: 'LAB § 31 b',
  specialNeeds: 'Har brug for korte møder.',
};

function orderInput(youthId: string, overrides: Record<string, unknown> = {}) {
  return {
    youthId,
    providerId: provider.org,
    institutionId: orderableInstitutions[0]!.id,
    goalKind: 'EDUCATION',
    goal: 'Den unge gennemfører grundforløbet.',
    tasks: ['Støtte fremmøde', 'Struktur i hverdagen'],
    requestedActivities: activities,
    weeklyHours: 1,
    weeks: 13,
    startDate: today(),
    deliveryMunicipalityCode: '101',
    ...overrides,
  };
}

describe('registerYouth', () => {
  test('registers a youth in the caseworker’s unit, deriving the birth date from the CPR; a repeat with the key returns it', async () => {
    const youth = await ok(caseworker, REGISTER, { ...youthInput, idempotencyKey: 'register-sara' });
    expect(youth).toMatchObject({ cpr: '150305-4322', birthDate: '2005-03-15', caseworkerUnitId: caseworker.org, targetGroup: 'YOUTH_TRANSITION_TO_EDUCATION', version: 1 });
    expect(youth.ageGroup).toBe('AGE_18_25');
    const repeat = await ok(caseworker, REGISTER, { ...youthInput, idempotencyKey: 'register-sara' });
    expect(repeat.id).toBe(youth.id);
    const [{ count: sameCpr }] = await harness.db.query(`SELECT count(*)::int AS count FROM youth WHERE cpr = '150305-4322'`);
    expect(sameCpr).toBe(1);
  });

  test('refuses a second youth with the same CPR number, saying so in the unit that has it', async () => {
    expect(expectError(await send(caseworker, REGISTER, { ...youthInput, firstName: 'Anden' }), 'CONFLICT')).toContain('already registered in your unit');
  });

  test("refuses another unit's CPR number without saying it is registered, and audits the refusal on that youth", async () => {
    const elsewhere = demoUsers['caseworker-frb']!;
    const [sara] = (await harness.db.query(`SELECT id FROM youth WHERE cpr = '150305-4322'`)) as { id: string }[];
    const message = expectError(await send(elsewhere, REGISTER, { ...youthInput, firstName: 'Anden' }), 'FORBIDDEN');
    expect(message).not.toMatch(/already|exists|CPR/i);
    const [{ count: sameCpr }] = await harness.db.query(`SELECT count(*)::int AS count FROM youth WHERE cpr = '150305-4322'`);
    expect(sameCpr).toBe(1);
    const records = await harness.db.query(`SELECT user_id, unit, allowed_fields, denied_fields, outcome FROM audit_record WHERE youth_id = $1 AND user_id = $2`, [sara!.id, elsewhere.sub]);
    expect(records).toEqual([{ user_id: elsewhere.sub, unit: elsewhere.org, allowed_fields: [], denied_fields: ['Mutation.registerYouth.registeredElsewhere'], outcome: 'DENIED' }]);
  });

  test('refuses bad input naming the field, and stores nothing', async () => {
    const before = await count('youth');
    expectError(await send(caseworker, REGISTER, { ...youthInput, cpr: '311305-1234' }), 'BAD_USER_INPUT', { field: 'cpr', rule: 'cprDate' });
    expectError(await send(caseworker, REGISTER, { ...youthInput, cpr: '12345' }), 'BAD_USER_INPUT', { field: 'cpr', rule: 'cprFormat' });
    expectError(await send(caseworker, REGISTER, { ...youthInput, cpr: `010120-4${'123'}` }), 'BAD_USER_INPUT', { field: 'cpr', rule: 'minimumAge' });
    expectError(await send(caseworker, REGISTER, { ...youthInput, cpr: '010101-1234', firstName: '  ' }), 'BAD_USER_INPUT', { field: 'firstName', rule: 'required' });
    expectError(await send(caseworker, REGISTER, { ...youthInput, cpr: '010101-1234', email: 'not-mail' }), 'BAD_USER_INPUT', { field: 'email', rule: 'emailFormat' });
    expect(await count('youth')).toBe(before);
  });

  test('is for caseworkers only', async () => {
    expectError(await send(provider, REGISTER, { ...youthInput, cpr: '010101-1234' }), 'FORBIDDEN');
  });
});

describe('the order lifecycle', () => {
  let youthId: string;
  let orderId: string;

  beforeAll(async () => {
    youthId = (await ok(caseworker, REGISTER, { ...youthInput, cpr: '020604-4411', idempotencyKey: 'lifecycle-youth' })).id as string;
  });

  test('placeOrder refuses input outside the Copenhagen standard and stores nothing', async () => {
    const before = await count('mentor_order');
    expectError(await send(caseworker, PLACE, orderInput(youthId, { weeklyHours: 3 })), 'BAD_USER_INPUT', { field: 'weeklyHours', rule: 'weeklyHoursRange' });
    expectError(await send(caseworker, PLACE, orderInput(youthId, { weeklyHours: 0.25 })), 'BAD_USER_INPUT', { field: 'weeklyHours', rule: 'weeklyHoursRange' });
    expectError(await send(caseworker, PLACE, orderInput(youthId, { weeks: 14 })), 'BAD_USER_INPUT', { field: 'weeks', rule: 'weeksRange' });
    expectError(await send(caseworker, PLACE, orderInput(youthId, { weeks: 1 })), 'BAD_USER_INPUT', { field: 'weeks', rule: 'weeksRange' });
    expectError(await send(caseworker, PLACE, orderInput(youthId, { deliveryMunicipalityCode: '751' })), 'BAD_USER_INPUT', { field: 'deliveryMunicipalityCode', rule: 'deliveryMunicipality' });
    expectError(await send(caseworker, PLACE, orderInput(youthId, { startDate: addDays(today(), -1) })), 'BAD_USER_INPUT', { field: 'startDate', rule: 'startDateNotPast' });
    expectError(await send(caseworker, PLACE, orderInput(youthId, { tasks: [] })), 'BAD_USER_INPUT', { field: 'tasks', rule: 'required' });
    // The standard is the caseworker's unit's (København): naming another municipality is refused, and a unit whose municipality has none places nothing.
    expectError(await send(caseworker, PLACE, orderInput(youthId, { orderingMunicipalityCode: '270' })), 'BAD_USER_INPUT', { field: 'orderingMunicipalityCode', rule: 'unitMunicipality' });
    harness.partners.handlers.organisation = () => ({ municipalityCode: '461' });
    onTestFinished(() => harness.partners.reset());
    expectError(await send(caseworker, PLACE, orderInput(youthId)), 'BAD_USER_INPUT', { field: 'orderingMunicipalityCode', rule: 'serviceStandardInForce' });
    harness.partners.handlers.organisation = () => null;
    expectError(await send(caseworker, PLACE, orderInput(youthId)), 'BAD_USER_INPUT', { field: 'orderingMunicipalityCode', rule: 'unitMunicipality' });
    expect(await count('mentor_order')).toBe(before);
  });

  test('placeOrder is for a caseworker of the youth’s unit; another unit’s youth looks missing', async () => {
    expectError(await send(caseworker, PLACE, orderInput(demoYouth(9).id)), 'NOT_FOUND');
    expectError(await send(provider, PLACE, orderInput(youthId)), 'FORBIDDEN');
  });

  test('placeOrder places the order with a reference from the sequence; a repeat with the key returns it', async () => {
    const order = await ok(caseworker, PLACE, { ...orderInput(youthId), idempotencyKey: 'order-1' });
    expect(order).toMatchObject({ status: 'PLACED', version: 1, mentor: null, totalHours: 13, endDate: addDays(today(), 90), serviceStandard: { municipalityCode: '101' } });
    expect(order.reference).toMatch(/^ORD-\d{4}-0000(2[5-9]|[3-9]\d)$/);
    orderId = order.id as string;
    const repeat = await ok(caseworker, PLACE, { ...orderInput(youthId), idempotencyKey: 'order-1' });
    expect(repeat.id).toBe(orderId);
  });

  test('placeOrder checks against the ordering municipality’s standard: Gribskov allows more hours, but level 4 only 3 months', async () => {
    const catalogue = demoProviders[0]!;
    harness.mentors.handlers.providerCatalogue = () => ({ activities: catalogue.activities, municipalityCodes: [...catalogue.municipalityCodes, '270'] });
    // A caseworker of a unit in Gribskov, as partners registers the unit.
    harness.partners.handlers.organisation = () => ({ municipalityCode: '270' });
    onTestFinished(() => {
      harness.mentors.reset();
      harness.partners.reset();
    });
    // The youth's Copenhagen order from the test before is open: this one is placed beside it, with the reason recorded.
    const gribskov = await ok(caseworker, PLACE, orderInput(youthId, { overlapJustification: 'Flytter til Gribskov; overlap i overdragelsen.', weeklyHours: 3, weeks: 26, deliveryMunicipalityCode: '270' }));
    expect(gribskov).toMatchObject({ serviceStandard: { municipalityCode: '270' }, totalHours: 78 });
    expectError(await send(caseworker, PLACE, orderInput(youthId, { weeklyHours: 5, weeks: 20, deliveryMunicipalityCode: '270' })), 'BAD_USER_INPUT', {
      field: 'weeks',
      rule: 'serviceLevelWeeks',
    });
  });

  test('acceptOrder: only the order’s provider, at the current version, from PLACED', async () => {
    expectError(await send(caseworker, ACCEPT, { orderId }), 'FORBIDDEN');
    expectError(await send(otherProvider, ACCEPT, { orderId }), 'NOT_FOUND');
    expectError(await send(provider, ACCEPT, { orderId, expectedVersion: 7 }), 'CONFLICT');
    const accepted = await ok(provider, ACCEPT, { orderId, expectedVersion: 1 });
    expect(accepted).toMatchObject({ status: 'ACCEPTED', version: 2 });
    // DESIGN §7: an out-of-order transition is a CONFLICT with the current status, not a fault in the input.
    const message = expectError(await send(provider, ACCEPT, { orderId }), 'CONFLICT');
    expect(message).toContain('ACCEPTED');
  });

  test('signAgreement needs a mentor; assignMentor then signAgreement makes the order ACTIVE', async () => {
    expectError(await send(provider, SIGN, { orderId, mentorName: 'Test Mentor', mentorContact: '+45 30 11 22 33' }), 'BAD_USER_INPUT', { field: 'mentorId', rule: 'mentorRequired' });
    expectError(await send(provider, ASSIGN, { orderId, mentorId: 'nobody' }), 'BAD_USER_INPUT', { field: 'mentorId', rule: 'id' });
    expect(await ok(provider, ASSIGN, { orderId, mentorId })).toMatchObject({ status: 'ACCEPTED', mentor: { id: mentorId }, version: 3 });
    const active = await ok(provider, SIGN, { orderId, mentorName: 'Test Mentor', mentorContact: '+45 30 11 22 33', expectedVersion: 3 });
    expect(active).toMatchObject({ status: 'ACTIVE', version: 4, agreement: { mentorName: 'Test Mentor' } });
    expect((active.agreement as { complaintGuidance: string }).complaintGuidance).toContain('Ankestyrelsen');
  });

  test('publishSchedule: a day ahead, inside the period', async () => {
    const tomorrow = addDays(today(), 1);
    const entries = activities.map((activity, index) => ({ date: addDays(tomorrow, index), startTime: '10:00', endTime: '11:00', place: 'Erhvervsskolen Nørrebro', activity }));
    const before = await count('schedule');
    expectError(await send(provider, PUBLISH, { orderId, kind: 'WEEKLY', validFrom: today(), validTo: addDays(today(), 6), entries }), 'BAD_USER_INPUT', {
      field: 'validFrom',
      rule: 'publishedInAdvance',
    });
    expectError(
      await send(provider, PUBLISH, { orderId, kind: 'WEEKLY', validFrom: tomorrow, validTo: addDays(tomorrow, 6), entries: [{ ...entries[0]!, endTime: '09:00' }, entries[1]!] }),
      'BAD_USER_INPUT',
      { field: 'entries[0].endTime', rule: 'timeRange' },
    );
    expectError(await send(caseworker, PUBLISH, { orderId, kind: 'WEEKLY', validFrom: tomorrow, validTo: addDays(tomorrow, 6), entries }), 'FORBIDDEN');
    expect(await count('schedule')).toBe(before);
    const schedule = await ok(provider, PUBLISH, { orderId, kind: 'WEEKLY', validFrom: tomorrow, validTo: addDays(tomorrow, 6), entries, idempotencyKey: 'week-1' });
    expect(schedule).toMatchObject({ kind: 'WEEKLY', validFrom: tomorrow });
    expect((schedule.entries as { hours: number; activity: string }[]).map((entry) => [entry.hours, entry.activity])).toEqual(activities.map((activity) => [1, activity]));
    expect((await ok(provider, PUBLISH, { orderId, kind: 'WEEKLY', validFrom: tomorrow, validTo: addDays(tomorrow, 6), entries, idempotencyKey: 'week-1' })).id).toBe(schedule.id);
    expect(await count('schedule')).toBe(before + 1);
  });

  test('logSession: the assigned mentor logs 1:1 sessions; a repeat with the key returns the first', async () => {
    const session = { orderId, date: today(), minutes: 60, form: 'IN_PERSON', place: 'INSTITUTION', activities: [activities[0]], journalNote: 'Første møde på skolen.', phase: 'OUTREACH' };
    const first = await ok(mentor, LOG, { ...session, idempotencyKey: 'session-1' });
    expect(first).toMatchObject({ minutes: 60, form: 'IN_PERSON', place: 'INSTITUTION', mentor: { id: mentorId } });
    expect((await ok(mentor, LOG, { ...session, idempotencyKey: 'session-1' })).id).toBe(first.id);
    const [{ count: sessions }] = await harness.db.query('SELECT count(*)::int AS count FROM mentor_session WHERE order_id = $1', [orderId]);
    expect(sessions).toBe(1);
  });

  test('logSession refuses phone contact without a special reason, home visits without consent, and more than the order’s hours', async () => {
    const before = await count('mentor_session');
    const base = { orderId, date: today(), minutes: 45, journalNote: 'Samtale.', phase: 'COURSE' };
    expectError(await send(mentor, LOG, { ...base, form: 'PHONE' }), 'BAD_USER_INPUT', { field: 'specialReason', rule: 'specialReasonRequired' });
    expectError(await send(mentor, LOG, { ...base, form: 'IN_PERSON', place: 'HOME' }), 'BAD_USER_INPUT', { field: 'place', rule: 'homeVisitConsent' });
    expectError(await send(mentor, LOG, { ...base, form: 'IN_PERSON' }), 'BAD_USER_INPUT', { field: 'place', rule: 'placeRequired' });
    expectError(await send(mentor, LOG, { ...base, form: 'IN_PERSON', place: 'CITY', date: addDays(today(), 1) }), 'BAD_USER_INPUT', { field: 'date', rule: 'notInFuture' });
    expectError(await send(mentor, LOG, { ...base, form: 'IN_PERSON', place: 'CITY', journalNote: '' }), 'BAD_USER_INPUT', { field: 'journalNote', rule: 'required' });
    await ok(mentor, LOG, { ...base, form: 'PHONE', specialReason: 'HOSPITALISED', minutes: 480 });
    expectError(await send(mentor, LOG, { ...base, form: 'IN_PERSON', place: 'CITY', minutes: 300 }), 'BAD_USER_INPUT', { field: 'minutes', rule: 'deliveredWithinTotal' });
    expect(await count('mentor_session')).toBe(before + 1);
  });

  test('logSession is the assigned mentor’s only', async () => {
    const base = { orderId, date: today(), minutes: 30, form: 'IN_PERSON', place: 'CITY', journalNote: 'Møde.', phase: 'COURSE' };
    expectError(await send(otherMentor, LOG, base), 'NOT_FOUND');
    expectError(await send(provider, LOG, base), 'FORBIDDEN');
  });

  test('recordFollowUp and recordEffectAssessment: the caseworker of the unit, with valid dates', async () => {
    const followUp = { orderId, date: today(), statusAssessment: 'Godt i gang.', progression: 'SOME', nextStep: 'Ny opfølgning om 13 uger.' };
    const before = await count('follow_up');
    expectError(await send(caseworker, FOLLOW_UP, { ...followUp, statusAssessment: ' ' }), 'BAD_USER_INPUT', { field: 'statusAssessment', rule: 'required' });
    expectError(await send(provider, FOLLOW_UP, followUp), 'FORBIDDEN');
    expect(await count('follow_up')).toBe(before);
    expect(await ok(caseworker, FOLLOW_UP, followUp)).toMatchObject({ date: today(), progression: 'SOME' });
    const assessment = { orderId, date: today(), effect: 'SOME', assessment: 'Bedre fremmøde.', recommendation: 'EXTEND' };
    expectError(await send(caseworker, EFFECT, { ...assessment, date: addDays(today(), 2) }), 'BAD_USER_INPUT', { field: 'date', rule: 'notInFuture' });
    expect(await ok(caseworker, EFFECT, assessment)).toMatchObject({ effect: 'SOME', recommendation: 'EXTEND' });
  });

  test('extendOrder: 2×3 months freely, beyond that with a special justification, never beyond 12 months', async () => {
    const extended = await ok(caseworker, EXTEND, { orderId, weeks: 13 });
    expect(extended).toMatchObject({ weeks: 26, endDate: addDays(today(), 181), totalHours: 26 });
    expectError(await send(caseworker, EXTEND, { orderId, weeks: 13 }), 'BAD_USER_INPUT', { field: 'specialJustification', rule: 'specialJustificationRequired' });
    expectError(await send(caseworker, EXTEND, { orderId, weeks: 14, specialJustification: 'Særlige forhold.' }), 'BAD_USER_INPUT', { field: 'weeks', rule: 'weeksRange' });
    expect(await ok(caseworker, EXTEND, { orderId, weeks: 13, specialJustification: 'Eksamen i juni.' })).toMatchObject({ weeks: 39 });
    expect(await ok(caseworker, EXTEND, { orderId, weeks: 13, specialJustification: 'Eksamen i december.' })).toMatchObject({ weeks: 52 });
    expectError(await send(caseworker, EXTEND, { orderId, weeks: 2, specialJustification: 'Mere.' }), 'BAD_USER_INPUT', { field: 'weeks', rule: 'maxTotalWeeks' });
    expectError(await send(provider, EXTEND, { orderId, weeks: 2 }), 'FORBIDDEN');
    const [{ count: extensions }] = await harness.db.query('SELECT count(*)::int AS count FROM order_extension WHERE order_id = $1', [orderId]);
    expect(extensions).toBe(3);
  });

  test('completeOrder needs the SPS clarification and a satisfaction from 1 to 5', async () => {
    expectError(await send(caseworker, COMPLETE, { orderId, outcome: 'COMPLETED_EDUCATION' }), 'BAD_USER_INPUT', { field: 'spsClarification', rule: 'spsClarificationRequired' });
    expectError(await send(caseworker, SPS, { orderId, text: '', clarifiedOn: today() }), 'BAD_USER_INPUT', { field: 'text', rule: 'required' });
    expect(await ok(provider, SPS, { orderId, text: 'SPS afklaret med studievejleder.', clarifiedOn: today() })).toMatchObject({ spsClarification: { text: 'SPS afklaret med studievejleder.' } });
    expectError(await send(caseworker, COMPLETE, { orderId, outcome: 'COMPLETED_EDUCATION', youthSatisfaction: 6 }), 'BAD_USER_INPUT', { field: 'youthSatisfaction', rule: 'satisfactionScale' });
    const [{ status }] = await harness.db.query('SELECT status FROM mentor_order WHERE id = $1', [orderId]);
    expect(status).toBe('ACTIVE');
    // The order runs for a year yet: ending it now needs the reason.
    expectError(await send(caseworker, COMPLETE, { orderId, outcome: 'COMPLETED_EDUCATION', youthSatisfaction: 5 }), 'BAD_USER_INPUT', { field: 'note', rule: 'earlyCompletionReason' });
    const completed = await ok(caseworker, COMPLETE, { orderId, outcome: 'COMPLETED_EDUCATION', youthSatisfaction: 5, note: 'Optaget på hovedforløbet før tid.' });
    expect(completed).toMatchObject({ status: 'COMPLETED', outcome: { kind: 'COMPLETED_EDUCATION', youthSatisfaction: 5 } });
  });

  test('after completion the mentor still sees the order for closing notes but logs no more sessions', async () => {
    const order = await harness.call<{ order: { status: string } | null }>(mentor, '#graphql\nquery O($id: ID!) { order(id: $id) { status } }', { id: orderId });
    expect(order.body.data?.order).toEqual({ status: 'COMPLETED' });
    const base = { orderId, date: today(), minutes: 30, form: 'IN_PERSON', place: 'CITY', journalNote: 'Afslutning.', phase: 'HANDOVER' };
    expect(expectError(await send(mentor, LOG, base), 'CONFLICT')).toContain('COMPLETED');
  });
});

describe('rejecting and cancelling', () => {
  test('rejectOrder: the provider rejects a placed order with a reason', async () => {
    expect(demoOrder(demoYouth(4))).toMatchObject({ status: 'PLACED', providerId: provider.org });
    const orderId = demoOrder(demoYouth(4)).id;
    expectError(await send(provider, REJECT, { orderId, reason: ' ' }), 'BAD_USER_INPUT', { field: 'reason', rule: 'required' });
    expect(await ok(provider, REJECT, { orderId, reason: 'Ingen ledig mentor.' })).toMatchObject({ status: 'REJECTED' });
    expect(expectError(await send(caseworker, CANCEL, { orderId, reason: 'For sent.' }), 'CONFLICT')).toContain('REJECTED');
  });

  test('cancelOrder: the caseworker cancels an open order, once', async () => {
    const orderId = demoOrder(demoYouth(5)).id;
    expect(demoOrder(demoYouth(5)).providerId).toBe(otherProvider.org);
    // A provider never cancels, whether or not it can see the order: refused alike, nothing revealed.
    expectError(await send(otherProvider, CANCEL, { orderId, reason: 'Nej.' }), 'FORBIDDEN');
    expectError(await send(provider, CANCEL, { orderId, reason: 'Nej.' }), 'FORBIDDEN');
    expect(await ok(caseworker, CANCEL, { orderId, reason: 'Den unge er flyttet.' })).toMatchObject({ status: 'CANCELLED' });
    expect(expectError(await send(caseworker, CANCEL, { orderId, reason: 'Igen.' }), 'CONFLICT')).toContain('CANCELLED');
  });
});

describe('several mutations in one request', () => {
  test('a later field reads what an earlier mutation wrote', async () => {
    const orderId = demoOrder(demoYouth(1)).id;
    const query = `#graphql
      mutation Several($orderId: ID!, $date: Date!) {
        before: recordSpsClarification(input: { orderId: $orderId, text: "SPS afklaret.", clarifiedOn: $date }) { followUps { id } }
        followUp: recordFollowUp(input: { orderId: $orderId, date: $date, statusAssessment: "Stabilt.", progression: SOME, nextStep: "Fortsæt." }) { id }
        after: recordSpsClarification(input: { orderId: $orderId, text: "SPS afklaret igen.", clarifiedOn: $date }) { followUps { id } version }
      }
    `;
    const response = await harness.call<{ before: { followUps: { id: string }[] }; followUp: { id: string }; after: { followUps: { id: string }[] } }>(caseworker, query, {
      orderId,
      date: today(),
    });
    expect(response.body.errors).toBeUndefined();
    const { before, followUp, after } = response.body.data!;
    expect(after.followUps.map((item) => item.id)).toEqual([...before.followUps.map((item) => item.id), followUp.id]);
  });
});
