import { randomUUID } from 'node:crypto';
import { type TokenRequest } from '@mentor/common';
import { demoId, demoOrder, demoOrganisations, demoUnits, demoUsers, demoYouth, demoYouthGuides, orderableInstitutions } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, danishToday } from '../rules/dates.js';
import { firstError, startPartners, type PartnersHarness } from '../testing/harness.js';
import { deadUrl } from '../testing/orders-stub.js';

const users = demoUsers as Record<string, TokenRequest>;
const today = danishToday();
const school = orderableInstitutions[0]!.id;
const psychiatry = demoOrganisations.find((organisation) => organisation.kind === 'PSYCHIATRY')!.id;

const registerOrganisation = `#graphql
  mutation Register($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id kind name cvr municipalityCode } }
`;
const registerInstitution = `#graphql
  mutation Register($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id name institutionNumber type approved orderable address } }
`;
const updateInstitution = `#graphql
  mutation Update($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id name type approved orderable address municipalityCode version } }
`;

const endYouthGuideAssignment = `#graphql
  mutation End($input: EndYouthGuideAssignmentInput!) { endYouthGuideAssignment(input: $input) { id youth { id } fromDate toDate version } }
`;

const enrollYouth = `#graphql
  mutation Enroll($input: EnrollYouthInput!) { enrollYouth(input: $input) { id youth { id } institution { id } programme startDate expectedEndDate status version } }
`;
const updateEnrollmentStatus = `#graphql
  mutation End($input: UpdateEnrollmentStatusInput!) { updateEnrollmentStatus(input: $input) { id status endedOn version } }
`;
const reportAttendanceConcern = `#graphql
  mutation Concern($input: ReportAttendanceConcernInput!) { reportAttendanceConcern(input: $input) { id attendanceConcerns { id reportedOn description reportedBy } } }
`;
const assignYouthGuide = `#graphql
  mutation Assign($input: AssignYouthGuideInput!) { assignYouthGuide(input: $input) { id youth { id } guideUserId guideName fromDate toDate } }
`;
const recordConsent = `#graphql
  mutation Record($input: RecordConsentInput!) { recordConsent(input: $input) { id bodyId bodyKind body { name } scope givenOn withdrawnOn current version } }
`;
const withdrawConsent = `#graphql
  mutation Withdraw($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id withdrawnOn current version } }
`;
const giveFeedback = `#graphql
  mutation Feedback($input: GiveCollaborationFeedbackInput!) { giveCollaborationFeedback(input: $input) { id orderId organisationId rating comment givenOn version } }
`;

