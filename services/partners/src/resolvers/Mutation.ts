import { randomUUID } from 'node:crypto';
import { assertRules, badInput, conflict, forbidden, isUuid, notFound, type Identity, type Role } from '@mentor/common';
import { IsNull, type EntityManager } from 'typeorm';
import {
  consentableKinds,
  hasRole,
  isCaseworkerOf,
  isStaffOf,
  mayAssignYouthGuide,
  mayEndYouthGuideAssignment,
  mayEnrollYouth,
  mayGiveFeedback,
  mayRecordConsent,
  mayRecordYouthLink,
  sharedConsentKinds,
} from '../access.js';
import type { PartnersContext } from '../context.js';
import { AttendanceConcern } from '../entities/AttendanceConcern.js';
import { CollaborationFeedback } from '../entities/CollaborationFeedback.js';
import { Consent } from '../entities/Consent.js';
import { Enrollment, type EnrollmentStatus } from '../entities/Enrollment.js';
import { Institution, type InstitutionType } from '../entities/Institution.js';
import { Organisation, type OrganisationKind } from '../entities/Organisation.js';
import { YouthGuideAssignment } from '../entities/YouthGuideAssignment.js';
import { YouthLink } from '../entities/YouthLink.js';
import { consentRules, consentWithdrawalInputRules, consentWithdrawalRules } from '../rules/consent.js';
import { addDays, danishToday, isoDate } from '../rules/dates.js';
import { attendanceConcernEnrollmentRules, attendanceConcernInputRules, enrollmentEndInputRules, enrollmentEndRules, enrollmentRules } from '../rules/enrollment.js';
import { feedbackRules } from '../rules/feedback.js';
import { institutionRules, institutionUpdateRules, organisationRules, type InstitutionUpdateInput } from '../rules/organisation.js';
import {
  youthGuideEndInputRules,
  youthGuideEndRules,
  youthGuideOrganisationRules,
  youthGuideRules,
  youthGuideSuccessionRules,
  type YouthGuideEndInput,
} from '../rules/youthGuide.js';
import { youthLinkRules, type YouthLinkInput } from '../rules/youthLink.js';
import { activeInstitutionIds, requireOrderParty, sendYouthRelations, sharedConsentsOf, type Peers } from '../replication.js';
import { assertVersion, claimIdempotencyKey, inTransaction } from '../transactions.js';

type DateInput = Date | string;

interface RegisterOrganisationInput {
  kind: OrganisationKind;
  name: string;
  cvr: string;
  municipalityCode: string;
  idempotencyKey?: string | null;
}

interface RegisterInstitutionInput {
  name: string;
  cvr: string;
  institutionNumber: string;
  type: InstitutionType;
  approved: boolean;
  address: string;
  municipalityCode: string;
  idempotencyKey?: string | null;
}

interface EndYouthGuideAssignmentInput extends Omit<YouthGuideEndInput, 'toDate'> {
  toDate: DateInput;
}

interface EnrollYouthInput {
  youthId: string;
  institutionId: string;
  programme: string;
  startDate: DateInput;
  expectedEndDate?: DateInput | null;
  idempotencyKey?: string | null;
}

interface UpdateEnrollmentStatusInput {
  enrollmentId: string;
  status: EnrollmentStatus;
  endedOn: DateInput;
  expectedVersion?: number | null;
}

interface ReportAttendanceConcernInput {
  enrollmentId: string;
  reportedOn: DateInput;
  description: string;
  idempotencyKey?: string | null;
}

interface AssignYouthGuideInput {
  youthId: string;
  kuiOrganisationId: string;
  guideUserId: string;
  guideName: string;
  fromDate: DateInput;
  idempotencyKey?: string | null;
}

interface RecordConsentInput {
  youthId: string;
  bodyId: string;
  scope: string;
  givenOn: DateInput;
  idempotencyKey?: string | null;
}

