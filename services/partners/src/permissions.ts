import { allow, auditedField, createPermissions, deny, isUuid, parentRule, perParent, roleRule, roles, type RuleTree, type ShieldRule, type Verdict } from '@mentor/common';
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
 * entry (the coverage test holds us to it); rules that read the parent decide once per object and
 * request (`parentRule`, `perParent`), from relations this subgraph stores, loaded per request in
 * one statement per batch. The resolvers scope lists and lookups as well, so a mistake here cannot widen a list.
 */

/** Registry data (organisations, institutions): every authenticated role. */
const authenticated = roleRule(...roles);
/** Everyone with some relation to youths: a youth's id is no secret to them, but the auditor reads only the audit log. */
const youthRoles = roleRule('CASEWORKER', 'PROVIDER_COORDINATOR', 'MENTOR', 'INSTITUTION_STAFF', 'YOUTH_GUIDE', 'SOCIAL_WORKER');
const caseworkers = roleRule('CASEWORKER');
const institutionStaff = roleRule('INSTITUTION_STAFF');
/** Relations that open a youth's case are created by the youth's caseworker, never by the party they open it to (SECURITY.md). */
const relationCreators = roleRule('CASEWORKER');
/** Ending a guide assignment only narrows access: the caseworker, or KUI staff of the assignment's organisation. */
const guideEnders = roleRule('CASEWORKER', 'YOUTH_GUIDE');
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
 * Rules on a youth's personal data held by one type: the decision, from the youth's relations, is
 * made once per object and request; each field's rule records its own read (allowed or denied)
 * under the youth, for the request's audit records (see `auditedField`).
 */
function audited<Parent>(
  type: string,
  youthOf: (parent: Parent) => string,
  decide: (parent: Parent, relations: YouthRelations, context: PartnersContext) => boolean | Promise<boolean>,
): (field: string) => ShieldRule {
  const verdictOf = perParent<Parent, PartnersContext, Verdict | null>(async (parent, context) => {
    const youthId = youthOf(parent);
    // No youth has such an id, so there is nothing to read and nothing to audit.
    if (!isUuid(youthId)) return null;
    const relations = await context.loaders.youthRelations.load(youthId);
    return { youthId, allowed: await decide(parent, relations, context) };
  });
  return (field) => auditedField<Parent, PartnersContext>(`${type}.${field}`, verdictOf);
}

/** The rules on the Youth stub's fields: each decides from the relations alone, in its own way. */
const youthField = (field: string, decide: (relations: YouthRelations, context: PartnersContext) => boolean | Promise<boolean>) =>
  audited<{ id: string }>('Youth', (youth) => youth.id, (_youth, relations, context) => decide(relations, context))(field);

const enrollmentField = audited<Enrollment>('Enrollment', (enrollment) => enrollment.youthId, (enrollment, relations, { identity }) =>
  maySeeEnrollment(identity, relations, enrollment),
);

const attendanceConcernField = audited<AttendanceConcern>(
  'AttendanceConcern',
  (concern) => concern.enrollment.youthId,
  (concern, relations, { identity }) => maySeeEnrollment(identity, relations, concern.enrollment),
);

const youthGuideAssignmentField = audited<YouthGuideAssignment>('YouthGuideAssignment', (assignment) => assignment.youthId, async (assignment, relations, context) =>
  maySeeYouthGuideAssignment(context.identity, relations, assignment, await callerIsKuiStaff(context)),
);

const consentField = audited<Consent>('Consent', (consent) => consent.youthId, (consent, relations, { identity }) => maySeeConsent(identity, relations, consent));

const feedbackVisible = parentRule<CollaborationFeedback, PartnersContext>('CollaborationFeedback', async (feedback, { identity, loaders }) =>
  maySeeFeedback(identity, feedback, hasRole(identity, 'CASEWORKER') ? await loaders.unitsByOrder.load(feedback.orderId) : []),
);

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
    assignYouthGuide: relationCreators,
    endYouthGuideAssignment: guideEnders,
    recordConsent: relationCreators,
    withdrawConsent: relationCreators,
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
