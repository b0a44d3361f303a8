import { type Identity } from '@mentor/common';
import { demoId, demoOrder, demoProviders, demoUsers, demoYouth, orderableInstitutions } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, today } from './dates.js';
import { startHarness, type OrdersHarness } from './testing/harness.js';

/**
 * Insecure direct object references: every mutation, called on a record by someone of the right
 * role but the wrong provider, institution, mentor or unit (or of the wrong role), is refused with
 * FORBIDDEN or NOT_FOUND, and nothing is stored, sent to partners or audited as a change.
 */

const caseworker = demoUsers.caseworker!;
const frederiksberg = demoUsers['caseworker-frb']!;
const provider = demoUsers.provider!;
const otherProvider: Identity = { sub: demoId('user', 'coordinator-1'), roles: ['PROVIDER_COORDINATOR'], org: demoProviders[1]!.id, name: 'Ulla Ravn' };
const mentor = demoUsers.mentor!;
const otherMentor: Identity = { sub: demoId('mentor', 'idor-other'), roles: ['MENTOR'], org: provider.org, name: 'Anden Mentor' };
const staff = demoUsers.institution!;
const otherStaff: Identity = { sub: demoId('user', 'staff-1'), roles: ['INSTITUTION_STAFF'], org: orderableInstitutions[1]!.id, name: 'Anden Skole' };
const guide = demoUsers['youth-guide']!;

const active = demoOrder(demoYouth(0)); // ACTIVE, provider 0, the demo mentor, institution 0, Copenhagen
const placed = demoOrder(demoYouth(4)); // PLACED, provider 0
const accepted = demoOrder(demoYouth(5)); // ACCEPTED, provider 1
const otherUnits = demoOrder(demoYouth(9)); // ACTIVE, Frederiksberg, provider 1
const missingOrder = demoId('order', 'does-not-exist');

const mutation = (name: string, type: string, selection = 'id') => `#graphql\nmutation M($input: ${type}!) { ${name}(input: $input) { ${selection} } }`;
const REGISTER = mutation('registerYouth', 'RegisterYouthInput');
const PLACE = mutation('placeOrder', 'PlaceOrderInput');
const ACCEPT = mutation('acceptOrder', 'AcceptOrderInput');
const REJECT = mutation('rejectOrder', 'RejectOrderInput');
const ASSIGN = mutation('assignMentor', 'AssignMentorInput');
const SIGN = mutation('signAgreement', 'SignAgreementInput');
const PUBLISH = mutation('publishSchedule', 'PublishScheduleInput');
const LOG = mutation('logSession', 'LogSessionInput');
const FOLLOW_UP = mutation('recordFollowUp', 'RecordFollowUpInput');
const EFFECT = mutation('recordEffectAssessment', 'RecordEffectAssessmentInput');
const SPS = mutation('recordSpsClarification', 'RecordSpsClarificationInput');
const EXTEND = mutation('extendOrder', 'ExtendOrderInput');
const COMPLETE = mutation('completeOrder', 'CompleteOrderInput');
const CANCEL = mutation('cancelOrder', 'CancelOrderInput');
const RELATIONS = '#graphql\nmutation M($input: YouthRelationsInput!, $sequence: ID!) { recordYouthRelations(input: $input, sequence: $sequence) }';

const tomorrow = addDays(today(), 1);
const inputs = {
  youth: { firstName: 'Idor', lastName: 'Test', cpr: '110402-4418', address: 'Jagtvej 1, 2200 København N', targetGroup: 'YOUTH_TRANSITION_TO_EDUCATION', legalBasis: 'LAB § 31 b' },
  order: (youthId: string) => ({
    youthId,
    providerId: provider.org,
    institutionId: orderableInstitutions[0]!.id,
    goalKind: 'EDUCATION',
    goal: 'Gennemfører grundforløbet.',
    tasks: ['Fremmøde'],
    requestedActivities: demoProviders[0]!.activities.slice(0, 1),
    weeklyHours: 1,
    weeks: 13,
    startDate: today(),
    deliveryMunicipalityCode: '101',
  }),
  schedule: (orderId: string) => ({
    orderId,
    kind: 'WEEKLY',
    validFrom: tomorrow,
    validTo: addDays(tomorrow, 6),
    entries: [{ date: tomorrow, startTime: '10:00', endTime: '11:00', place: 'Skolen', activity: demoProviders[0]!.activities[0] }],
  }),
  session: (orderId: string) => ({ orderId, date: today(), minutes: 30, form: 'IN_PERSON', place: 'CITY', journalNote: 'Møde.', phase: 'COURSE' }),
  followUp: (orderId: string) => ({ orderId, date: today(), statusAssessment: 'Stabil.', progression: 'SOME', nextStep: 'Fortsæt.' }),
  effect: (orderId: string) => ({ orderId, date: today(), effect: 'SOME', assessment: 'Bedre.', recommendation: 'EXTEND' }),
};

