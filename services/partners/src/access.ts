import { isUuid, type Identity, type Role } from '@mentor/common';
import type { OrganisationKind } from './entities/Organisation.js';
import type { YouthLink } from './entities/YouthLink.js';

/**
 * Who may see and write what, decided from relations this subgraph stores itself (DESIGN §4):
 * the youth_link replica (caseworker unit, providers, mentors), youth guide assignments and
 * enrollments. Read scopes are SQL conditions so that lists, counts and loaders can never widen.
 */

/** A condition for a query builder's WHERE, with its named parameters; `null` means the caller sees nothing. */
export interface Scope {
  sql: string;
  params: Record<string, unknown>;
}

export function hasRole(identity: Identity, role: Role): boolean {
  return identity.roles.includes(role);
}

/** The roles that speak for a cooperating organisation in collaboration feedback. */
export const partnerRoles: readonly Role[] = ['PROVIDER_COORDINATOR', 'INSTITUTION_STAFF', 'YOUTH_GUIDE', 'SOCIAL_WORKER'];

function anyOf(clauses: string[], params: Record<string, unknown>): Scope | null {
  return clauses.length ? { sql: `(${clauses.join(' OR ')})`, params } : null;
}

/** The caller's org and sub as parameters; ids that are not UUIDs can match no row, so their clauses are left out. */
function callerParams(identity: Identity) {
  return { org: isUuid(identity.org) ? identity.org : null, sub: isUuid(identity.sub) ? identity.sub : null };
}

/** The youth's current KUI guide is the caller; `youthColumn` names the youth id of the outer row. */
function guidedBySql(youthColumn: string): string {
  return `EXISTS (SELECT 1 FROM youth_guide_assignment guided WHERE guided.youth_id = ${youthColumn} AND guided.guide_user_id = :scopeSub AND guided.from_date <= :scopeToday AND (guided.to_date IS NULL OR guided.to_date >= :scopeToday))`;
}

/**
 * Enrollments and their attendance concerns (aliases: `e` enrollment, `l` youth_link joined on the
 * youth): the caseworker of the youth's unit, the youth's assigned mentor, staff of that
 * institution only, and the youth's own youth guide.
 */
export function enrollmentScope(identity: Identity, today: string): Scope | null {
  const { org, sub } = callerParams(identity);
  const clauses: string[] = [];
  if (org && hasRole(identity, 'CASEWORKER')) clauses.push('l.caseworker_unit_id = :scopeOrg');
  if (sub && hasRole(identity, 'MENTOR')) clauses.push(':scopeSub = ANY(l.mentor_ids)');
  if (org && hasRole(identity, 'INSTITUTION_STAFF')) clauses.push('e.institution_id = :scopeOrg');
  if (sub && hasRole(identity, 'YOUTH_GUIDE')) clauses.push(guidedBySql('e.youth_id'));
  return anyOf(clauses, { scopeOrg: org, scopeSub: sub, scopeToday: today });
}

/** Consents (aliases: `c` consent, `l` youth_link): the caseworker of the youth's unit; a social worker for consents to their own body. */
export function consentScope(identity: Identity): Scope | null {
  const { org } = callerParams(identity);
  const clauses: string[] = [];
  if (org && hasRole(identity, 'CASEWORKER')) clauses.push('l.caseworker_unit_id = :scopeOrg');
  if (org && hasRole(identity, 'SOCIAL_WORKER')) clauses.push('c.body_id = :scopeOrg');
  return anyOf(clauses, { scopeOrg: org });
}

/** Youth guide assignments (aliases: `g` assignment, `l` youth_link): the caseworker of the youth's unit, the guide, KUI's youth guides. */
export function youthGuideScope(identity: Identity): Scope | null {
  const { org, sub } = callerParams(identity);
  const clauses: string[] = [];
  if (org && hasRole(identity, 'CASEWORKER')) clauses.push('l.caseworker_unit_id = :scopeOrg');
  if (hasRole(identity, 'YOUTH_GUIDE')) {
    if (sub) clauses.push('g.guide_user_id = :scopeSub');
    if (org) clauses.push(`EXISTS (SELECT 1 FROM organisation kui WHERE kui.id = :scopeOrg AND kui.kind = 'KUI')`);
  }
  return anyOf(clauses, { scopeOrg: org, scopeSub: sub });
}

/**
 * Collaboration feedback (alias `f`): a caseworker sees the feedback on their own unit's orders (the
 * order's youth's unit, from the youth_link replica; DESIGN §3: by unit, never by CVR alone); a
 * partner sees its own organisation's.
 */
export function feedbackScope(identity: Identity): Scope | null {
  const { org } = callerParams(identity);
  const clauses: string[] = [];
  if (org && hasRole(identity, 'CASEWORKER')) {
    clauses.push('EXISTS (SELECT 1 FROM youth_link fl WHERE f.order_id = ANY(fl.order_ids) AND fl.caseworker_unit_id = :scopeOrg)');
  }
  if (org && partnerRoles.some((role) => hasRole(identity, role))) clauses.push('f.organisation_id = :scopeOrg');
  return anyOf(clauses, { scopeOrg: org });
}

