import { allow, createPermissions, deny, isUuid, parentRule, roleRule, roles, type RuleTree, type ShieldRule } from '@mentor/common';
import {
  hasRole,
  isKuiStaff,
  maySeeConsent,
  maySeeConsents,
  maySeeEnrollment,
  maySeeEnrollments,
  maySeeFeedback,
  maySeeInstitutionEnrollments,
  maySeeYouthGuide,
  maySeeYouthGuideAssignment,
  type YouthRelations,
} from './access.js';
import type { PartnersContext } from './context.js';
import type { AttendanceConcern } from './entities/AttendanceConcern.js';
import type { CollaborationFeedback } from './entities/CollaborationFeedback.js';
import type { Consent } from './entities/Consent.js';
import type { Enrollment } from './entities/Enrollment.js';
import type { Institution } from './entities/Institution.js';
import type { YouthGuideAssignment } from './entities/YouthGuideAssignment.js';

/**
 * The field rules of DESIGN §4 for the partners subgraph. Every field of every type has its own
 * entry (the coverage test holds us to it); rules that read the parent are `parentRule`s, never
 * cached, and decide from relations this subgraph stores, loaded per request in one statement per
 * batch. The resolvers scope lists and lookups as well, so a mistake here cannot widen a list.
 */

/** Registry data (organisations, institutions): every authenticated role. */
const authenticated = roleRule(...roles);
/** Everyone with some relation to youths: a youth's id is no secret to them, but the auditor reads only the audit log. */
const youthRoles = roleRule('CASEWORKER', 'PROVIDER_COORDINATOR', 'MENTOR', 'INSTITUTION_STAFF', 'YOUTH_GUIDE', 'SOCIAL_WORKER');
const caseworkers = roleRule('CASEWORKER');
const institutionStaff = roleRule('INSTITUTION_STAFF');
const youthGuides = roleRule('YOUTH_GUIDE');
const consentRecorders = roleRule('CASEWORKER', 'SOCIAL_WORKER');
const partnerOrganisations = roleRule('PROVIDER_COORDINATOR', 'INSTITUTION_STAFF', 'YOUTH_GUIDE', 'SOCIAL_WORKER');
/** Collaboration feedback: caseworkers evaluate the cooperation, partners see their own. */
const feedbackReaders = roleRule('CASEWORKER', 'PROVIDER_COORDINATOR', 'INSTITUTION_STAFF', 'YOUTH_GUIDE', 'SOCIAL_WORKER');
/** The orders subgraph replicates relations on behalf of the caller whose action changed them. */
const relationWriters = roleRule('CASEWORKER', 'PROVIDER_COORDINATOR');
/** The orders subgraph asks for the rating summary behind its success metrics on behalf of these roles. */
// Success criterion 4 per institution: the school reads the ratings of the orders delivered there (orders chooses the ids).
const ratingReaders = roleRule('CASEWORKER', 'PROVIDER_COORDINATOR', 'INSTITUTION_STAFF');
const auditors = roleRule('AUDITOR');

async function callerIsKuiStaff(context: PartnersContext): Promise<boolean> {
  if (!hasRole(context.identity, 'YOUTH_GUIDE')) return false;
  return isKuiStaff(context.identity, await context.loaders.organisation.load(context.identity.org));
}

/**
 * A rule on a youth's personal data: decides from the youth's relations, writes the read (allowed
 * or denied) to the audit trail, and denies the field when the audit record could not be stored.
 */
function audited<Parent>(
  field: string,
  youthOf: (parent: Parent) => string,
  decide: (parent: Parent, relations: YouthRelations, context: PartnersContext) => boolean | Promise<boolean>,
): ShieldRule {
  return parentRule<Parent, PartnersContext>(field, async (parent, context) => {
    const youthId = youthOf(parent);
    // No youth has such an id, so there is nothing to read and nothing to audit.
    if (!isUuid(youthId)) return false;
    const relations = await context.loaders.youthRelations.load(youthId);
    const allowed = await decide(parent, relations, context);
    const recorded = await context.audit.read(youthId, field, allowed);
    return allowed && recorded;
  });
}

const youthField = (field: string, decide: (relations: YouthRelations, context: PartnersContext) => boolean | Promise<boolean>) =>
  audited<{ id: string }>(`Youth.${field}`, (youth) => youth.id, (_youth, relations, context) => decide(relations, context));

const enrollmentField = (field: string) =>
  audited<Enrollment>(`Enrollment.${field}`, (enrollment) => enrollment.youthId, (enrollment, relations, { identity }) => maySeeEnrollment(identity, relations, enrollment));

const attendanceConcernField = (field: string) =>
  audited<AttendanceConcern>(
    `AttendanceConcern.${field}`,
    (concern) => concern.enrollment.youthId,
    (concern, relations, { identity }) => maySeeEnrollment(identity, relations, concern.enrollment),
  );

const youthGuideAssignmentField = (field: string) =>
  audited<YouthGuideAssignment>(`YouthGuideAssignment.${field}`, (assignment) => assignment.youthId, async (assignment, relations, context) =>
    maySeeYouthGuideAssignment(context.identity, relations, assignment, await callerIsKuiStaff(context)),
  );

const consentField = (field: string) =>
  audited<Consent>(`Consent.${field}`, (consent) => consent.youthId, (consent, relations, { identity }) => maySeeConsent(identity, relations, consent));

