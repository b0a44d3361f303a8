import { randomUUID } from 'node:crypto';
import { type TokenRequest } from '@mentor/common';
import { demoId, demoOrder, demoOrganisations, demoUnits, demoUsers, demoYouth, demoYouthGuides, orderableInstitutions } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { danishToday } from './rules/dates.js';
import { errorsByPath, startPartners, type PartnersHarness } from './testing/harness.js';

const users = demoUsers as Record<string, TokenRequest>;
const today = danishToday();
const psychiatry = demoOrganisations.find((organisation) => organisation.kind === 'PSYCHIATRY')!.id;

// The demo school's staff, and staff of the next school, who may act only on their own school's records.
const staff = users.institution!;
const otherStaff: TokenRequest = { sub: demoId('user', 'staff-1'), roles: ['INSTITUTION_STAFF'], org: orderableInstitutions[1]!.id, name: 'Morten Vestergaard' };
// A youth guide outside KUI, and a social worker of another body.
const guideOutsideKui: TokenRequest = { ...users['youth-guide']!, org: demoUnits.socialServices };
const psychiatryWorker: TokenRequest = { sub: randomUUID(), roles: ['SOCIAL_WORKER'], org: psychiatry, name: 'Psykiatrisk socialrådgiver' };

const tables = [
  'organisation',
  'institution',
  'enrollment',
  'attendance_concern',
  'youth_guide_assignment',
  'consent',
  'collaboration_feedback',
  'youth_link',
  'idempotency_key',
];

/** One youth per school, to find an enrollment at the demo school. */
const atDemoSchool = demoYouth(0);
const atOtherSchool = demoYouth(1);