interface Case {
  what: string;
  identity: Identity;
  query: string;
  input: Record<string, unknown>;
  code: 'FORBIDDEN' | 'NOT_FOUND';
  /** For the replication mutation: the event's sequence. */
  sequence?: string;
}

/** A whole state from partners, as its relay would send it. */
const relations = (youthId: string) => ({ youthId, consents: [], enrolledInstitutionIds: [], youthGuideId: null });

const cases: Case[] = [
  { what: 'registerYouth by a provider', identity: provider, query: REGISTER, input: inputs.youth, code: 'FORBIDDEN' },
  { what: 'registerYouth by institution staff', identity: staff, query: REGISTER, input: inputs.youth, code: 'FORBIDDEN' },
  { what: 'placeOrder for another unit’s youth', identity: frederiksberg, query: PLACE, input: inputs.order(demoYouth(0).id), code: 'NOT_FOUND' },
  { what: 'placeOrder by the youth guide', identity: guide, query: PLACE, input: inputs.order(demoYouth(0).id), code: 'FORBIDDEN' },
  { what: 'acceptOrder of another provider’s order', identity: otherProvider, query: ACCEPT, input: { orderId: placed.id }, code: 'NOT_FOUND' },
  { what: 'acceptOrder by the caseworker', identity: caseworker, query: ACCEPT, input: { orderId: placed.id }, code: 'FORBIDDEN' },
  { what: 'rejectOrder of another provider’s order', identity: otherProvider, query: REJECT, input: { orderId: placed.id, reason: 'Nej.' }, code: 'NOT_FOUND' },
  { what: 'assignMentor on another provider’s order', identity: provider, query: ASSIGN, input: { orderId: accepted.id, mentorId: otherMentor.sub }, code: 'NOT_FOUND' },
  { what: 'assignMentor by the mentor', identity: mentor, query: ASSIGN, input: { orderId: active.id, mentorId: otherMentor.sub }, code: 'FORBIDDEN' },
  { what: 'signAgreement on another provider’s order', identity: provider, query: SIGN, input: { orderId: accepted.id, mentorName: 'X', mentorContact: 'Y' }, code: 'NOT_FOUND' },
  { what: 'publishSchedule on another provider’s order', identity: otherProvider, query: PUBLISH, input: inputs.schedule(active.id), code: 'NOT_FOUND' },
  { what: 'publishSchedule by the mentor', identity: mentor, query: PUBLISH, input: inputs.schedule(active.id), code: 'FORBIDDEN' },
  { what: 'publishSchedule by institution staff', identity: otherStaff, query: PUBLISH, input: inputs.schedule(active.id), code: 'FORBIDDEN' },
  { what: 'logSession by another mentor of the same provider', identity: otherMentor, query: LOG, input: inputs.session(active.id), code: 'NOT_FOUND' },
  { what: 'logSession on an order of another mentor', identity: mentor, query: LOG, input: inputs.session(otherUnits.id), code: 'NOT_FOUND' },
  { what: 'logSession by the provider', identity: provider, query: LOG, input: inputs.session(active.id), code: 'FORBIDDEN' },
  { what: 'recordFollowUp on another unit’s order', identity: frederiksberg, query: FOLLOW_UP, input: inputs.followUp(active.id), code: 'NOT_FOUND' },
  { what: 'recordFollowUp by the youth guide', identity: guide, query: FOLLOW_UP, input: inputs.followUp(active.id), code: 'FORBIDDEN' },
  { what: 'recordEffectAssessment on another unit’s order', identity: frederiksberg, query: EFFECT, input: inputs.effect(active.id), code: 'NOT_FOUND' },
  { what: 'recordSpsClarification on another provider’s order', identity: otherProvider, query: SPS, input: { orderId: active.id, text: 'SPS.', clarifiedOn: today() }, code: 'NOT_FOUND' },
  { what: 'recordSpsClarification by institution staff', identity: staff, query: SPS, input: { orderId: active.id, text: 'SPS.', clarifiedOn: today() }, code: 'FORBIDDEN' },
  { what: 'extendOrder on another unit’s order', identity: frederiksberg, query: EXTEND, input: { orderId: active.id, weeks: 4 }, code: 'NOT_FOUND' },
  { what: 'extendOrder by the provider', identity: provider, query: EXTEND, input: { orderId: active.id, weeks: 4 }, code: 'FORBIDDEN' },
  { what: 'completeOrder on another unit’s order', identity: frederiksberg, query: COMPLETE, input: { orderId: active.id, outcome: 'OTHER' }, code: 'NOT_FOUND' },
  { what: 'cancelOrder on another unit’s order', identity: caseworker, query: CANCEL, input: { orderId: otherUnits.id, reason: 'Nej.' }, code: 'NOT_FOUND' },
  { what: 'cancelOrder by the mentor', identity: mentor, query: CANCEL, input: { orderId: active.id, reason: 'Nej.' }, code: 'FORBIDDEN' },
  // Replication comes only from the partners service as itself: a user's token is refused whoever holds it.
  { what: 'recordYouthRelations by a provider', identity: provider, query: RELATIONS, input: relations(demoYouth(0).id), sequence: '1', code: 'FORBIDDEN' },
  { what: 'recordYouthRelations by institution staff', identity: staff, query: RELATIONS, input: relations(demoYouth(0).id), sequence: '2', code: 'FORBIDDEN' },
  { what: 'recordYouthRelations by the youth’s own caseworker', identity: caseworker, query: RELATIONS, input: relations(demoYouth(0).id), sequence: '3', code: 'FORBIDDEN' },
  { what: 'recordYouthRelations by another unit’s caseworker', identity: frederiksberg, query: RELATIONS, input: relations(demoYouth(0).id), sequence: '4', code: 'FORBIDDEN' },
];