const feedbackVisible = parentRule<CollaborationFeedback, PartnersContext>('CollaborationFeedback', (feedback, { identity }) => maySeeFeedback(identity, feedback));

export const ruleTree: RuleTree = {
  Query: {
    institution: authenticated,
    institutions: authenticated,
    organisation: authenticated,
    organisations: authenticated,
    collaborationFeedback: feedbackReaders,
    collaborationRatings: ratingReaders,
    // Each entity's fields carry their own rules, and __resolveReference scopes what it returns.
    _entities: allow,
    // The supergraph is composed from the committed files; nobody needs the SDL at runtime.
    _service: deny,
  },
  _Service: {
    sdl: deny,
  },
  Mutation: {
    registerOrganisation: caseworkers,
    registerInstitution: caseworkers,
    updateInstitution: caseworkers,
    enrollYouth: institutionStaff,
    updateEnrollmentStatus: institutionStaff,
    reportAttendanceConcern: institutionStaff,
    assignYouthGuide: youthGuides,
    endYouthGuideAssignment: youthGuides,
    recordConsent: consentRecorders,
    withdrawConsent: consentRecorders,
    giveCollaborationFeedback: partnerOrganisations,
    recordYouthLink: relationWriters,
  },
  Organisation: {
    id: authenticated,
    kind: authenticated,
    name: authenticated,
    cvr: authenticated,
    municipalityCode: authenticated,
  },
  Institution: {
    id: authenticated,
    name: authenticated,
    cvr: authenticated,
    institutionNumber: authenticated,
    type: authenticated,
    approved: authenticated,
    orderable: authenticated,
    address: authenticated,
    municipalityCode: authenticated,
    version: authenticated,
    enrollments: parentRule<Institution, PartnersContext>('Institution.enrollments', (institution, { identity }) => maySeeInstitutionEnrollments(identity, institution)),
  },
  Youth: {
    id: youthRoles,
    enrollments: youthField('enrollments', (relations, { identity }) => maySeeEnrollments(identity, relations)),
    youthGuide: youthField('youthGuide', async (relations, context) => maySeeYouthGuide(context.identity, relations, await callerIsKuiStaff(context))),
    consents: youthField('consents', (relations, { identity }) => maySeeConsents(identity, relations)),
  },
  Enrollment: {
    id: enrollmentField('id'),
    youth: enrollmentField('youth'),
    institution: enrollmentField('institution'),
    programme: enrollmentField('programme'),
    startDate: enrollmentField('startDate'),
    expectedEndDate: enrollmentField('expectedEndDate'),
    status: enrollmentField('status'),
    endedOn: enrollmentField('endedOn'),
    attendanceConcerns: enrollmentField('attendanceConcerns'),
    version: enrollmentField('version'),
  },
  AttendanceConcern: {
    id: attendanceConcernField('id'),
    reportedOn: attendanceConcernField('reportedOn'),
    description: attendanceConcernField('description'),
    reportedBy: attendanceConcernField('reportedBy'),
  },
  YouthGuideAssignment: {
    id: youthGuideAssignmentField('id'),
    youth: youthGuideAssignmentField('youth'),
    guideUserId: youthGuideAssignmentField('guideUserId'),
    guideName: youthGuideAssignmentField('guideName'),
    fromDate: youthGuideAssignmentField('fromDate'),
    toDate: youthGuideAssignmentField('toDate'),
    version: youthGuideAssignmentField('version'),
  },
  Consent: {
    id: consentField('id'),
    youth: consentField('youth'),
    bodyId: consentField('bodyId'),
    bodyKind: consentField('bodyKind'),
    body: consentField('body'),
    scope: consentField('scope'),
    givenOn: consentField('givenOn'),
    withdrawnOn: consentField('withdrawnOn'),
    current: consentField('current'),
    version: consentField('version'),
  },
  CollaborationFeedback: {
    id: feedbackVisible,
    orderId: feedbackVisible,
    organisationId: feedbackVisible,
    rating: feedbackVisible,
    comment: feedbackVisible,
    givenOn: feedbackVisible,
    version: feedbackVisible,
  },
  RatingSummary: {
    count: ratingReaders,
    average: ratingReaders,
  },
  AuditLog: {
    youthId: auditors,
    partnerRecords: auditors,
  },
  AuditRecord: {
    at: auditors,
    userId: auditors,
    role: auditors,
    unit: auditors,
    fields: auditors,
    deniedFields: auditors,
    purpose: auditors,
    requestId: auditors,
    outcome: auditors,
  },
  // Pages: the field that returns the connection has the rule; its items carry their own.
  PageInfo: {
    hasNextPage: allow,
    endCursor: allow,
  },
  OrganisationConnection: {
    edges: allow,
    pageInfo: allow,
    totalCount: allow,
  },
  OrganisationEdge: {
    cursor: allow,
    node: allow,
  },
  InstitutionConnection: {
    edges: allow,
    pageInfo: allow,
    totalCount: allow,
  },
  InstitutionEdge: {
    cursor: allow,
    node: allow,
  },
  EnrollmentConnection: {
    edges: allow,
    pageInfo: allow,
    totalCount: allow,
  },
  EnrollmentEdge: {
    cursor: allow,
    node: allow,
  },
};

export const permissions = createPermissions(ruleTree);