/**
 * What this subgraph knows about one youth's relations, for the field rules: the youth_link
 * replica, the guide in charge today, and where and to whom the youth is enrolled and consented.
 * A youth this subgraph knows nothing about has no relations at all.
 */
export interface YouthRelations {
  youthId: string;
  caseworkerUnitId: string | null;
  providerIds: string[];
  mentorIds: string[];
  /** The KUI youth guide of the assignment in force today. */
  guideUserId: string | null;
  /** Institutions of every enrollment, ended ones included (the school keeps seeing its own history). */
  institutionIds: string[];
  /** Bodies the youth has given a consent to, withdrawn ones included. */
  consentBodyIds: string[];
}

export function noRelations(youthId: string): YouthRelations {
  return { youthId, caseworkerUnitId: null, providerIds: [], mentorIds: [], guideUserId: null, institutionIds: [], consentBodyIds: [] };
}

function isOwnUnit(identity: Identity, relations: YouthRelations): boolean {
  return hasRole(identity, 'CASEWORKER') && relations.caseworkerUnitId !== null && relations.caseworkerUnitId === identity.org;
}

function isAssignedMentor(identity: Identity, relations: YouthRelations): boolean {
  return hasRole(identity, 'MENTOR') && relations.mentorIds.includes(identity.sub);
}

function isGuide(identity: Identity, relations: YouthRelations): boolean {
  return hasRole(identity, 'YOUTH_GUIDE') && relations.guideUserId !== null && relations.guideUserId === identity.sub;
}

/** Youth.enrollments: own unit, assigned mentor, staff of an institution the youth is enrolled at, the youth's guide. */
export function maySeeEnrollments(identity: Identity, relations: YouthRelations): boolean {
  return (
    isOwnUnit(identity, relations) ||
    isAssignedMentor(identity, relations) ||
    (hasRole(identity, 'INSTITUTION_STAFF') && relations.institutionIds.includes(identity.org)) ||
    isGuide(identity, relations)
  );
}

/** One enrollment and its attendance concerns: as Youth.enrollments, but institution staff only for their own institution's. */
export function maySeeEnrollment(identity: Identity, relations: YouthRelations, enrollment: { institutionId: string }): boolean {
  return (
    isOwnUnit(identity, relations) ||
    isAssignedMentor(identity, relations) ||
    (hasRole(identity, 'INSTITUTION_STAFF') && enrollment.institutionId === identity.org) ||
    isGuide(identity, relations)
  );
}

/** Institution.enrollments: the roles that see enrollments at all; institution staff only at their own institution. */
export function maySeeInstitutionEnrollments(identity: Identity, institution: { id: string }): boolean {
  return (
    hasRole(identity, 'CASEWORKER') ||
    hasRole(identity, 'MENTOR') ||
    hasRole(identity, 'YOUTH_GUIDE') ||
    (hasRole(identity, 'INSTITUTION_STAFF') && institution.id === identity.org)
  );
}

/** Youth.consents: own unit; a social worker of a body the youth has consented to (a withdrawal included, so they stop sharing). */
export function maySeeConsents(identity: Identity, relations: YouthRelations): boolean {
  return isOwnUnit(identity, relations) || (hasRole(identity, 'SOCIAL_WORKER') && relations.consentBodyIds.includes(identity.org));
}

/** One consent: own unit; a social worker for a consent to their own body. */
export function maySeeConsent(identity: Identity, relations: YouthRelations, consent: { bodyId: string }): boolean {
  return isOwnUnit(identity, relations) || (hasRole(identity, 'SOCIAL_WORKER') && consent.bodyId === identity.org);
}

/** Youth.youthGuide: own unit, the youth's guide, and KUI staff, who assign the guides. */
export function maySeeYouthGuide(identity: Identity, relations: YouthRelations, callerIsKuiStaff: boolean): boolean {
  return isOwnUnit(identity, relations) || isGuide(identity, relations) || callerIsKuiStaff;
}

/** One youth guide assignment: own unit, the guide it names, KUI staff. */
export function maySeeYouthGuideAssignment(identity: Identity, relations: YouthRelations, assignment: { guideUserId: string }, callerIsKuiStaff: boolean): boolean {
  return isOwnUnit(identity, relations) || (hasRole(identity, 'YOUTH_GUIDE') && assignment.guideUserId === identity.sub) || callerIsKuiStaff;
}

/** A youth guide whose organisation is KUI: KUI staff assign youth guides and see every assignment. */
export function isKuiStaff(identity: Identity, callerOrganisation: { kind: string } | null): boolean {
  return hasRole(identity, 'YOUTH_GUIDE') && callerOrganisation?.kind === 'KUI';
}