describe('partners mutations', () => {
  let partners: PartnersHarness;

  beforeAll(async () => {
    partners = await startPartners('partners_mutations', { youths: 20 });
  });

  afterAll(async () => {
    await partners?.stop();
  });

  async function count(table: string): Promise<number> {
    const [row] = (await partners.db.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
    return row!.n;
  }

  async function ok<T>(caller: TokenRequest, query: string, input: Record<string, unknown>): Promise<T> {
    const response = await partners.call<Record<string, T>>(caller, query, { input });
    expect(response.body.errors).toBeUndefined();
    return Object.values(response.body.data!)[0]!;
  }

  async function refused(caller: TokenRequest, query: string, input: Record<string, unknown>) {
    const response = await partners.call(caller, query, { input });
    expect(response.body.data ?? null).toBeNull();
    return firstError(response);
  }

  describe('registerOrganisation', () => {
    const input = { kind: 'PRISON_AND_PROBATION', name: 'Kriminalforsorgen, Afdeling Vestegnen', cvr: '11863418', municipalityCode: '167' };

    it('lets a caseworker register a cooperating body, once per idempotency key', async () => {
      const before = await count('organisation');
      const key = randomUUID();
      const first = await ok<{ id: string; kind: string; name: string }>(users.caseworker!, registerOrganisation, { ...input, idempotencyKey: key });
      expect(first).toMatchObject({ kind: 'PRISON_AND_PROBATION', name: input.name, cvr: '11863418', municipalityCode: '167' });
      const repeat = await ok<{ id: string }>(users.caseworker!, registerOrganisation, { ...input, idempotencyKey: key });
      expect(repeat.id).toBe(first.id);
      expect(await count('organisation')).toBe(before + 1);
    });

    it('refuses a bad CVR or an institution, naming the field, and stores nothing', async () => {
      const before = await count('organisation');
      expect(await refused(users.caseworker!, registerOrganisation, { ...input, cvr: '11863419' })).toEqual({ code: 'BAD_USER_INPUT', field: 'cvr', rule: 'cvrChecksum' });
      expect(await refused(users.caseworker!, registerOrganisation, { ...input, kind: 'INSTITUTION' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
      expect(await count('organisation')).toBe(before);
    });

    it('is for the municipality only', async () => {
      expect(await refused(users.institution!, registerOrganisation, input)).toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe('registerInstitution', () => {
    const input = {
      name: 'Produktionsskolen Valby',
      cvr: '29190623',
      institutionNumber: '280555',
      type: 'PRODUCTION_SCHOOL',
      approved: true,
      address: 'Gammel Køge Landevej 55, 2500 Valby',
      municipalityCode: '101',
    };

    it('registers an institution that is not orderable unless a vocational school or adult education centre', async () => {
      const institution = await ok<{ id: string; orderable: boolean; type: string }>(users.caseworker!, registerInstitution, input);
      expect(institution).toMatchObject({ name: input.name, institutionNumber: '280555', type: 'PRODUCTION_SCHOOL', approved: true, orderable: false });
      const vocational = await ok<{ orderable: boolean }>(users.caseworker!, registerInstitution, { ...input, name: 'Erhvervsskolen Hvidovre', institutionNumber: '280556', type: 'VOCATIONAL' });
      expect(vocational.orderable).toBe(true);
      const [organisation] = (await partners.db.query(`SELECT kind FROM organisation WHERE id = $1`, [institution.id])) as { kind: string }[];
      expect(organisation?.kind).toBe('INSTITUTION');
    });

    it('refuses a malformed or taken institution number and stores nothing', async () => {
      const before = [await count('organisation'), await count('institution')];
      expect(await refused(users.caseworker!, registerInstitution, { ...input, institutionNumber: '28055' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'institutionNumber' });
      expect(await refused(users.caseworker!, registerInstitution, { ...input, institutionNumber: orderableInstitutions[0]!.institutionNumber })).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'institutionNumber',
        rule: 'unique',
      });
      expect([await count('organisation'), await count('institution')]).toEqual(before);
      expect(await refused(users['social-worker']!, registerInstitution, { ...input, institutionNumber: '280557' })).toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe('updateInstitution', () => {
    const institution = orderableInstitutions.at(-1)!;

    it('records a withdrawn approval, so orders can no longer be placed there, guarded by the version', async () => {
      const withdrawn = await ok(users.caseworker!, updateInstitution, { institutionId: institution.id, approved: false, expectedVersion: 1 });
      expect(withdrawn).toEqual({
        id: institution.id,
        name: institution.name,
        type: institution.type,
        approved: false,
        orderable: false,
        address: institution.address,
        municipalityCode: institution.municipalityCode,
        version: 2,
      });
      expect(await refused(users.caseworker!, updateInstitution, { institutionId: institution.id, approved: true, expectedVersion: 1 })).toMatchObject({ code: 'CONFLICT' });

      const moved = await ok(users['caseworker-frb']!, updateInstitution, { institutionId: institution.id, name: `  ${institution.name}, afd. Valby `, address: 'Toftegårds Allé 5, 2500 Valby', approved: true });
      expect(moved).toMatchObject({ name: `${institution.name}, afd. Valby`, address: 'Toftegårds Allé 5, 2500 Valby', approved: true, orderable: true, version: 3 });
      const [organisation] = (await partners.db.query(`SELECT name, version FROM organisation WHERE id = $1`, [institution.id])) as { name: string; version: number }[];
      expect(organisation).toEqual({ name: `${institution.name}, afd. Valby`, version: 2 });

      // Nothing to change is no change: the version stays.
      expect(await ok(users.caseworker!, updateInstitution, { institutionId: institution.id, approved: true, type: institution.type })).toMatchObject({ version: 3 });
    });

    it('refuses a blank name or a malformed municipality code, naming the field, and changes nothing', async () => {
      const target = orderableInstitutions.at(-2)!;
      const before = await partners.db.query(`SELECT * FROM institution i JOIN organisation o USING (id) WHERE i.id = $1`, [target.id]);
      expect(await refused(users.caseworker!, updateInstitution, { institutionId: target.id, approved: false, name: ' ' })).toEqual({ code: 'BAD_USER_INPUT', field: 'name', rule: 'required' });
      expect(await refused(users.caseworker!, updateInstitution, { institutionId: target.id, municipalityCode: '1010' })).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'municipalityCode',
        rule: 'municipalityCode',
      });
      expect(await partners.db.query(`SELECT * FROM institution i JOIN organisation o USING (id) WHERE i.id = $1`, [target.id])).toEqual(before);
    });

    it('is for the municipality, and an unknown institution is missing', async () => {
      expect(await refused(users.institution!, updateInstitution, { institutionId: users.institution!.org, approved: false })).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refused(users.caseworker!, updateInstitution, { institutionId: randomUUID(), approved: false })).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('enrollYouth', () => {
    // A youth whose placed order is delivered at the school, and who is not enrolled there now.
    const youth = demoYouth(2);
    const ownSchool = orderableInstitutions[2]!.id;
    const staff = { ...users.institution!, sub: demoId('user', 'staff-2'), org: ownSchool };
    const input = { youthId: youth.id, institutionId: ownSchool, programme: 'Grundforløb 2 – Tømrer', startDate: today, expectedEndDate: addDays(today, 700) };

    beforeAll(async () => {
      expect(demoOrder(youth)).toMatchObject({ institutionId: ownSchool, status: 'ACTIVE' });
      await partners.db.query(`DELETE FROM enrollment WHERE youth_id = $1`, [youth.id]);
    });

    it('lets institution staff enroll a youth at their own institution, once per idempotency key', async () => {
      const before = await count('enrollment');
      const key = randomUUID();
      const enrollment = await ok<{ id: string }>(staff, enrollYouth, { ...input, idempotencyKey: key });
      expect(enrollment).toMatchObject({
        youth: { id: youth.id },
        institution: { id: ownSchool },
        programme: 'Grundforløb 2 – Tømrer',
        startDate: today,
        expectedEndDate: addDays(today, 700),
        status: 'ACTIVE',
        version: 1,
      });
      const repeat = await ok<{ id: string }>(staff, enrollYouth, { ...input, idempotencyKey: key });
      expect(repeat.id).toBe(enrollment.id);
      expect(await count('enrollment')).toBe(before + 1);
      // Enrolling again without the key is a second, conflicting active enrollment.
      expect(await refused(staff, enrollYouth, input)).toMatchObject({ code: 'CONFLICT' });
    });

    it('refuses a missing programme or an end before the start, naming the field, and stores nothing', async () => {
      const before = await count('enrollment');
      expect(await refused(staff, enrollYouth, { ...input, youthId: demoYouth(3).id, programme: ' ' })).toEqual({ code: 'BAD_USER_INPUT', field: 'programme', rule: 'required' });
      expect(await refused(staff, enrollYouth, { ...input, youthId: demoYouth(3).id, expectedEndDate: addDays(today, -1) })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'expectedEndDate',
      });
      expect(await count('enrollment')).toBe(before);
    });

    it('is for staff of that institution, and a youth unknown here looks missing', async () => {
      expect(await refused(staff, enrollYouth, { ...input, institutionId: orderableInstitutions[1]!.id })).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refused(users.caseworker!, enrollYouth, input)).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refused(staff, enrollYouth, { ...input, youthId: randomUUID() })).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('refuses a youth without a placed order at the institution exactly as a youth that does not exist, storing nothing', async () => {
      const before = await count('enrollment');
      // Youth 1's order is at another school; youth 8's only order is a DRAFT and youth 11's was cancelled, each at its own school's staff.
      const cases = [
        { youth: demoYouth(1), caller: staff, institutionId: ownSchool },
        ...[8, 11].map((index) => ({ youth: demoYouth(index), caller: { ...staff, org: demoOrder(demoYouth(index)).institutionId }, institutionId: demoOrder(demoYouth(index)).institutionId })),
      ];
      for (const { youth: other, caller, institutionId } of cases) {
        expect(await refused(caller, enrollYouth, { ...input, youthId: other.id, institutionId }), `youth ${other.index}`).toEqual(
          await refused(caller, enrollYouth, { ...input, youthId: randomUUID(), institutionId }),
        );
      }
      expect(await count('enrollment')).toBe(before);
    });
  });

  describe('updateEnrollmentStatus', () => {
    const staff = users.institution!;
    const enrollmentId = demoId('enrollment', 14);

    it('ends an enrollment at the caller institution, guarded by its version', async () => {
      expect(await refused(staff, updateEnrollmentStatus, { enrollmentId, status: 'COMPLETED', endedOn: today, expectedVersion: 2 })).toMatchObject({ code: 'CONFLICT' });
      const ended = await ok(staff, updateEnrollmentStatus, { enrollmentId, status: 'COMPLETED', endedOn: today, expectedVersion: 1 });
      expect(ended).toEqual({ id: enrollmentId, status: 'COMPLETED', endedOn: today, version: 2 });
      expect(await refused(staff, updateEnrollmentStatus, { enrollmentId, status: 'DROPPED_OUT', endedOn: today })).toEqual({ code: 'BAD_USER_INPUT', field: 'status', rule: 'alreadyEnded' });
    });

    it('refuses ACTIVE as an end status and a future end date, and changes nothing', async () => {
      const other = demoId('enrollment', 7);
      expect(await refused(staff, updateEnrollmentStatus, { enrollmentId: other, status: 'ACTIVE', endedOn: today })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
      expect(await refused(staff, updateEnrollmentStatus, { enrollmentId: other, status: 'DROPPED_OUT', endedOn: addDays(today, 1) })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'endedOn',
      });
      const [row] = (await partners.db.query(`SELECT status, version FROM enrollment WHERE id = $1`, [other])) as { status: string; version: number }[];
      expect(row).toEqual({ status: 'ACTIVE', version: 1 });
    });

    it('makes another institution\'s enrollment look missing', async () => {
      expect(await refused(staff, updateEnrollmentStatus, { enrollmentId: demoId('enrollment', 1), status: 'DROPPED_OUT', endedOn: today })).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('reportAttendanceConcern', () => {
    const staff = users.institution!;
    const enrollmentId = demoId('enrollment', 0);
    const input = { enrollmentId, reportedOn: today, description: 'Har ikke været mødt op siden mandag.' };

    it('adds a concern to an enrollment at the caller institution, once per idempotency key', async () => {
      const before = await count('attendance_concern');
      const key = randomUUID();
      const enrollment = await ok<{ id: string; attendanceConcerns: { id: string; description: string; reportedBy: string }[] }>(staff, reportAttendanceConcern, {
        ...input,
        idempotencyKey: key,
      });
      expect(enrollment.id).toBe(enrollmentId);
      expect(enrollment.attendanceConcerns).toContainEqual({ id: expect.any(String), reportedOn: today, description: input.description, reportedBy: staff.name });
      await ok(staff, reportAttendanceConcern, { ...input, idempotencyKey: key });
      expect(await count('attendance_concern')).toBe(before + 1);
    });

    it('refuses an empty description or a future date, naming the field, and stores nothing', async () => {
      const before = await count('attendance_concern');
      expect(await refused(staff, reportAttendanceConcern, { ...input, description: '' })).toEqual({ code: 'BAD_USER_INPUT', field: 'description', rule: 'required' });
      expect(await refused(staff, reportAttendanceConcern, { ...input, reportedOn: addDays(today, 2) })).toEqual({ code: 'BAD_USER_INPUT', field: 'reportedOn', rule: 'notInFuture' });
      expect(await count('attendance_concern')).toBe(before);
    });

    it('is for staff of the enrollment\'s institution only', async () => {
      expect(await refused({ ...staff, org: orderableInstitutions[2]!.id }, reportAttendanceConcern, input)).toMatchObject({ code: 'NOT_FOUND' });
      expect(await refused(users.mentor!, reportAttendanceConcern, input)).toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe('assignYouthGuide', () => {
    const guide = users['youth-guide']!;
    const caseworker = users.caseworker!;
    const youth = demoYouth(4);
    const newGuide = demoYouthGuides.find((candidate) => candidate.id !== youth.youthGuideId)!;
    const input = { youthId: youth.id, kuiOrganisationId: demoUnits.kui, guideUserId: newGuide.id, guideName: newGuide.name, fromDate: today };

    it("lets the youth's caseworker assign a new guide of the municipality's KUI; the open assignment ends the day before", async () => {
      const before = await count('youth_guide_assignment');
      const assignment = await ok(caseworker, assignYouthGuide, input);
      expect(assignment).toMatchObject({ youth: { id: youth.id }, guideUserId: newGuide.id, guideName: newGuide.name, fromDate: today, toDate: null });
      const rows = (await partners.db.query(`SELECT guide_user_id, to_date::text AS to_date FROM youth_guide_assignment WHERE youth_id = $1 ORDER BY from_date`, [youth.id])) as {
        guide_user_id: string;
        to_date: string | null;
      }[];
      expect(rows.slice(-2)).toEqual([
        { guide_user_id: youth.youthGuideId, to_date: addDays(today, -1) },
        { guide_user_id: newGuide.id, to_date: null },
      ]);
      expect(await count('youth_guide_assignment')).toBe(before + 1);
    });

    it('refuses a missing guide name or a start before the open assignment, and changes nothing', async () => {
      const target = demoYouth(6);
      const before = await partners.db.query(`SELECT id, to_date, version FROM youth_guide_assignment ORDER BY id`);
      expect(await refused(caseworker, assignYouthGuide, { ...input, youthId: target.id, guideName: '' })).toEqual({ code: 'BAD_USER_INPUT', field: 'guideName', rule: 'required' });
      expect(await refused(caseworker, assignYouthGuide, { ...input, youthId: target.id, kuiOrganisationId: demoUnits.socialServices })).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'kuiOrganisationId',
        rule: 'kuiOrganisation',
      });
      expect(await refused(caseworker, assignYouthGuide, { ...input, youthId: target.id, fromDate: '2000-01-01' })).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'fromDate',
        rule: 'afterCurrentAssignment',
      });
      expect(await refused(caseworker, assignYouthGuide, { ...input, youthId: target.id, fromDate: addDays(today, 1) })).toEqual({ code: 'BAD_USER_INPUT', field: 'fromDate', rule: 'notInFuture' });
      expect(await partners.db.query(`SELECT id, to_date, version FROM youth_guide_assignment ORDER BY id`)).toEqual(before);
    });

    it("is the youth's caseworker's act: a youth guide, KUI staff included, cannot assign one, and another unit's caseworker finds no youth", async () => {
      expect(await refused(guide, assignYouthGuide, { ...input, guideUserId: guide.sub })).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refused({ ...guide, org: demoUnits.socialServices }, assignYouthGuide, input)).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refused(users['caseworker-frb']!, assignYouthGuide, input)).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('endYouthGuideAssignment', () => {
    const guide = users['youth-guide']!;
    const youth = demoYouth(14);
    const assignmentId = demoId('youth-guide-assignment', youth.index);

    async function assignmentRow() {
      const [row] = (await partners.db.query(`SELECT from_date::text AS from_date, to_date::text AS to_date, version FROM youth_guide_assignment WHERE id = $1`, [assignmentId])) as {
        from_date: string;
        to_date: string | null;
        version: number;
      }[];
      return row!;
    }

    it('refuses an end before the start or after today, and a stale version, changing nothing', async () => {
      const before = await assignmentRow();
      expect(before).toMatchObject({ to_date: null, version: 1 });
      expect(await refused(guide, endYouthGuideAssignment, { assignmentId, toDate: addDays(before.from_date, -1) })).toEqual({ code: 'BAD_USER_INPUT', field: 'toDate', rule: 'notBeforeFromDate' });
      expect(await refused(guide, endYouthGuideAssignment, { assignmentId, toDate: addDays(today, 1) })).toEqual({ code: 'BAD_USER_INPUT', field: 'toDate', rule: 'notInFuture' });
      expect(await refused(guide, endYouthGuideAssignment, { assignmentId, toDate: today, expectedVersion: 2 })).toMatchObject({ code: 'CONFLICT' });
      expect(await assignmentRow()).toEqual(before);
    });

    it('lets KUI staff end the open assignment, once', async () => {
      const ended = await ok(guide, endYouthGuideAssignment, { assignmentId, toDate: today, expectedVersion: 1 });
      expect(ended).toMatchObject({ id: assignmentId, youth: { id: youth.id }, toDate: today, version: 2 });
      expect(await refused(guide, endYouthGuideAssignment, { assignmentId, toDate: today })).toEqual({ code: 'BAD_USER_INPUT', field: 'assignmentId', rule: 'alreadyEnded' });
      // Without an open assignment the youth may be given a guide again.
      const next = demoYouthGuides.find((candidate) => candidate.id !== youth.youthGuideId)!;
      expect(await ok(users.caseworker!, assignYouthGuide, { youthId: youth.id, kuiOrganisationId: demoUnits.kui, guideUserId: next.id, guideName: next.name, fromDate: today })).toMatchObject({
        fromDate: today,
        toDate: null,
      });
    });

    it("is for KUI staff of the assignment's organisation or the youth's caseworker; another one's assignment, or an unknown one, is missing", async () => {
      expect(await refused(users.mentor!, endYouthGuideAssignment, { assignmentId, toDate: today })).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refused({ ...guide, org: demoUnits.socialServices }, endYouthGuideAssignment, { assignmentId, toDate: today })).toMatchObject({ code: 'NOT_FOUND' });
      expect(await refused(users['caseworker-frb']!, endYouthGuideAssignment, { assignmentId, toDate: today })).toMatchObject({ code: 'NOT_FOUND' });
      expect(await refused(guide, endYouthGuideAssignment, { assignmentId: randomUUID(), toDate: today })).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('recordConsent and withdrawConsent', () => {
    const caseworker = users.caseworker!;
    const youth = demoYouth(1);
    const input = { youthId: youth.id, bodyId: psychiatry, scope: 'Koordinering af udskrivning og opfølgning', givenOn: today };

    it('lets the youth\'s caseworker record a consent, once per idempotency key', async () => {
      const before = await count('consent');
      const key = randomUUID();
      const consent = await ok<{ id: string }>(caseworker, recordConsent, { ...input, idempotencyKey: key });
      expect(consent).toMatchObject({ bodyId: psychiatry, bodyKind: 'PSYCHIATRY', body: { name: 'Psykiatrisk Center Nordvest' }, givenOn: today, withdrawnOn: null, current: true, version: 1 });
      expect((await ok<{ id: string }>(caseworker, recordConsent, { ...input, idempotencyKey: key })).id).toBe(consent.id);
      expect(await count('consent')).toBe(before + 1);
    });

    it('refuses an empty scope or an unknown body, naming the field, and stores nothing', async () => {
      const before = await count('consent');
      expect(await refused(caseworker, recordConsent, { ...input, scope: '' })).toEqual({ code: 'BAD_USER_INPUT', field: 'scope', rule: 'required' });
      expect(await refused(caseworker, recordConsent, { ...input, bodyId: randomUUID() })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bodyId' });
      expect(await refused(caseworker, recordConsent, { ...input, givenOn: addDays(today, 1) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'givenOn' });
      expect(await count('consent')).toBe(before);
    });

    it('hides the youth from a caseworker of another unit and refuses other roles, the social worker the consent benefits included', async () => {
      expect(await refused(users['caseworker-frb']!, recordConsent, input)).toMatchObject({ code: 'NOT_FOUND' });
      expect(await refused(users.mentor!, recordConsent, input)).toMatchObject({ code: 'FORBIDDEN' });
      const socialWorker = users['social-worker']!;
      expect(await refused(socialWorker, recordConsent, { ...input, bodyId: socialWorker.org })).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refused(socialWorker, withdrawConsent, { consentId: demoId('consent', 0), withdrawnOn: today })).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('takes a consent only to a body of a kind that receives one', async () => {
      const before = await count('consent');
      for (const bodyId of [demoUnits.kui, caseworker.org, school]) {
        expect(await refused(caseworker, recordConsent, { ...input, bodyId })).toEqual({ code: 'BAD_USER_INPUT', field: 'bodyId', rule: 'consentableBody' });
      }
      expect(await count('consent')).toBe(before);
    });

    it("lets the youth's caseworker withdraw a consent (for the youth), guarded by its version, once", async () => {
      const socialWorker = caseworker;
      const consentId = demoId('consent', 0);
      expect(await refused(socialWorker, withdrawConsent, { consentId, withdrawnOn: addDays(today, 1) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'withdrawnOn' });
      expect(await refused(socialWorker, withdrawConsent, { consentId, withdrawnOn: today, expectedVersion: 3 })).toMatchObject({ code: 'CONFLICT' });
      expect(await ok(socialWorker, withdrawConsent, { consentId, withdrawnOn: today, expectedVersion: 1 })).toEqual({ id: consentId, withdrawnOn: today, current: false, version: 2 });
      expect(await refused(socialWorker, withdrawConsent, { consentId, withdrawnOn: today })).toEqual({ code: 'BAD_USER_INPUT', field: 'consentId', rule: 'alreadyWithdrawn' });
      expect(await refused(users['caseworker-frb']!, withdrawConsent, { consentId: demoId('consent', 5), withdrawnOn: today })).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('giveCollaborationFeedback', () => {
    const staff = users.institution!;
    const order = demoOrder(demoYouth(0));

    it('records a partner\'s rating for its own organisation and revises it on a second call', async () => {
      const key = randomUUID();
      const first = await ok<{ id: string }>(staff, giveFeedback, { orderId: order.id, rating: 4, comment: '  Godt samarbejde om skemaet.  ', idempotencyKey: key });
      expect(first).toMatchObject({ orderId: order.id, organisationId: staff.org, rating: 4, comment: 'Godt samarbejde om skemaet.', givenOn: today, version: 1 });
      expect((await ok<{ id: string; version: number }>(staff, giveFeedback, { orderId: order.id, rating: 4, idempotencyKey: key })).version).toBe(1);

      expect(await refused(staff, giveFeedback, { orderId: order.id, rating: 2, expectedVersion: 7 })).toMatchObject({ code: 'CONFLICT' });
      const revised = await ok<{ id: string }>(staff, giveFeedback, { orderId: order.id, rating: 5, expectedVersion: 1 });
      expect(revised).toMatchObject({ id: first.id, rating: 5, comment: null, version: 2 });
      const rows = (await partners.db.query(`SELECT rating FROM collaboration_feedback WHERE order_id = $1`, [order.id])) as { rating: number }[];
      expect(rows).toEqual([{ rating: 5 }]);
    });

    it('refuses a rating outside 1 to 5, naming the field, and stores nothing', async () => {
      const before = await count('collaboration_feedback');
      expect(await refused(users['youth-guide']!, giveFeedback, { orderId: order.id, rating: 6 })).toEqual({ code: 'BAD_USER_INPUT', field: 'rating', rule: 'ratingRange' });
      expect(await count('collaboration_feedback')).toBe(before);
    });

    it('is for partner organisations only', async () => {
      expect(await refused(users.auditor!, giveFeedback, { orderId: order.id, rating: 3 })).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refused(users.mentor!, giveFeedback, { orderId: order.id, rating: 3 })).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('is for a party to the order: orders is asked on the caller\'s behalf, and an order they do not take part in looks missing', async () => {
      const other = demoOrder(demoYouth(1));
      const before = await count('collaboration_feedback');
      const asked = partners.orders.orderQueries.length;
      partners.orders.hiddenOrders.add(other.id);
      try {
        expect(await refused(staff, giveFeedback, { orderId: other.id, rating: 1 })).toMatchObject({ code: 'NOT_FOUND' });
      } finally {
        partners.orders.hiddenOrders.delete(other.id);
      }
      expect(partners.orders.orderQueries.slice(asked)).toEqual([other.id]);
      expect(await count('collaboration_feedback')).toBe(before);
    });

    it('refuses a role orders shows no orders to, and refuses rather than guesses when orders cannot be asked', async () => {
      const before = await count('collaboration_feedback');
      partners.orders.answerWith = 'FORBIDDEN';
      try {
        expect(await refused(users['social-worker']!, giveFeedback, { orderId: order.id, rating: 2 })).toMatchObject({ code: 'FORBIDDEN' });
      } finally {
        partners.orders.answerWith = null;
      }
      partners.peers.orders = await deadUrl();
      try {
        expect(await refused(staff, giveFeedback, { orderId: order.id, rating: 2 })).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      } finally {
        partners.peers.orders = partners.orders.url;
      }
      expect(await count('collaboration_feedback')).toBe(before);
    });
  });

  it('refuses an idempotency key reused for another operation', async () => {
    const key = randomUUID();
    await ok(users.caseworker!, registerOrganisation, { kind: 'MUNICIPAL_UNIT', name: 'Jobcenter Hvidovre', cvr: '11863418', municipalityCode: '167', idempotencyKey: key });
    expect(
      await refused(users.caseworker!, recordConsent, { youthId: demoYouth(2).id, bodyId: psychiatry, scope: 'Samarbejde', givenOn: today, idempotencyKey: key }),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'idempotencyKey', rule: 'reused' });
  });
});