describe('partners mutations refuse records of another institution, unit, body or provider (IDOR)', () => {
  let partners: PartnersHarness;

  beforeAll(async () => {
    partners = await startPartners('partners_idor', { youths: 20 });
    expect(atDemoSchool.institutionId).toBe(staff.org);
    expect(atOtherSchool.institutionId).toBe(otherStaff.org);
  });

  afterAll(async () => {
    await partners?.stop();
  });

  async function snapshot() {
    return Promise.all(tables.map(async (table) => partners.db.query(`SELECT * FROM ${table} ORDER BY 1`)));
  }

  /** Sends the mutation and returns the code of its refusal, having checked nothing changed and orders was told nothing. */
  async function refusal(caller: TokenRequest, mutation: string, input: Record<string, unknown>): Promise<unknown> {
    const before = await snapshot();
    const calls = partners.orders.calls.length;
    const name = /\{\s*(\w+)\(/.exec(mutation)![1]!;
    const response = await partners.call(caller, `#graphql\n${mutation}`, { input });
    expect(response.body.data ?? null).toBeNull();
    expect(await snapshot()).toEqual(before);
    expect(partners.orders.calls.length).toBe(calls);
    const errors = errorsByPath(response);
    expect(Object.keys(errors)).toEqual([name]);
    return errors[name];
  }

  it('enrollYouth: staff enroll only at their own institution', async () => {
    const mutation = 'mutation($input: EnrollYouthInput!) { enrollYouth(input: $input) { id } }';
    expect(await refusal(staff, mutation, { youthId: demoYouth(3).id, institutionId: otherStaff.org, programme: 'Grundforløb 1', startDate: today })).toBe('FORBIDDEN');
  });

  it('updateEnrollmentStatus and reportAttendanceConcern: another institution\'s enrollment looks missing', async () => {
    const enrollmentId = demoId('enrollment', atDemoSchool.index);
    expect(
      await refusal(otherStaff, 'mutation($input: UpdateEnrollmentStatusInput!) { updateEnrollmentStatus(input: $input) { id } }', {
        enrollmentId,
        status: 'DROPPED_OUT',
        endedOn: today,
      }),
    ).toBe('NOT_FOUND');
    expect(
      await refusal(otherStaff, 'mutation($input: ReportAttendanceConcernInput!) { reportAttendanceConcern(input: $input) { id } }', {
        enrollmentId,
        reportedOn: today,
        description: 'Fravær i denne uge',
      }),
    ).toBe('NOT_FOUND');
  });

  it("assignYouthGuide: only the youth's caseworker assigns a guide; no youth guide, KUI's included, and another unit's youth looks missing", async () => {
    const mutation = 'mutation($input: AssignYouthGuideInput!) { assignYouthGuide(input: $input) { id } }';
    const input = { youthId: demoYouth(3).id, kuiOrganisationId: demoUnits.kui, guideUserId: demoYouthGuides[1]!.id, guideName: demoYouthGuides[1]!.name, fromDate: today };
    expect(await refusal(guideOutsideKui, mutation, input)).toBe('FORBIDDEN');
    expect(await refusal(users['youth-guide']!, mutation, { ...input, guideUserId: users['youth-guide']!.sub })).toBe('FORBIDDEN');
    expect(await refusal(users['caseworker-frb']!, mutation, input)).toBe('NOT_FOUND');
  });

  it("endYouthGuideAssignment: a guide outside the assignment's KUI, or another unit's caseworker, finds no assignment", async () => {
    const mutation = 'mutation($input: EndYouthGuideAssignmentInput!) { endYouthGuideAssignment(input: $input) { id } }';
    expect(await refusal(guideOutsideKui, mutation, { assignmentId: demoId('youth-guide-assignment', 0), toDate: today })).toBe('NOT_FOUND');
    expect(await refusal(users['caseworker-frb']!, mutation, { assignmentId: demoId('youth-guide-assignment', 0), toDate: today })).toBe('NOT_FOUND');
  });

  it('recordConsent: another unit\'s youth looks missing; a social worker records no consent, not even to their own body', async () => {
    const mutation = 'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }';
    const copenhagenYouth = demoYouth(3);
    expect(await refusal(users['caseworker-frb']!, mutation, { youthId: copenhagenYouth.id, bodyId: psychiatry, scope: 'Samarbejde', givenOn: today })).toBe('NOT_FOUND');
    expect(await refusal(users['social-worker']!, mutation, { youthId: copenhagenYouth.id, bodyId: psychiatry, scope: 'Samarbejde', givenOn: today })).toBe('FORBIDDEN');
    expect(await refusal(users['social-worker']!, mutation, { youthId: copenhagenYouth.id, bodyId: users['social-worker']!.org, scope: 'Samarbejde', givenOn: today })).toBe('FORBIDDEN');
    // The same refusal for a youth nobody knows: the role decides it, not the youth.
    expect(await refusal(users['social-worker']!, mutation, { youthId: randomUUID(), bodyId: psychiatry, scope: 'Samarbejde', givenOn: today })).toBe('FORBIDDEN');
  });

  it('withdrawConsent: another unit\'s consent looks missing; a social worker withdraws none', async () => {
    const mutation = 'mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }';
    const socialServicesConsent = demoId('consent', 0);
    expect(await refusal(users['caseworker-frb']!, mutation, { consentId: socialServicesConsent, withdrawnOn: today })).toBe('NOT_FOUND');
    expect(await refusal(psychiatryWorker, mutation, { consentId: socialServicesConsent, withdrawnOn: today })).toBe('FORBIDDEN');
    expect(await refusal(users['social-worker']!, mutation, { consentId: socialServicesConsent, withdrawnOn: today })).toBe('FORBIDDEN');
  });

  it('giveCollaborationFeedback: a partner revises only its own organisation\'s feedback', async () => {
    const order = demoOrder(demoYouth(7));
    const [theirs] = (await partners.db.query(`SELECT id, rating, version FROM collaboration_feedback WHERE order_id = $1 AND organisation_id = $2`, [order.id, order.institutionId])) as {
      id: string;
      version: number;
    }[];
    expect(theirs).toBeDefined();
    // Another school's staff, naming the version of the demo school's feedback, find no feedback of their own to revise.
    expect(
      await refusal(otherStaff, 'mutation($input: GiveCollaborationFeedbackInput!) { giveCollaborationFeedback(input: $input) { id } }', {
        orderId: order.id,
        rating: 1,
        expectedVersion: theirs!.version,
      }),
    ).toBe('CONFLICT');
  });

  it('recordYouthLink: no user rewrites a youth\'s relations — not another unit, another provider, nor the youth\'s own caseworker', async () => {
    const mutation = 'mutation($input: YouthLinkInput!) { recordYouthLink(input: $input, sequence: "7") }';
    const youth = demoYouth(0);
    const whole = { orderIds: [], placedInstitutionIds: [] };
    expect(await refusal(users['caseworker-frb']!, mutation, { youthId: youth.id, caseworkerUnitId: demoUnits.frederiksberg, providerIds: [], mentorIds: [], ...whole })).toBe('FORBIDDEN');
    const otherProvider: TokenRequest = { ...users.provider!, org: demoOrder(demoYouth(1)).providerId };
    expect(otherProvider.org).not.toBe(demoOrder(youth).providerId);
    expect(await refusal(otherProvider, mutation, { youthId: youth.id, caseworkerUnitId: youth.caseworkerUnitId, providerIds: [otherProvider.org], mentorIds: [], ...whole })).toBe('FORBIDDEN');
    expect(await refusal(users.caseworker!, mutation, { youthId: youth.id, caseworkerUnitId: youth.caseworkerUnitId, providerIds: [], mentorIds: [], ...whole })).toBe('FORBIDDEN');
  });
});
