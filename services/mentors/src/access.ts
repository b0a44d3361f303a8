import { isUuid, type Identity } from '@mentor/common';

/**
 * Who sees and administers what in this subgraph (DESIGN §4). Resolvers scope lists and lookups
 * with these, so a record the caller may not see looks exactly like a missing one.
 */

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

export function canSeeMentor(identity: Identity, mentor: { id: string; providerId: string }): boolean {
  const scope = mentorScope(identity);
  return scope.all || scope.providerIds.includes(mentor.providerId) || scope.mentorIds.includes(mentor.id);
}

/** Mentors are administered by their provider's coordinator or by the municipality (a caseworker). */
export function canAdministerMentors(identity: Identity, providerId: string): boolean {
  return identity.roles.includes('CASEWORKER') || (identity.roles.includes('PROVIDER_COORDINATOR') && identity.org === providerId);
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
  return identity.roles.includes('PROVIDER_COORDINATOR') && identity.org === providerId;
}

/** The providers whose draft reports the caller sees: their own, as coordinator. */
export function draftReportProviderIds(identity: Identity): string[] {
  return identity.roles.includes('PROVIDER_COORDINATOR') && isUuid(identity.org) ? [identity.org] : [];
}

/** Submitted reports are public to every authenticated role (seed 000 §3); drafts only to their provider. */
export function canSeeExperienceReport(identity: Identity, report: { providerId: string; published: boolean }): boolean {
  return report.published || draftReportProviderIds(identity).includes(report.providerId);
}
