import { randomUUID } from 'node:crypto';
import { type Identity } from '@mentor/common';
import { demoId, demoInstitutions, demoOrder, demoProviders, demoUsers, demoYouth, orderableInstitutions, type GraphQLResponse } from '@mentor/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { addDays, today } from './dates.js';
import { deadUrl, PeerRefusal } from './testing/peer-stub.js';
import { copenhagenBridgeBuilding } from './rules/service-standards.js';
import { startHarness, type OrdersHarness } from './testing/harness.js';

/**
 * The case flow's rules on the mutations (DESIGN §6), with the facts other subgraphs own answered
 * by signed-request-verifying stubs: each broken rule gives BAD_USER_INPUT with the field and the
 * rule and stores nothing, and a peer that is down gives SERVICE_UNAVAILABLE and stores nothing.
 */

const caseworker = demoUsers.caseworker!;
const frederiksberg = demoUsers['caseworker-frb']!;
const provider = demoUsers.provider!;
const otherProvider: Identity = { sub: demoId('user', 'coordinator-1'), roles: ['PROVIDER_COORDINATOR'], org: demoProviders[1]!.id, name: 'Ulla Ravn' };
const activities = demoProviders[0]!.activities.slice(0, 2);
const mentorId = demoId('mentor', 'case-flow-mentor');
const mentor: Identity = { sub: mentorId, roles: ['MENTOR'], org: provider.org, name: 'Case Flow Mentor' };

let harness: OrdersHarness;

beforeAll(async () => {
  harness = await startHarness('orders_case_flow', { youths: 24 });
});

afterAll(async () => {
  await harness?.stop();
});

afterEach(() => {
  harness.mentors.reset();
  harness.partners.reset();
});

type Data = Record<string, Record<string, unknown> | null>;

const send = (identity: Identity, query: string, input: Record<string, unknown>) => harness.call<Data>(identity, query, { input });

async function ok(identity: Identity, query: string, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await send(identity, query, input);
  expect(response.body.errors).toBeUndefined();
  return Object.values(response.body.data!)[0]!;
}

function expectError(response: GraphQLResponse<Data>, code: string, details: Record<string, unknown> = {}): string {
  const error = response.body.errors?.[0];
  expect(error?.extensions).toMatchObject({ code, ...details });
  return error!.message;
}

/** What a refused mutation must leave as it was. */
async function snapshot(): Promise<Record<string, number>> {
  const [row] = await harness.db.query(
    `SELECT (SELECT count(*)::int FROM mentor_order) AS orders, (SELECT coalesce(sum(version), 0)::int FROM mentor_order) AS "orderVersions",
            (SELECT count(*)::int FROM mentor_agreement) AS agreements, (SELECT count(*)::int FROM schedule) AS schedules,
            (SELECT count(*)::int FROM mentor_session) AS sessions, (SELECT count(*)::int FROM order_extension) AS extensions,
            (SELECT coalesce(sum(version), 0)::int FROM youth) AS "youthVersions"`,
  );
  return row as Record<string, number>;
}

const mutation = (name: string, type: string, selection = 'id status version') => `#graphql\nmutation M($input: ${type}!) { ${name}(input: $input) { ${selection} } }`;
const REGISTER = mutation('registerYouth', 'RegisterYouthInput', 'id');
const PLACE = mutation('placeOrder', 'PlaceOrderInput', 'id status version endDate serviceStandard { municipalityCode version }');
const ACCEPT = mutation('acceptOrder', 'AcceptOrderInput');
const ASSIGN = mutation('assignMentor', 'AssignMentorInput', 'id status version mentor { id }');
const SIGN = mutation('signAgreement', 'SignAgreementInput');
const PUBLISH = mutation('publishSchedule', 'PublishScheduleInput', 'id validFrom validTo');
const LOG = mutation('logSession', 'LogSessionInput', 'id place');
const EXTEND = mutation('extendOrder', 'ExtendOrderInput', 'id weeks endDate version');
const FOLLOW_UP = mutation('recordFollowUp', 'RecordFollowUpInput', 'id');
const CONSENT = mutation('recordHomeVisitConsent', 'RecordHomeVisitConsentInput', 'id homeVisitConsent homeVisitConsentOn version');

