import { randomUUID } from 'node:crypto';
import type { Identity, Role } from '@mentor/common';
import { describe, expect, it } from 'vitest';
import {
  isKuiStaff,
  mayAssignYouthGuide,
  mayEndYouthGuideAssignment,
  mayEnrollYouth,
  mayReadCollaborationRatings,
  mayRecordConsent,
  mayReplicate,
  maySeeConsent,
  maySeeConsents,
  maySeeEnrollment,
  maySeeEnrollments,
  maySeeFeedback,
  maySeeInstitutionEnrollments,
  maySeeYouthGuide,
  maySeeYouthGuideAssignment,
  noRelations,
  type YouthRelations,
} from './index.js';

const unit = randomUUID();
const otherUnit = randomUUID();
const provider = randomUUID();
const mentor = randomUUID();
const guide = randomUUID();
const school = randomUUID();
const otherSchool = randomUUID();
const socialServices = randomUUID();
const psychiatry = randomUUID();
const kui = randomUUID();

const youth: YouthRelations = {
  youthId: randomUUID(),
  caseworkerUnitId: unit,
  providerIds: [provider],
  mentorIds: [mentor],
  guideUserId: guide,
  institutionIds: [school],
  consentBodyIds: [socialServices],
};

function as(role: Role, org: string, sub: string = randomUUID()): Identity {
  return { sub, roles: [role], org, name: 'Test' };
}

const caseworker = as('CASEWORKER', unit);
const otherCaseworker = as('CASEWORKER', otherUnit);
const assignedMentor = as('MENTOR', provider, mentor);
const otherMentor = as('MENTOR', provider);
const coordinator = as('PROVIDER_COORDINATOR', provider);
const staff = as('INSTITUTION_STAFF', school);
const otherStaff = as('INSTITUTION_STAFF', otherSchool);
const youthGuide = as('YOUTH_GUIDE', kui, guide);
const otherGuide = as('YOUTH_GUIDE', kui);
const socialWorker = as('SOCIAL_WORKER', socialServices);
const psychiatryWorker = as('SOCIAL_WORKER', psychiatry);
const auditor = as('AUDITOR', randomUUID());

