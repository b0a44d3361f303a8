import { isUuid, roles, type Identity, type Role } from '@mentor/common';

/**
 * Who sees and administers what in this subgraph (DESIGN §4). Resolvers scope lists and lookups
 * with these, so a record the caller may not see looks exactly like a missing one; the field rules
 * in permissions.ts call the same functions. The relations here are *provider's* (the caller
 * coordinates the mentor's provider) and *themself* (the caller is the mentor).
 */

/** What the field rules need to know about a mentor: who it is and whose. Read from the database, never from a request. */
export interface MentorRelation {
  id: string;
  providerId: string;
}

/** The caller coordinates this provider. */
export function isCoordinatorOf(identity: Identity, providerId: string): boolean {
  return identity.roles.includes('PROVIDER_COORDINATOR') && identity.org === providerId;
}

/** The caller is this mentor. */
export function isMentorThemself(identity: Identity, mentorId: string): boolean {
  return identity.roles.includes('MENTOR') && identity.sub === mentorId;
}

/** The roles that see a mentor's name, kind, languages and provider: the name is on orders others see. The auditor sees provider data only. */
export const mentorNameRoles: readonly Role[] = roles.filter((role) => role !== 'AUDITOR');

export function seesMentorName(identity: Identity): boolean {
  return identity.roles.some((role) => mentorNameRoles.includes(role));
}

/** Phone and email, the agreement's "mentor name and contact": the municipality, the provider, the mentor, and the youth's KUI guide. */
export function seesMentorContact(identity: Identity, mentor: MentorRelation): boolean {
  return (
    identity.roles.includes('CASEWORKER') ||
    identity.roles.includes('YOUTH_GUIDE') ||
    isCoordinatorOf(identity, mentor.providerId) ||
    isMentorThemself(identity, mentor.id)
  );
}

/** Capacity, status, target groups, certifications, trainings, supervisions: the municipality, the provider, the mentor. */
export function seesMentorProfile(identity: Identity, mentor: MentorRelation): boolean {
  return identity.roles.includes('CASEWORKER') || isCoordinatorOf(identity, mentor.providerId) || isMentorThemself(identity, mentor.id);
}

/** Børneattest and straffeattest results are sensitive: only the provider who checked them, and the mentor. */
export function seesMentorScreenings(identity: Identity, mentor: MentorRelation): boolean {
  return isCoordinatorOf(identity, mentor.providerId) || isMentorThemself(identity, mentor.id);
}

/** The mentors a caller may see: every one, their provider's, or themselves. Ids are UUIDs only, safe to bind in SQL. */
export interface MentorScope {
  all: boolean;
  providerIds: string[];
  mentorIds: string[];
}

export function mentorScope(identity: Identity): MentorScope {
  const scope: MentorScope = { all: false, providerIds: [], mentorIds: [] };
  for (const role of identity.roles) {
    if (role === 'CASEWORKER') scope.all = true;
    if (role === 'PROVIDER_COORDINATOR' && isUuid(identity.org)) scope.providerIds.push(identity.org);
    if (role === 'MENTOR' && isUuid(identity.sub)) scope.mentorIds.push(identity.sub);
  }
  return scope;
}

/** The same scope as a SQL condition on a mentor table alias; parameters are appended to `params`. */
export function mentorScopeSql(scope: MentorScope, alias: string, params: unknown[]): string {
  if (scope.all) return 'TRUE';
  const conditions: string[] = [];
  if (scope.providerIds.length) {
    params.push(scope.providerIds);
    conditions.push(`${alias}.provider_id = ANY($${params.length}::uuid[])`);
  }
  if (scope.mentorIds.length) {
    params.push(scope.mentorIds);
    conditions.push(`${alias}.id = ANY($${params.length}::uuid[])`);
  }
  return conditions.length ? `(${conditions.join(' OR ')})` : 'FALSE';
}

/** Who may look a mentor up by id (`mentor(id)`, eligibility): those who see the mentor's profile. */
export function canSeeMentor(identity: Identity, mentor: MentorRelation): boolean {
  const scope = mentorScope(identity);
  return scope.all || scope.providerIds.includes(mentor.providerId) || scope.mentorIds.includes(mentor.id);
}

/** Who may resolve a mentor reference (an order's mentor): everyone who sees mentor names. */
export function canResolveMentorReference(identity: Identity): boolean {
  return seesMentorName(identity);
}

/** Mentors are administered by their provider's coordinator or by the municipality (a caseworker). */
export function canAdministerMentors(identity: Identity, providerId: string): boolean {
  return identity.roles.includes('CASEWORKER') || isCoordinatorOf(identity, providerId);
}

/** Screenings are the provider's own check (seed 002: the provider's screening process): its coordinator records them. */
export function canRecordScreening(identity: Identity, providerId: string): boolean {
  return isCoordinatorOf(identity, providerId);
}

/** Whether the caller administers any mentors at all; everyone else is refused before a lookup. */
export function administersMentors(identity: Identity): boolean {
  return identity.roles.includes('CASEWORKER') || identity.roles.includes('PROVIDER_COORDINATOR');
}

/** Providers are registered by the municipality. */
export function canRegisterProvider(identity: Identity): boolean {
  return identity.roles.includes('CASEWORKER');
}

/** Only the provider's own coordinator files its experience report. */
export function canSubmitExperienceReport(identity: Identity, providerId: string): boolean {
  return isCoordinatorOf(identity, providerId);
}

/** The providers whose draft reports the caller sees: their own, as coordinator. */
export function draftReportProviderIds(identity: Identity): string[] {
  return identity.roles.includes('PROVIDER_COORDINATOR') && isUuid(identity.org) ? [identity.org] : [];
}

/** Submitted reports are public to every authenticated role (seed 000 §3); drafts only to their provider. */
export function canSeeExperienceReport(identity: Identity, report: { providerId: string; published: boolean }): boolean {
  return report.published || draftReportProviderIds(identity).includes(report.providerId);
}

/** Who may have a provider's mentors ranked for an order: the municipality, and the provider's own coordinator. */
export function canRankMentorsOf(identity: Identity, providerId: string): boolean {
  return identity.roles.includes('CASEWORKER') || isCoordinatorOf(identity, providerId);
}

/**
 * The provider whose items fill a due list: the caller's own, when they coordinate it and the list is
 * their organisation's. Null for everyone else, who get empty lists, never another provider's items.
 */
export function dueListProvider(identity: Identity, dueListId: string): string | null {
  return isUuid(dueListId) && isCoordinatorOf(identity, dueListId) ? dueListId : null;
}