let cprs = 0;
/** A fresh CPR number of someone born in `year` (2000–2036). */
function nextCpr(year = 2004): string {
  cprs++;
  return `${String(10 + cprs).padStart(2, '0')}06${String(year).slice(2)}-4${String(100 + cprs)}`;
}

async function registerYouth(options: { year?: number; targetGroup?: string } = {}): Promise<string> {
  const youth = await ok(caseworker, REGISTER, {
    firstName: 'Nadia',
    lastName: 'Berg',
    cpr: nextCpr(options.year),
    address: 'Nørrebrogade 20, 2200 København N',
    targetGroup: options.targetGroup ?? 'YOUTH_TRANSITION_TO_EDUCATION',
    legalBasis: 'LAB § 31 b',
  });
  return youth.id as string;
}

const orderInput = (youthId: string, overrides: Record<string, unknown> = {}) => ({
  youthId,
  providerId: provider.org,
  institutionId: orderableInstitutions[0]!.id,
  goalKind: 'EDUCATION',
  goal: 'Den unge gennemfører grundforløbet.',
  tasks: ['Støtte fremmøde'],
  requestedActivities: activities,
  weeklyHours: 1,
  weeks: 13,
  startDate: today(),
  deliveryMunicipalityCode: '101',
  ...overrides,
});

/** A new youth with an order placed and accepted by provider 0. */
async function acceptedOrder(options: { year?: number; targetGroup?: string; order?: Record<string, unknown> } = {}): Promise<{ youthId: string; orderId: string }> {
  const youthId = await registerYouth(options);
  const orderId = (await ok(caseworker, PLACE, orderInput(youthId, options.order))).id as string;
  await ok(provider, ACCEPT, { orderId });
  return { youthId, orderId };
}

/** Points the service at a URL nothing listens on for the rest of the test. */
async function takeDown(service: 'mentors' | 'partners'): Promise<() => void> {
  const url = harness.peers[service];
  harness.peers[service] = await deadUrl();
  return () => {
    harness.peers[service] = url;
  };
}