interface WithdrawConsentInput {
  consentId: string;
  withdrawnOn: DateInput;
  expectedVersion?: number | null;
}

interface GiveCollaborationFeedbackInput {
  orderId: string;
  rating: number;
  comment?: string | null;
  expectedVersion?: number | null;
  idempotencyKey?: string | null;
}

type Args<T> = { input: T };

function trimmed(value: string): string {
  return value.trim();
}

/** Null for a blank optional text. */
function optionalTrimmed(value: string | null | undefined): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : value.trim();
}

function callerName(identity: Identity): string {
  return identity.name.trim() || identity.sub;
}

function requireAnyRole(identity: Identity, ...roles: Role[]): void {
  if (!roles.some((role) => hasRole(identity, role))) throw forbidden();
}

async function institutionWithOrganisation(manager: EntityManager, id: string): Promise<Institution | null> {
  return manager.getRepository(Institution).findOne({ where: { id }, relations: { organisation: true } });
}

/** The enrollment, locked, when it belongs to the caller's institution; otherwise it looks missing. */
async function ownEnrollmentForUpdate(manager: EntityManager, identity: Identity, enrollmentId: string): Promise<Enrollment> {
  const enrollment = await manager.getRepository(Enrollment).findOne({ where: { id: enrollmentId }, lock: { mode: 'pessimistic_write' } });
  if (!enrollment || !isStaffOf(identity, enrollment.institutionId)) throw notFound('Enrollment');
  return enrollment;
}