let harness: OrdersHarness;

beforeAll(async () => {
  harness = await startHarness('orders_idor', { youths: 24 });
});

afterAll(async () => {
  await harness?.stop();
});

/** Everything a mutation could have written, here or at partners. */
async function snapshot(): Promise<Record<string, unknown>> {
  const [row] = await harness.db.query(`
    SELECT (SELECT count(*)::int FROM youth) AS youths, (SELECT sum(version)::int FROM youth) AS youth_versions,
           (SELECT count(*)::int FROM mentor_order) AS orders, (SELECT sum(version)::int FROM mentor_order) AS order_versions,
           (SELECT count(*)::int FROM mentor_agreement) AS agreements, (SELECT count(*)::int FROM schedule) AS schedules,
           (SELECT count(*)::int FROM mentor_session) AS sessions, (SELECT count(*)::int FROM follow_up) AS follow_ups,
           (SELECT count(*)::int FROM effect_assessment) AS effect_assessments, (SELECT count(*)::int FROM order_extension) AS extensions,
           (SELECT count(*)::int FROM audit_record) AS audit_records, (SELECT count(*)::int FROM outbox_event) AS outbox_events,
           (SELECT count(*)::int FROM inbox_sequence) AS inbox_sequences`);
  // Whatever a mutation enqueued would reach partners now.
  await harness.server.drainOutbox();
  return { ...row, partnerCalls: harness.partners.calls.length };
}

describe('a mutation on someone else’s record', () => {
  test.each(cases)('$what: $code, nothing stored', async ({ identity, query, input, code, sequence }) => {
    const before = await snapshot();
    const response = await harness.call<Record<string, unknown>>(identity, query, sequence === undefined ? { input } : { input, sequence });
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual([code]);
    expect(await snapshot()).toEqual(before);
  });

  test('a record the caller may not see is refused exactly like a missing one', async () => {
    const refusals = await Promise.all([
      harness.call(otherProvider, ACCEPT, { input: { orderId: placed.id } }),
      harness.call(otherProvider, ACCEPT, { input: { orderId: missingOrder } }),
      harness.call(otherMentor, LOG, { input: inputs.session(active.id) }),
      harness.call(otherMentor, LOG, { input: inputs.session(missingOrder) }),
    ]);
    const [hidden, missing, hiddenSession, missingSession] = refusals.map((response) => response.body);
    expect(hidden).toEqual(missing);
    expect(hiddenSession).toEqual(missingSession);
    expect(hidden.errors?.[0]).toMatchObject({ message: 'Order not found', extensions: { code: 'NOT_FOUND' } });
  });

  test('the same calls by the right person succeed, so the refusals above are about the record', async () => {
    const accept = await harness.call<{ acceptOrder: { id: string } }>(provider, ACCEPT, { input: { orderId: placed.id } });
    expect(accept.body.data?.acceptOrder.id).toBe(placed.id);
    const followUp = await harness.call<{ recordFollowUp: { id: string } }>(caseworker, FOLLOW_UP, { input: inputs.followUp(active.id) });
    expect(followUp.body.errors).toBeUndefined();
    const session = await harness.call<{ logSession: { id: string } }>(mentor, LOG, { input: { ...inputs.session(active.id), minutes: 15 } });
    expect(session.body.errors).toBeUndefined();
  });
});