describe('placeOrder against the standard in force and what mentors and partners know (rules 1–5)', () => {
  let youthId: string;

  beforeAll(async () => {
    youthId = await registerYouth();
  });

  test('a third municipality is a row of data, not code: its limits apply to its orders', async () => {
    const rules = { ...copenhagenBridgeBuilding.rules, weeklyHours: { min: 1, max: 4 }, weeksPerGrant: { min: 4, max: 8 }, deliveryMunicipalityCodes: ['230', '101'] };
    await harness.db.query(`INSERT INTO service_standard (id, municipality_code, name, version, effective_from, rules) VALUES ($1, '230', 'Mentorstøtte i Rudersdal', 1, '2020-01-01', $2)`, [
      randomUUID(),
      JSON.stringify(rules),
    ]);
    const before = await snapshot();
    // The caseworker's unit as partners registers it lies in Rudersdal while these orders are placed.
    const inRudersdal = () => {
      harness.partners.handlers.organisation = () => ({ municipalityCode: '230' });
    };
    const rudersdal = (overrides: Record<string, unknown>) => {
      inRudersdal();
      return orderInput(youthId, { weeklyHours: 3, weeks: 8, ...overrides });
    };
    expectError(await send(caseworker, PLACE, rudersdal({ weeklyHours: 0.5 })), 'BAD_USER_INPUT', { field: 'weeklyHours', rule: 'weeklyHoursRange' });
    expectError(await send(caseworker, PLACE, rudersdal({ weeks: 3 })), 'BAD_USER_INPUT', { field: 'weeks', rule: 'weeksRange' });
    expectError(await send(caseworker, PLACE, rudersdal({ deliveryMunicipalityCode: '147' })), 'BAD_USER_INPUT', { field: 'deliveryMunicipalityCode', rule: 'deliveryMunicipality' });
    expect(await snapshot()).toEqual(before);
    // Three hours a week would break Copenhagen's standard; Rudersdal's allows it.
    harness.partners.reset();
    expectError(await send(caseworker, PLACE, orderInput(youthId, { weeklyHours: 3 })), 'BAD_USER_INPUT', { field: 'weeklyHours', rule: 'weeklyHoursRange' });
    expect(await ok(caseworker, PLACE, rudersdal({}))).toMatchObject({ status: 'PLACED', serviceStandard: { municipalityCode: '230', version: 1 } });
  });

  test('a new version of a standard governs the orders that start on or after its effective date', async () => {
    const from = addDays(today(), 30);
    const rules = { ...copenhagenBridgeBuilding.rules, weeklyHours: { min: 0.5, max: 1.5 } };
    await harness.db.query(`INSERT INTO service_standard (id, municipality_code, name, version, effective_from, rules) VALUES ($1, '101', $2, 2, $3, $4)`, [
      randomUUID(),
      copenhagenBridgeBuilding.name,
      from,
      JSON.stringify(rules),
    ]);
    // The youth already has an order from the test before: these are placed beside it, with the reason recorded.
    const beside = { overlapJustification: 'Prøver standardens versioner af.' };
    expect(await ok(caseworker, PLACE, orderInput(youthId, { weeklyHours: 2, startDate: addDays(from, -1), ...beside }))).toMatchObject({ serviceStandard: { version: 1 } });
    expectError(await send(caseworker, PLACE, orderInput(youthId, { weeklyHours: 2, startDate: from, ...beside })), 'BAD_USER_INPUT', { field: 'weeklyHours', rule: 'weeklyHoursRange' });
    expect(await ok(caseworker, PLACE, orderInput(youthId, { weeklyHours: 1.5, startDate: from, ...beside }))).toMatchObject({ serviceStandard: { version: 2 } });
  });

  test('requested activities come from the provider’s catalogue, and the provider delivers in the municipality', async () => {
    const before = await snapshot();
    expectError(await send(caseworker, PLACE, orderInput(youthId, { requestedActivities: [activities[0], 'Bokseklub'] })), 'BAD_USER_INPUT', {
      field: 'requestedActivities',
      rule: 'activitiesInCatalogue',
    });
    // Provider 1 delivers in 101, 147, 151 and 157 only; 187 is in Copenhagen's list.
    expectError(await send(caseworker, PLACE, orderInput(youthId, { providerId: otherProvider.org, deliveryMunicipalityCode: '187' })), 'BAD_USER_INPUT', {
      field: 'deliveryMunicipalityCode',
      rule: 'providerDeliversInMunicipality',
    });
    expectError(await send(caseworker, PLACE, orderInput(youthId, { providerId: demoId('provider', 'nobody') })), 'BAD_USER_INPUT', { field: 'providerId', rule: 'knownProvider' });
    expect(await snapshot()).toEqual(before);
    const asked = harness.mentors.calls.filter((call) => call.fields.includes('providerCatalogue'));
    expect(asked.map((call) => call.variables.providerId)).toEqual([provider.org, otherProvider.org, demoId('provider', 'nobody')]);
    expect(asked.every((call) => call.authorization.startsWith('Bearer '))).toBe(true);
    expect(harness.mentors.refused).toBe(0);
  });

  test('the institution is an approved vocational school or adult education centre (rule 4)', async () => {
    const before = await snapshot();
    const languageSchool = demoInstitutions.find((institution) => institution.type === 'OTHER')!;
    expectError(await send(caseworker, PLACE, orderInput(youthId, { institutionId: languageSchool.id })), 'BAD_USER_INPUT', { field: 'institutionId', rule: 'institutionOrderable' });
    expectError(await send(caseworker, PLACE, orderInput(youthId, { institutionId: randomUUID() })), 'BAD_USER_INPUT', { field: 'institutionId', rule: 'institutionOrderable' });
    harness.partners.handlers.institution = () => ({ orderable: false, type: 'VOCATIONAL', approved: false, municipalityCode: '101' });
    expectError(await send(caseworker, PLACE, orderInput(youthId)), 'BAD_USER_INPUT', { field: 'institutionId', rule: 'institutionOrderable' });
    expect(await snapshot()).toEqual(before);
    expect(harness.partners.calls.filter((call) => call.fields.includes('institution')).map((call) => call.variables.id)).toContain(languageSchool.id);
  });

  test.each(['mentors', 'partners'] as const)('with %s down: SERVICE_UNAVAILABLE, and nothing is stored', async (service) => {
    const restore = await takeDown(service);
    try {
      const before = await snapshot();
      expectError(await send(caseworker, PLACE, orderInput(youthId)), 'SERVICE_UNAVAILABLE', { service });
      expect(await snapshot()).toEqual(before);
    } finally {
      restore();
    }
  });

  test('a peer answering with an error it should not is the peer failing: SERVICE_UNAVAILABLE, nothing stored', async () => {
    harness.mentors.handlers.providerCatalogue = () => {
      throw new Error('database gone');
    };
    const before = await snapshot();
    expectError(await send(caseworker, PLACE, orderInput(youthId)), 'SERVICE_UNAVAILABLE', { service: 'mentors' });
    expect(await snapshot()).toEqual(before);
  });
});