/** Collaboration feedback, as `feedbackScope`: a caseworker of the unit of the order's youth, a partner its own organisation's. */
export function maySeeFeedback(identity: Identity, feedback: { organisationId: string }, orderUnitIds: readonly string[]): boolean {
  return (
    (hasRole(identity, 'CASEWORKER') && orderUnitIds.includes(identity.org)) ||
    (partnerRoles.some((role) => hasRole(identity, role)) && feedback.organisationId === identity.org)
  );
}

/**
 * recordYouthLink, which the orders subgraph sends on behalf of the caller whose action changed the
 * relations: a caseworker for their own unit's youths (a new youth, or one already theirs); a
 * provider coordinator only for a youth with an order placed with their provider, and without
 * moving the youth to another unit.
 */
export function mayRecordYouthLink(identity: Identity, existing: Pick<YouthLink, 'caseworkerUnitId' | 'providerIds'> | null, input: { caseworkerUnitId: string }): boolean {
  if (hasRole(identity, 'CASEWORKER') && input.caseworkerUnitId === identity.org && (existing === null || existing.caseworkerUnitId === identity.org)) return true;
  return (
    hasRole(identity, 'PROVIDER_COORDINATOR') &&
    existing !== null &&
    existing.providerIds.includes(identity.org) &&
    existing.caseworkerUnitId === input.caseworkerUnitId
  );
}

/** Own unit: the youth's caseworker unit is the caller's org. */
export function isCaseworkerOf(identity: Identity, link: Pick<YouthLink, 'caseworkerUnitId'> | null): boolean {
  return link !== null && hasRole(identity, 'CASEWORKER') && link.caseworkerUnitId === identity.org;
}

/** Only institution staff report enrollments and attendance concerns, for their own institution. */
export function isStaffOf(identity: Identity, institutionId: string): boolean {
  return hasRole(identity, 'INSTITUTION_STAFF') && identity.org === institutionId;
}

/**
 * Consent is the youth's; recording or withdrawing it is an act of the youth's caseworker (own unit),
 * never of the body it benefits: a social worker cannot open a youth's case to themselves. A youth
 * who withdraws does so through the caseworker.
 */
export function mayRecordConsent(identity: Identity, link: Pick<YouthLink, 'caseworkerUnitId'> | null): boolean {
  return isCaseworkerOf(identity, link);
}

/**
 * The kinds of body a youth can consent to share with: the cooperating bodies outside the
 * municipality's own case roles. KUI, institutions and municipal units have their own relations
 * (guided, enrolled, own unit), decided by other rules, and a consent must not widen them.
 */
export const consentableKinds: readonly OrganisationKind[] = ['SOCIAL_SERVICES', 'PSYCHIATRY', 'PRISON_AND_PROBATION'];

/** Of these, only a consent to the social services administration opens anything in orders (DESIGN §4 *consented*). */
export const sharedConsentKinds: readonly OrganisationKind[] = ['SOCIAL_SERVICES'];

/**
 * A youth guide assignment is the youth's caseworker's act (own unit), naming a guide of a KUI
 * organisation in the municipality of the youth's unit; never the guide's, who would open the youth
 * to themselves.
 */
export function mayAssignYouthGuide(identity: Identity, link: Pick<YouthLink, 'caseworkerUnitId'> | null): boolean {
  return isCaseworkerOf(identity, link);
}

/** Ending an assignment only narrows access: the youth's caseworker, or staff of the KUI organisation the assignment is with. */
export function mayEndYouthGuideAssignment(identity: Identity, link: Pick<YouthLink, 'caseworkerUnitId'> | null, assignment: { kuiOrganisationId: string }): boolean {
  return isCaseworkerOf(identity, link) || (hasRole(identity, 'YOUTH_GUIDE') && assignment.kuiOrganisationId === identity.org);
}

/** Staff enroll a youth only at their own institution, and only where a placed order for the youth is delivered there. */
export function mayEnrollYouth(identity: Identity, link: Pick<YouthLink, 'placedInstitutionIds'> | null, institutionId: string): boolean {
  return isStaffOf(identity, institutionId) && link !== null && link.placedInstitutionIds.includes(institutionId);
}

/**
 * The summary of collaboration ratings the orders subgraph asks for its success metrics, on behalf of
 * a caseworker or a provider coordinator; it names no organisation, and orders chose the order ids.
 */
export function mayReadCollaborationRatings(identity: Identity): boolean {
  return hasRole(identity, 'CASEWORKER') || hasRole(identity, 'PROVIDER_COORDINATOR') || hasRole(identity, 'INSTITUTION_STAFF');
}

export function mayGiveFeedback(identity: Identity): boolean {
  return isUuid(identity.org) && partnerRoles.some((role) => hasRole(identity, role));
}