describe('the relations of DESIGN §4, as plain functions', () => {
  it('gives a youth\'s enrollments to the own unit, the assigned mentor, staff where the youth is enrolled and the guide', () => {
    const allowed = [caseworker, assignedMentor, staff, youthGuide];
    const denied = [otherCaseworker, otherMentor, coordinator, otherStaff, otherGuide, socialWorker, auditor];
    for (const identity of allowed) expect(maySeeEnrollments(identity, youth), identity.roles[0]).toBe(true);
    for (const identity of denied) expect(maySeeEnrollments(identity, youth), identity.roles[0]).toBe(false);
  });

  it('gives institution staff one enrollment only when it is at their own institution', () => {
    expect(maySeeEnrollment(staff, youth, { institutionId: school })).toBe(true);
    expect(maySeeEnrollment(staff, youth, { institutionId: otherSchool })).toBe(false);
    expect(maySeeEnrollment(otherStaff, youth, { institutionId: school })).toBe(false);
    expect(maySeeEnrollment(caseworker, youth, { institutionId: otherSchool })).toBe(true);
    expect(maySeeEnrollment(coordinator, youth, { institutionId: school })).toBe(false);
  });

  it('gives Institution.enrollments to the roles that see enrollments, staff only at their own institution', () => {
    expect(maySeeInstitutionEnrollments(staff, { id: school })).toBe(true);
    expect(maySeeInstitutionEnrollments(staff, { id: otherSchool })).toBe(false);
    for (const identity of [caseworker, assignedMentor, youthGuide]) expect(maySeeInstitutionEnrollments(identity, { id: school })).toBe(true);
    for (const identity of [coordinator, socialWorker, auditor]) expect(maySeeInstitutionEnrollments(identity, { id: school })).toBe(false);
  });

  it('gives consents to the own unit and to a social worker of a body the youth consented to, for that body\'s consents', () => {
    expect(maySeeConsents(caseworker, youth)).toBe(true);
    expect(maySeeConsents(socialWorker, youth)).toBe(true);
    for (const identity of [otherCaseworker, psychiatryWorker, assignedMentor, staff, youthGuide, auditor]) expect(maySeeConsents(identity, youth)).toBe(false);
    expect(maySeeConsent(socialWorker, youth, { bodyId: socialServices })).toBe(true);
    expect(maySeeConsent(socialWorker, youth, { bodyId: psychiatry })).toBe(false);
    expect(maySeeConsent(caseworker, youth, { bodyId: psychiatry })).toBe(true);
  });

  it('gives the youth guide to the own unit, the guide and KUI staff', () => {
    expect(maySeeYouthGuide(caseworker, youth, false)).toBe(true);
    expect(maySeeYouthGuide(youthGuide, youth, false)).toBe(true);
    expect(maySeeYouthGuide(otherGuide, youth, false)).toBe(false);
    expect(maySeeYouthGuide(otherGuide, youth, true)).toBe(true);
    for (const identity of [otherCaseworker, assignedMentor, staff, socialWorker, auditor]) expect(maySeeYouthGuide(identity, youth, false)).toBe(false);
    expect(maySeeYouthGuideAssignment(otherGuide, youth, { guideUserId: otherGuide.sub }, false)).toBe(true);
    expect(maySeeYouthGuideAssignment(otherGuide, youth, { guideUserId: guide }, false)).toBe(false);
  });

  it('counts only a youth guide of a KUI organisation as KUI staff', () => {
    expect(isKuiStaff(youthGuide, { kind: 'KUI' })).toBe(true);
    expect(isKuiStaff(youthGuide, { kind: 'SOCIAL_SERVICES' })).toBe(false);
    expect(isKuiStaff(youthGuide, null)).toBe(false);
    expect(isKuiStaff(socialWorker, { kind: 'KUI' })).toBe(false);
  });

  it('gives a youth this subgraph does not know to nobody', () => {
    const unknown = noRelations(randomUUID());
    for (const identity of [caseworker, assignedMentor, staff, youthGuide, socialWorker]) {
      expect(maySeeEnrollments(identity, unknown)).toBe(false);
      expect(maySeeConsents(identity, unknown)).toBe(false);
      expect(maySeeYouthGuide(identity, unknown, false)).toBe(false);
    }
  });

  it('shows a caseworker the collaboration feedback on their own unit\'s orders and a partner its own organisation\'s', () => {
    expect(maySeeFeedback(caseworker, { organisationId: school }, [unit])).toBe(true);
    expect(maySeeFeedback(otherCaseworker, { organisationId: school }, [unit])).toBe(false);
    // An order orders has not told partners about belongs to no unit.
    expect(maySeeFeedback(caseworker, { organisationId: school }, [])).toBe(false);
    expect(maySeeFeedback(staff, { organisationId: school }, [])).toBe(true);
    expect(maySeeFeedback(otherStaff, { organisationId: school }, [unit])).toBe(false);
    expect(maySeeFeedback(as('MENTOR', school), { organisationId: school }, [school])).toBe(false);
    expect(maySeeFeedback(as('AUDITOR', school), { organisationId: school }, [school])).toBe(false);
  });

  it('gives the rating summary behind the success metrics to caseworkers, provider coordinators and institution staff only', () => {
    for (const identity of [caseworker, otherCaseworker, coordinator, staff]) expect(mayReadCollaborationRatings(identity)).toBe(true);
    for (const identity of [assignedMentor, youthGuide, socialWorker, auditor]) expect(mayReadCollaborationRatings(identity)).toBe(false);
  });

  it('lets only the youth\'s caseworker record or withdraw a consent; never the body it is given to', () => {
    const link = { caseworkerUnitId: unit };
    expect(mayRecordConsent(caseworker, link)).toBe(true);
    expect(mayRecordConsent(otherCaseworker, link)).toBe(false);
    expect(mayRecordConsent(socialWorker, link)).toBe(false);
    expect(mayRecordConsent({ ...socialWorker, roles: ['CASEWORKER', 'SOCIAL_WORKER'], org: otherUnit }, link)).toBe(false);
    expect(mayRecordConsent(caseworker, null)).toBe(false);
  });

  it('lets only the youth\'s caseworker assign a guide; the caseworker or the assignment\'s KUI ends one', () => {
    const link = { caseworkerUnitId: unit };
    expect(mayAssignYouthGuide(caseworker, link)).toBe(true);
    expect(mayAssignYouthGuide(otherCaseworker, link)).toBe(false);
    expect(mayAssignYouthGuide(youthGuide, link)).toBe(false);
    expect(mayAssignYouthGuide(caseworker, null)).toBe(false);
    expect(mayEndYouthGuideAssignment(caseworker, link, { kuiOrganisationId: kui })).toBe(true);
    expect(mayEndYouthGuideAssignment(otherGuide, link, { kuiOrganisationId: kui })).toBe(true);
    expect(mayEndYouthGuideAssignment(as('YOUTH_GUIDE', randomUUID()), link, { kuiOrganisationId: kui })).toBe(false);
    expect(mayEndYouthGuideAssignment(otherCaseworker, link, { kuiOrganisationId: kui })).toBe(false);
  });

  it('lets staff enroll a youth only at their own institution, where a placed order for the youth is delivered', () => {
    expect(mayEnrollYouth(staff, { placedInstitutionIds: [school] }, school)).toBe(true);
    expect(mayEnrollYouth(staff, { placedInstitutionIds: [otherSchool] }, school)).toBe(false);
    expect(mayEnrollYouth(staff, { placedInstitutionIds: [otherSchool] }, otherSchool)).toBe(false);
    expect(mayEnrollYouth(staff, null, school)).toBe(false);
    expect(mayEnrollYouth(caseworker, { placedInstitutionIds: [unit] }, unit)).toBe(false);
  });

  it("lets only the orders service, as itself, record a youth's link or ask what is replicated; never a user, whatever their roles", () => {
    expect(mayReplicate({ kind: 'service', service: 'orders' }, 'Mutation', 'recordYouthLink')).toBe(true);
    expect(mayReplicate({ kind: 'service', service: 'orders' }, 'Query', 'replicatedYouthLinks')).toBe(true);
    expect(mayReplicate({ kind: 'service', service: 'mentors' }, 'Mutation', 'recordYouthLink')).toBe(false);
    expect(mayReplicate({ kind: 'service', service: 'partners' }, 'Mutation', 'recordYouthLink')).toBe(false);
    expect(mayReplicate({ kind: 'user' }, 'Mutation', 'recordYouthLink')).toBe(false);
    expect(mayReplicate({ kind: 'user' }, 'Query', 'replicatedYouthLinks')).toBe(false);
  });
});