describe('assigning a mentor (rule 9)', () => {
  let orderId: string;
  let endDate: string;

  beforeAll(async () => {
    // A 16-year-old: the mentor needs current child-protection and criminal-record checks.
    ({ orderId } = await acceptedOrder({ year: 2010 }));
    const [row] = await harness.db.query('SELECT end_date::text AS end_date FROM mentor_order WHERE id = $1', [orderId]);
    endDate = row.end_date;
  });

  test('mentors is asked, signed and as the caller, about the rest of the order, the youth’s age and the target group', async () => {
    expect(await ok(provider, ASSIGN, { orderId, mentorId })).toMatchObject({ status: 'ACCEPTED', mentor: { id: mentorId } });
    const [call] = harness.mentors.calls.filter((candidate) => candidate.fields.includes('mentorEligibility'));
    expect(call!.fields).toEqual(['mentorEligibility', 'mentorCapacity']);
    expect(call!.variables).toEqual({ mentorId, from: today(), to: endDate, youthUnder18: true, targetGroup: 'YOUTH_TRANSITION_TO_EDUCATION' });
    expect(call!.authorization).toMatch(/^Bearer /);
    expect(harness.mentors.refused).toBe(0);
  });

  test('an ineligible mentor is refused with the reasons from mentors, and nothing is stored', async () => {
    const before = await snapshot();
    harness.mentors.handlers.mentorEligibility = () => ({ eligible: false, reasons: [`certificationNotValidForPeriod: valid until ${addDays(endDate, -1)}`] });
    const message = expectError(await send(provider, ASSIGN, { orderId, mentorId: demoId('mentor', 'lapsing') }), 'BAD_USER_INPUT', { field: 'mentorId', rule: 'mentorEligibility' });
    expect(message).toContain('certificationNotValidForPeriod');
    harness.mentors.handlers.mentorEligibility = () => {
      throw new PeerRefusal('NOT_FOUND', 'Mentor not found');
    };
    expectError(await send(provider, ASSIGN, { orderId, mentorId: demoId('mentor', 'elsewhere') }), 'BAD_USER_INPUT', { field: 'mentorId', rule: 'mentorEligibility' });
    expect(await snapshot()).toEqual(before);
  });

  test('the mentor’s ACTIVE orders plus this one may reach their capacity, not exceed it', async () => {
    const busy = demoId('mentor', 'busy');
    // Two ACTIVE orders of 2 hours a week each: 4 hours carried.
    await harness.db.query(`UPDATE mentor_order SET mentor_id = $1, weekly_hours = 2 WHERE id = ANY($2)`, [busy, [demoOrder(demoYouth(12)).id, demoOrder(demoYouth(13)).id]]);
    harness.mentors.handlers.mentorCapacity = () => 4.5;
    const before = await snapshot();
    const message = expectError(await send(provider, ASSIGN, { orderId, mentorId: busy }), 'BAD_USER_INPUT', { field: 'mentorId', rule: 'mentorCapacity' });
    expect(message).toContain('4');
    expect(await snapshot()).toEqual(before);
    harness.mentors.handlers.mentorCapacity = () => 5;
    expect(await ok(provider, ASSIGN, { orderId, mentorId: busy })).toMatchObject({ mentor: { id: busy } });
    expect(await ok(provider, ASSIGN, { orderId, mentorId })).toMatchObject({ mentor: { id: mentorId } });
  });

  test('with mentors down: SERVICE_UNAVAILABLE, and nothing is stored', async () => {
    const restore = await takeDown('mentors');
    try {
      const before = await snapshot();
      expectError(await send(provider, ASSIGN, { orderId, mentorId: demoId('mentor', 'other') }), 'SERVICE_UNAVAILABLE', { service: 'mentors' });
      expect(await snapshot()).toEqual(before);
    } finally {
      restore();
    }
  });

  test('the order becomes ACTIVE only with the mentor still eligible when the agreement is signed', async () => {
    const before = await snapshot();
    harness.mentors.handlers.mentorEligibility = () => ({ eligible: false, reasons: ['childProtectionCheckNotCurrent'] });
    expectError(await send(provider, SIGN, { orderId, mentorName: 'Case Flow Mentor', mentorContact: '+45 30 11 22 33' }), 'BAD_USER_INPUT', {
      field: 'mentorId',
      rule: 'mentorEligibility',
    });
    harness.mentors.reset();
    harness.mentors.handlers.mentorCapacity = () => 0.5;
    expectError(await send(provider, SIGN, { orderId, mentorName: 'Case Flow Mentor', mentorContact: '+45 30 11 22 33' }), 'BAD_USER_INPUT', {
      field: 'mentorId',
      rule: 'mentorCapacity',
    });
    expect(await snapshot()).toEqual(before);
    harness.mentors.reset();
    expect(await ok(provider, SIGN, { orderId, mentorName: 'Case Flow Mentor', mentorContact: '+45 30 11 22 33' })).toMatchObject({ status: 'ACTIVE' });
    const [row] = await harness.db.query('SELECT activated_on::text AS activated_on FROM mentor_order WHERE id = $1', [orderId]);
    expect(row.activated_on).toBe(today());
  });

  test('extending asks mentors whether the mentor covers the added weeks too', async () => {
    const before = await snapshot();
    harness.mentors.handlers.mentorEligibility = () => ({ eligible: false, reasons: ['certificationNotValidForPeriod'] });
    expectError(await send(caseworker, EXTEND, { orderId, weeks: 13 }), 'BAD_USER_INPUT', { field: 'weeks', rule: 'mentorEligibility' });
    expect(await snapshot()).toEqual(before);
    harness.mentors.reset();
    const extended = await ok(caseworker, EXTEND, { orderId, weeks: 13 });
    expect(extended).toMatchObject({ weeks: 26, endDate: addDays(endDate, 91) });
    const [call] = harness.mentors.calls.filter((candidate) => candidate.fields.includes('mentorEligibility'));
    expect(call!.variables).toMatchObject({ mentorId, from: today(), to: addDays(endDate, 91) });
  });

  test('with mentors down an extension is not granted', async () => {
    const restore = await takeDown('mentors');
    try {
      const before = await snapshot();
      expectError(await send(caseworker, EXTEND, { orderId, weeks: 2, specialJustification: 'Eksamen.' }), 'SERVICE_UNAVAILABLE', { service: 'mentors' });
      expect(await snapshot()).toEqual(before);
    } finally {
      restore();
    }
  });

  describe('sessions at home need the youth’s recorded consent (rule 6)', () => {
    let youthId: string;
    const home = () => ({ orderId, date: today(), minutes: 45, form: 'IN_PERSON', place: 'HOME', journalNote: 'Møde hjemme hos den unge.', phase: 'COURSE' });

    beforeAll(async () => {
      const [row] = await harness.db.query('SELECT youth_id FROM mentor_order WHERE id = $1', [orderId]);
      youthId = row.youth_id;
    });

    test('without it a session at home is refused; only the caseworker of the unit records it', async () => {
      const before = await snapshot();
      expectError(await send(mentor, LOG, home()), 'BAD_USER_INPUT', { field: 'place', rule: 'homeVisitConsent' });
      expectError(await send(provider, CONSENT, { youthId, consent: true }), 'FORBIDDEN');
      expectError(await send(frederiksberg, CONSENT, { youthId, consent: true }), 'NOT_FOUND');
      expectError(await send(caseworker, CONSENT, { youthId: 'x', consent: true }), 'BAD_USER_INPUT', { field: 'youthId', rule: 'id' });
      expectError(await send(caseworker, CONSENT, { youthId, consent: true, expectedVersion: 99 }), 'CONFLICT');
      expect(await snapshot()).toEqual(before);
    });

    test('recorded, it opens sessions at home; withdrawn, it closes them again', async () => {
      const given = await ok(caseworker, CONSENT, { youthId, consent: true });
      expect(given).toMatchObject({ homeVisitConsent: true, homeVisitConsentOn: today() });
      const session = await ok(mentor, LOG, home());
      expect(session).toMatchObject({ place: 'HOME' });
      const [row] = await harness.db.query('SELECT home_visit_consent FROM mentor_session WHERE id = $1', [session.id]);
      expect(row.home_visit_consent).toBe(true);
      expect(await ok(caseworker, CONSENT, { youthId, consent: false, expectedVersion: given.version })).toMatchObject({ homeVisitConsent: false });
      expectError(await send(mentor, LOG, home()), 'BAD_USER_INPUT', { field: 'place', rule: 'homeVisitConsent' });
    });
  });
});

