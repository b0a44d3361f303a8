import { forbidden, isServicePrincipal, notFound, type Identity, type Principal, type ServiceName } from '@mentor/common';
import type { Enrollment } from '../entities/Enrollment.js';
import type { YouthLink } from '../entities/YouthLink.js';
import { mutationMatrix, serviceAccess, type MutationName, type ServiceField } from './matrix.js';
import { allows, hasRole, rolesOf, type RelationFacts } from './scope.js';

/**
 * The checks commands and resolvers call, from the matrix: each throws the FORBIDDEN or NOT_FOUND
 * the API has always answered with. Where the record's existence is not the caller's to learn
 * (another unit's youth, another institution's enrollment), the refusal looks like a missing record.
 */

/** The youth's relations as the youth_link replica holds them; a youth orders never told us of relates nobody. */
function linkFacts(link: Pick<YouthLink, 'caseworkerUnitId'> & Partial<Pick<YouthLink, 'providerIds'>> | null): RelationFacts {
  return link ? { caseworkerUnitId: link.caseworkerUnitId, providerIds: link.providerIds } : {};
}

/** The caller holds a role that may run the mutation at all (the shield rule; the commands check it again, so a server without rules stays closed). */
export function requireMayRun(identity: Identity, mutation: MutationName): void {
  if (!rolesOf(mutationMatrix[mutation]).some((role) => hasRole(identity, role))) throw forbidden();
}

/** Whether the caller may run the mutation on a record with these facts. */
function mayRun(identity: Identity, mutation: MutationName, facts: RelationFacts): boolean {
  return allows(mutationMatrix[mutation], identity, facts);
}

/** Only institution staff report enrollments and attendance concerns, for their own institution. */
export function isStaffOf(identity: Identity, institutionId: string): boolean {
  return mayRun(identity, 'enrollYouth', { institutionId });
}

export function requireStaffOf(identity: Identity, institutionId: string): void {
  if (!isStaffOf(identity, institutionId)) throw forbidden('Only staff of the institution report its enrollments');
}

/** Staff enroll a youth only at their own institution, and only where a placed order for the youth is delivered. */
export function mayEnrollYouth(identity: Identity, link: Pick<YouthLink, 'placedInstitutionIds'> | null, institutionId: string): boolean {
  return isStaffOf(identity, institutionId) && link !== null && link.placedInstitutionIds.includes(institutionId);
}

/** Any other youth, existing or not, looks missing. */
export function requireEnrollableYouth(identity: Identity, link: Pick<YouthLink, 'placedInstitutionIds'> | null, institutionId: string): void {
  if (!mayEnrollYouth(identity, link, institutionId)) throw notFound('Youth');
}

/** An enrollment the caller changes (its status, its attendance concerns) is their own institution's; any other looks missing. */
export function requireOwnEnrollment(identity: Identity, enrollment: Enrollment | null, mutation: 'updateEnrollmentStatus' | 'reportAttendanceConcern'): Enrollment {
  if (!enrollment || !mayRun(identity, mutation, { institutionId: enrollment.institutionId })) throw notFound('Enrollment');
  return enrollment;
}

/**
 * A youth guide assignment is the youth's caseworker's act (own unit), naming a guide of a KUI
 * organisation in the municipality of the youth's unit; never the guide's, who would open the youth
 * to themselves.
 */
export function mayAssignYouthGuide(identity: Identity, link: Pick<YouthLink, 'caseworkerUnitId'> | null): boolean {
  return mayRun(identity, 'assignYouthGuide', linkFacts(link));
}

export function requireMayAssignYouthGuide(identity: Identity, link: Pick<YouthLink, 'caseworkerUnitId'> | null): void {
  if (!mayAssignYouthGuide(identity, link)) throw notFound('Youth');
}

/** Ending an assignment only narrows access: the youth's caseworker, or staff of the KUI organisation the assignment is with. */
export function mayEndYouthGuideAssignment(identity: Identity, link: Pick<YouthLink, 'caseworkerUnitId'> | null, assignment: { kuiOrganisationId: string }): boolean {
  return mayRun(identity, 'endYouthGuideAssignment', { ...linkFacts(link), organisationId: assignment.kuiOrganisationId });
}

export function requireMayEndYouthGuideAssignment<T extends { kuiOrganisationId: string }>(identity: Identity, link: Pick<YouthLink, 'caseworkerUnitId'> | null, assignment: T | null): T {
  if (!assignment || !mayEndYouthGuideAssignment(identity, link, assignment)) throw notFound('YouthGuideAssignment');
  return assignment;
}

/**
 * Consent is the youth's; recording or withdrawing it is an act of the youth's caseworker (own unit),
 * never of the body it benefits: a social worker cannot open a youth's case to themselves. A youth
 * who withdraws does so through the caseworker.
 */
export function mayRecordConsent(identity: Identity, link: Pick<YouthLink, 'caseworkerUnitId'> | null): boolean {
  return mayRun(identity, 'recordConsent', linkFacts(link));
}

export function requireMayRecordConsent(identity: Identity, link: Pick<YouthLink, 'caseworkerUnitId'> | null): void {
  if (!mayRecordConsent(identity, link)) throw notFound('Youth');
}

export function requireMayWithdrawConsent<T>(identity: Identity, link: Pick<YouthLink, 'caseworkerUnitId'> | null, consent: T | null): T {
  if (!consent || !mayRun(identity, 'withdrawConsent', linkFacts(link))) throw notFound('Consent');
  return consent;
}

export function mayGiveFeedback(identity: Identity): boolean {
  return mayRun(identity, 'giveCollaborationFeedback', {});
}

/** Only a partner organisation gives feedback; whether it takes part in the order, orders decides (`requireOrderParty`). */
export function requireMayGiveFeedback(identity: Identity): void {
  if (!mayGiveFeedback(identity)) throw forbidden('Only a partner organisation gives collaboration feedback');
}

/** A replication field (matrix: `serviceAccess`) is run only by its peer subgraph as itself; a user, whatever their roles, is refused. */
export function mayReplicate<T extends keyof typeof serviceAccess>(principal: Principal, type: T, field: ServiceField<T>): boolean {
  return isServicePrincipal(principal, serviceAccess[type][field] as ServiceName);
}

export function requireReplicationFrom<T extends keyof typeof serviceAccess>(principal: Principal, type: T, field: ServiceField<T>): void {
  if (!mayReplicate(principal, type, field)) throw forbidden('Only the peer subgraph, as itself, replicates to this one');
}