/** The mutations; the ones that change relations the orders subgraph decides access from tell it, inside their transaction. */
export function createMutation(peers: Peers) {
  return {
    async registerOrganisation(_: unknown, { input }: Args<RegisterOrganisationInput>, { db, identity, log }: PartnersContext) {
      requireAnyRole(identity, 'CASEWORKER');
      assertRules(organisationRules(input));
      return inTransaction(db, async (manager) => {
        const id = randomUUID();
        const earlier = await claimIdempotencyKey(manager, identity, input.idempotencyKey, 'registerOrganisation', id);
        if (earlier) return manager.findOneByOrFail(Organisation, { id: earlier });
        const organisation = manager.create(Organisation, {
          id,
          kind: input.kind,
          name: trimmed(input.name),
          cvr: input.cvr,
          municipalityCode: input.municipalityCode,
        });
        await manager.insert(Organisation, organisation);
        log.info({ organisationId: id, kind: input.kind }, 'organisation registered');
        return manager.findOneByOrFail(Organisation, { id });
      });
    },

    async registerInstitution(_: unknown, { input }: Args<RegisterInstitutionInput>, { db, identity, log }: PartnersContext) {
      requireAnyRole(identity, 'CASEWORKER');
      assertRules(institutionRules(input));
      return inTransaction(db, async (manager) => {
        const id = randomUUID();
        const earlier = await claimIdempotencyKey(manager, identity, input.idempotencyKey, 'registerInstitution', id);
        if (earlier) return institutionWithOrganisation(manager, earlier);
        if (await manager.existsBy(Institution, { institutionNumber: input.institutionNumber })) {
          throw badInput('institutionNumber', 'unique', `institutionNumber: ${input.institutionNumber} is already registered`);
        }
        await manager.insert(Organisation, {
          id,
          kind: 'INSTITUTION',
          name: trimmed(input.name),
          cvr: input.cvr,
          municipalityCode: input.municipalityCode,
        });
        await manager.insert(Institution, {
          id,
          institutionNumber: input.institutionNumber,
          type: input.type,
          approved: input.approved,
          address: trimmed(input.address),
        });
        log.info({ institutionId: id, type: input.type }, 'institution registered');
        return institutionWithOrganisation(manager, id);
      });
    },

    async updateInstitution(_: unknown, { input }: Args<InstitutionUpdateInput>, { db, identity, log }: PartnersContext) {
      requireAnyRole(identity, 'CASEWORKER');
      assertRules(institutionUpdateRules(input));
      return inTransaction(db, async (manager) => {
        const locked = await manager.getRepository(Institution).findOne({ where: { id: input.institutionId }, lock: { mode: 'pessimistic_write' } });
        const institution = locked && (await institutionWithOrganisation(manager, locked.id));
        if (!institution) throw notFound('Institution');
        assertVersion(input.expectedVersion, institution.version, 'The institution');
        const organisation = institution.organisation;
        const organisationChange = {
          ...(input.name != null && trimmed(input.name) !== organisation.name ? { name: trimmed(input.name) } : {}),
          ...(input.municipalityCode != null && input.municipalityCode !== organisation.municipalityCode ? { municipalityCode: input.municipalityCode } : {}),
        };
        const institutionChange = {
          ...(input.type != null && input.type !== institution.type ? { type: input.type } : {}),
          ...(input.approved != null && input.approved !== institution.approved ? { approved: input.approved } : {}),
          ...(input.address != null && trimmed(input.address) !== institution.address ? { address: trimmed(input.address) } : {}),
        };
        const changed = [...Object.keys(organisationChange), ...Object.keys(institutionChange)];
        if (!changed.length) return institution;
        if (Object.keys(organisationChange).length) {
          await manager.update(Organisation, { id: organisation.id }, { ...organisationChange, version: organisation.version + 1 });
        }
        await manager.update(Institution, { id: institution.id }, { ...institutionChange, version: institution.version + 1 });
        log.info({ institutionId: institution.id, changed }, 'institution updated');
        return institutionWithOrganisation(manager, institution.id);
      });
    },

    async enrollYouth(_: unknown, { input }: Args<EnrollYouthInput>, context: PartnersContext) {
      const { db, identity, log } = context;
      requireAnyRole(identity, 'INSTITUTION_STAFF');
      const startDate = isoDate(input.startDate);
      const expectedEndDate = input.expectedEndDate ? isoDate(input.expectedEndDate) : null;
      assertRules(enrollmentRules({ ...input, startDate, expectedEndDate }));
      if (!isStaffOf(identity, input.institutionId)) throw forbidden('Only staff of the institution report its enrollments');
      return inTransaction(db, async (manager) => {
        const id = randomUUID();
        const earlier = await claimIdempotencyKey(manager, identity, input.idempotencyKey, 'enrollYouth', id);
        if (earlier) return manager.findOneByOrFail(Enrollment, { id: earlier });
        if (!(await manager.existsBy(Institution, { id: input.institutionId }))) throw notFound('Institution');
        // Only where a placed order for the youth is delivered at this institution; any other youth, existing or not, looks missing.
        if (!mayEnrollYouth(identity, await manager.findOneBy(YouthLink, { youthId: input.youthId }), input.institutionId)) throw notFound('Youth');
        if (await manager.existsBy(Enrollment, { youthId: input.youthId, institutionId: input.institutionId, status: 'ACTIVE' })) {
          throw conflict('The youth already has an active enrollment at this institution');
        }
        await manager.insert(Enrollment, {
          id,
          youthId: input.youthId,
          institutionId: input.institutionId,
          programme: trimmed(input.programme),
          startDate,
          expectedEndDate,
          status: 'ACTIVE',
          createdBy: identity.sub,
        });
        await sendYouthRelations(peers, context, { youthId: input.youthId, enrolledInstitutionIds: await activeInstitutionIds(manager, input.youthId) });
        log.info({ enrollmentId: id, institutionId: input.institutionId }, 'youth enrolled');
        return manager.findOneByOrFail(Enrollment, { id });
      });
    },

    async updateEnrollmentStatus(_: unknown, { input }: Args<UpdateEnrollmentStatusInput>, context: PartnersContext) {
      const { db, identity, log } = context;
      requireAnyRole(identity, 'INSTITUTION_STAFF');
      const endedOn = isoDate(input.endedOn);
      assertRules(enrollmentEndInputRules({ ...input, endedOn }, danishToday()));
      return inTransaction(db, async (manager) => {
        const enrollment = await ownEnrollmentForUpdate(manager, identity, input.enrollmentId);
        assertVersion(input.expectedVersion, enrollment.version, 'The enrollment');
        assertRules(enrollmentEndRules({ endedOn }, enrollment));
        await manager.update(Enrollment, { id: enrollment.id }, { status: input.status, endedOn, version: enrollment.version + 1 });
        await sendYouthRelations(peers, context, { youthId: enrollment.youthId, enrolledInstitutionIds: await activeInstitutionIds(manager, enrollment.youthId) });
        log.info({ enrollmentId: enrollment.id, status: input.status }, 'enrollment ended');
        return manager.findOneByOrFail(Enrollment, { id: enrollment.id });
      });
    },

    async reportAttendanceConcern(_: unknown, { input }: Args<ReportAttendanceConcernInput>, { db, identity, log }: PartnersContext) {
      requireAnyRole(identity, 'INSTITUTION_STAFF');
      const reportedOn = isoDate(input.reportedOn);
      assertRules(attendanceConcernInputRules({ ...input, reportedOn }, danishToday()));
      return inTransaction(db, async (manager) => {
        const enrollment = await ownEnrollmentForUpdate(manager, identity, input.enrollmentId);
        const id = randomUUID();
        const earlier = await claimIdempotencyKey(manager, identity, input.idempotencyKey, 'reportAttendanceConcern', id);
        if (earlier) return enrollment;
        assertRules(attendanceConcernEnrollmentRules({ reportedOn }, enrollment));
        await manager.insert(AttendanceConcern, {
          id,
          enrollmentId: enrollment.id,
          reportedOn,
          description: trimmed(input.description),
          reportedBy: callerName(identity),
          reportedByUserId: identity.sub,
        });
        log.info({ enrollmentId: enrollment.id, attendanceConcernId: id }, 'attendance concern reported');
        return enrollment;
      });
    },

    async assignYouthGuide(_: unknown, { input }: Args<AssignYouthGuideInput>, context: PartnersContext) {
      const { db, identity, log } = context;
      requireAnyRole(identity, 'CASEWORKER');
      const fromDate = isoDate(input.fromDate);
      assertRules(youthGuideRules({ ...input, fromDate }, danishToday()));
      return inTransaction(db, async (manager) => {
        const id = randomUUID();
        const earlier = await claimIdempotencyKey(manager, identity, input.idempotencyKey, 'assignYouthGuide', id);
        if (earlier) return manager.findOneByOrFail(YouthGuideAssignment, { id: earlier });
        if (!mayAssignYouthGuide(identity, await manager.findOneBy(YouthLink, { youthId: input.youthId }))) throw notFound('Youth');
        const [kui, unit] = await Promise.all([manager.findOneBy(Organisation, { id: input.kuiOrganisationId }), manager.findOneBy(Organisation, { id: identity.org })]);
        assertRules(youthGuideOrganisationRules(kui, unit));
        const open = await manager
          .getRepository(YouthGuideAssignment)
          .findOne({ where: { youthId: input.youthId, toDate: IsNull() }, lock: { mode: 'pessimistic_write' } });
        assertRules(youthGuideSuccessionRules({ fromDate, guideUserId: input.guideUserId }, open));
        if (open) {
          await manager.update(YouthGuideAssignment, { id: open.id }, { toDate: addDays(fromDate, -1), version: open.version + 1 });
        }
        await manager.insert(YouthGuideAssignment, {
          id,
          youthId: input.youthId,
          guideUserId: input.guideUserId,
          guideName: trimmed(input.guideName),
          kuiOrganisationId: input.kuiOrganisationId,
          fromDate,
          toDate: null,
        });
        // The orders subgraph keeps one guide per youth, without dates: the guide of the open assignment.
        await sendYouthRelations(peers, context, { youthId: input.youthId, youthGuideId: input.guideUserId });
        log.info({ assignmentId: id, endedAssignmentId: open?.id }, 'youth guide assigned');
        return manager.findOneByOrFail(YouthGuideAssignment, { id });
      });
    },

    async endYouthGuideAssignment(_: unknown, { input }: Args<EndYouthGuideAssignmentInput>, context: PartnersContext) {
      const { db, identity, log } = context;
      requireAnyRole(identity, 'CASEWORKER', 'YOUTH_GUIDE');
      const toDate = isoDate(input.toDate);
      assertRules(youthGuideEndInputRules({ ...input, toDate }, danishToday()));
      return inTransaction(db, async (manager) => {
        const assignment = await manager.getRepository(YouthGuideAssignment).findOne({ where: { id: input.assignmentId }, lock: { mode: 'pessimistic_write' } });
        const link = assignment ? await manager.findOneBy(YouthLink, { youthId: assignment.youthId }) : null;
        if (!assignment || !mayEndYouthGuideAssignment(identity, link, assignment)) throw notFound('YouthGuideAssignment');
        assertVersion(input.expectedVersion, assignment.version, 'The assignment');
        assertRules(youthGuideEndRules({ toDate }, assignment));
        await manager.update(YouthGuideAssignment, { id: assignment.id }, { toDate, version: assignment.version + 1 });
        // Only the open assignment ends, and the youth has at most one, so the youth is now without a guide.
        await sendYouthRelations(peers, context, { youthId: assignment.youthId, clearYouthGuide: true });
        log.info({ assignmentId: assignment.id }, 'youth guide assignment ended');
        return manager.findOneByOrFail(YouthGuideAssignment, { id: assignment.id });
      });
    },

    async recordConsent(_: unknown, { input }: Args<RecordConsentInput>, context: PartnersContext) {
      const { db, identity, log } = context;
      requireAnyRole(identity, 'CASEWORKER');
      const today = danishToday();
      const givenOn = isoDate(input.givenOn);
      assertRules(consentRules({ ...input, givenOn }, today));
      return inTransaction(db, async (manager) => {
        const id = randomUUID();
        const earlier = await claimIdempotencyKey(manager, identity, input.idempotencyKey, 'recordConsent', id);
        if (earlier) return manager.findOneByOrFail(Consent, { id: earlier });
        if (!mayRecordConsent(identity, await manager.findOneBy(YouthLink, { youthId: input.youthId }))) throw notFound('Youth');
        const body = await manager.findOneBy(Organisation, { id: input.bodyId });
        if (!body) throw badInput('bodyId', 'organisationExists', 'bodyId: no such organisation');
        if (!consentableKinds.includes(body.kind)) {
          throw badInput('bodyId', 'consentableBody', `bodyId: a consent is given to ${consentableKinds.join(', ')}, not to ${body.kind}`);
        }
        await manager.insert(Consent, {
          id,
          youthId: input.youthId,
          bodyId: body.id,
          bodyKind: body.kind,
          scope: trimmed(input.scope),
          givenOn,
          withdrawnOn: null,
          recordedBy: identity.sub,
        });
        if (sharedConsentKinds.includes(body.kind)) {
          await sendYouthRelations(peers, context, { youthId: input.youthId, consents: await sharedConsentsOf(manager, input.youthId) });
        }
        log.info({ consentId: id, bodyKind: body.kind }, 'consent recorded');
        return manager.findOneByOrFail(Consent, { id });
      });
    },

    async withdrawConsent(_: unknown, { input }: Args<WithdrawConsentInput>, context: PartnersContext) {
      const { db, identity, log } = context;
      requireAnyRole(identity, 'CASEWORKER');
      const today = danishToday();
      const withdrawnOn = isoDate(input.withdrawnOn);
      assertRules(consentWithdrawalInputRules({ ...input, withdrawnOn }, today));
      return inTransaction(db, async (manager) => {
        const consent = await manager.getRepository(Consent).findOne({ where: { id: input.consentId }, lock: { mode: 'pessimistic_write' } });
        const link = consent ? await manager.findOneBy(YouthLink, { youthId: consent.youthId }) : null;
        if (!consent || !mayRecordConsent(identity, link)) throw notFound('Consent');
        assertVersion(input.expectedVersion, consent.version, 'The consent');
        assertRules(consentWithdrawalRules({ withdrawnOn }, consent));
        await manager.update(Consent, { id: consent.id }, { withdrawnOn, version: consent.version + 1 });
        if (sharedConsentKinds.includes(consent.bodyKind)) {
          await sendYouthRelations(peers, context, { youthId: consent.youthId, consents: await sharedConsentsOf(manager, consent.youthId) });
        }
        log.info({ consentId: consent.id }, 'consent withdrawn');
        return manager.findOneByOrFail(Consent, { id: consent.id });
      });
    },

    async giveCollaborationFeedback(_: unknown, { input }: Args<GiveCollaborationFeedbackInput>, context: PartnersContext) {
      const { db, identity, log } = context;
      if (!mayGiveFeedback(identity)) throw forbidden('Only a partner organisation gives collaboration feedback');
      assertRules(feedbackRules(input));
      // Only a party to the order rates the cooperation around it, or the success metrics' rating (rule 15) could be swayed by anyone.
      await requireOrderParty(peers, context, input.orderId);
      return inTransaction(db, async (manager) => {
        const existing = await manager
          .getRepository(CollaborationFeedback)
          .findOne({ where: { orderId: input.orderId, organisationId: identity.org }, lock: { mode: 'pessimistic_write' } });
        const id = existing?.id ?? randomUUID();
        const earlier = await claimIdempotencyKey(manager, identity, input.idempotencyKey, 'giveCollaborationFeedback', id);
        if (earlier) return manager.findOneByOrFail(CollaborationFeedback, { id: earlier });
        const revision = { rating: input.rating, comment: optionalTrimmed(input.comment), givenOn: danishToday(), givenBy: identity.sub };
        if (existing) {
          assertVersion(input.expectedVersion, existing.version, 'The feedback');
          await manager.update(CollaborationFeedback, { id }, { ...revision, version: existing.version + 1 });
        } else {
          if (input.expectedVersion !== null && input.expectedVersion !== undefined) throw conflict('There is no earlier feedback to revise');
          await manager.insert(CollaborationFeedback, { id, orderId: input.orderId, organisationId: identity.org, ...revision });
        }
        log.info({ feedbackId: id, orderId: input.orderId, revised: Boolean(existing) }, 'collaboration feedback given');
        return manager.findOneByOrFail(CollaborationFeedback, { id });
      });
    },

    async recordYouthLink(_: unknown, { input }: Args<YouthLinkInput>, { db, identity, log }: PartnersContext) {
      requireAnyRole(identity, 'CASEWORKER', 'PROVIDER_COORDINATOR');
      assertRules(youthLinkRules(input));
      return inTransaction(db, async (manager) => {
        const existing = await manager.getRepository(YouthLink).findOne({ where: { youthId: input.youthId }, lock: { mode: 'pessimistic_write' } });
        if (!mayRecordYouthLink(identity, existing, input)) throw forbidden('Only the youth\'s caseworker or provider changes its relations');
        await manager.upsert(
          YouthLink,
          {
            youthId: input.youthId,
            caseworkerUnitId: input.caseworkerUnitId,
            providerIds: [...new Set(input.providerIds)],
            mentorIds: [...new Set(input.mentorIds)],
            ...(input.orderIds == null ? {} : { orderIds: [...new Set(input.orderIds)] }),
            ...(input.placedInstitutionIds == null ? {} : { placedInstitutionIds: [...new Set(input.placedInstitutionIds)] }),
          },
          ['youthId'],
        );
        log.info({ youthId: input.youthId, created: existing === null }, 'youth relations recorded');
        return true;
      });
    },
  };
}