describe('extending needs a follow-up within the last 13 weeks (rule 11)', () => {
  test('13 weeks after the start the follow-up is due, not overdue; a day later no extension until one is recorded', async () => {
    const order = demoOrder(demoYouth(6));
    expect(order.status).toBe('ACTIVE');
    await harness.db.query('DELETE FROM follow_up WHERE order_id = $1', [order.id]);
    await harness.db.query(`UPDATE mentor_order SET start_date = current_date - 91, end_date = current_date + 14, weeks = 13 WHERE id = $1`, [order.id]);
    const before = await snapshot();
    await harness.db.query(`UPDATE mentor_order SET start_date = current_date - 92 WHERE id = $1`, [order.id]);
    expectError(await send(caseworker, EXTEND, { orderId: order.id, weeks: 4 }), 'BAD_USER_INPUT', { field: 'orderId', rule: 'followUpOverdue' });
    expect(await snapshot()).toEqual(before);
    await harness.db.query(`UPDATE mentor_order SET start_date = current_date - 91 WHERE id = $1`, [order.id]);
    expect(await ok(caseworker, EXTEND, { orderId: order.id, weeks: 4 })).toMatchObject({ weeks: 17 });
    await harness.db.query(`UPDATE mentor_order SET start_date = current_date - 120 WHERE id = $1`, [order.id]);
    expectError(await send(caseworker, EXTEND, { orderId: order.id, weeks: 4 }), 'BAD_USER_INPUT', { field: 'orderId', rule: 'followUpOverdue' });
    await ok(caseworker, FOLLOW_UP, { orderId: order.id, date: today(), statusAssessment: 'Stabilt fremmøde.', progression: 'SOME', nextStep: 'Forlængelse.' });
    expect(await ok(caseworker, EXTEND, { orderId: order.id, weeks: 4 })).toMatchObject({ weeks: 21 });
  });
});

describe('the plan includes every requested activity once it reaches the order’s end (rule 5)', () => {
  test('a week may leave one out while later days remain; the schedule reaching the last day may not', async () => {
    // Two weeks: today to today + 13.
    const { orderId } = await acceptedOrder({ order: { weeks: 2 } });
    const [first, second] = activities as [string, string];
    const entry = (date: string, activity: string) => ({ date, startTime: '10:00', endTime: '11:00', place: 'Erhvervsskolen Nørrebro', activity });
    const week1 = { orderId, kind: 'WEEKLY', validFrom: addDays(today(), 1), validTo: addDays(today(), 7), entries: [entry(addDays(today(), 1), first)] };
    expect(await ok(provider, PUBLISH, week1)).toMatchObject({ validFrom: addDays(today(), 1) });
    const week2 = { orderId, kind: 'WEEKLY', validFrom: addDays(today(), 8), validTo: addDays(today(), 13), entries: [entry(addDays(today(), 9), first)] };
    const before = await snapshot();
    const message = expectError(await send(provider, PUBLISH, week2), 'BAD_USER_INPUT', { field: 'entries', rule: 'requestedActivitiesPlanned' });
    expect(message).toContain(second);
    expect(await snapshot()).toEqual(before);
    expect(await ok(provider, PUBLISH, { ...week2, entries: [entry(addDays(today(), 9), first), entry(addDays(today(), 10), second)] })).toMatchObject({
      validTo: addDays(today(), 13),
    });
    // A new schedule for the first week replaces its plan; the second activity stays planned in the second week.
    expect(await ok(provider, PUBLISH, { ...week1, entries: [entry(addDays(today(), 2), first)] })).toMatchObject({ validTo: addDays(today(), 7) });
    // Replacing the second week without the second activity would leave it out of the plan for good.
    expectError(await send(provider, PUBLISH, week2), 'BAD_USER_INPUT', { field: 'entries', rule: 'requestedActivitiesPlanned' });
  });
});
