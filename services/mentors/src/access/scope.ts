import { isUuid, type Identity, type Role } from '@mentor/common';
import { matrix, type Grant, type Relation } from './matrix.js';

/**
 * Who relates to whom: the predicates the matrix's relations stand for, judged on facts read from
 * the database, and the same relations as SQL conditions that narrow lists and lookups, so a record
 * the caller may not see looks exactly like a missing one.
 */

/** What is known about a record for judging relations: whose mentor or provider it is, and whether it is public. */
export interface RelationFacts {
  mentorId?: string;
  providerId?: string;
  published?: boolean;
}

/** What the field rules need to know about a mentor: who it is and whose. Read from the database, never from a request. */
export interface MentorRelation {
  id: string;
  providerId: string;
}

const relations: Record<Relation, (identity: Identity, facts: RelationFacts) => boolean> = {
  any: () => true,
  "provider's": (identity, facts) => facts.providerId !== undefined && identity.org === facts.providerId,
  themself: (identity, facts) => facts.mentorId !== undefined && identity.sub === facts.mentorId,
  published: (_identity, facts) => facts.published === true,
};

/** Whether one of the grants holds for the caller: they have its role and the record its relation. */
export function allows(grants: readonly Grant[], identity: Identity, facts: RelationFacts = {}): boolean {
  return grants.some((grant) => identity.roles.includes(grant.role) && relations[grant.relation](identity, facts));
}

/** The roles the grants name, whatever the relation: what a caller needs before any record is looked at. */
export function rolesOf(grants: readonly Grant[]): Role[] {
  return [...new Set(grants.map((grant) => grant.role))];
}

export function hasRoleFor(grants: readonly Grant[], identity: Identity): boolean {
  return rolesOf(grants).some((role) => identity.roles.includes(role));
}

const mentorFacts = (mentor: MentorRelation): RelationFacts => ({ mentorId: mentor.id, providerId: mentor.providerId });
const mentorGroups = matrix.types.Mentor.groups;

export function seesMentorName(identity: Identity): boolean {
  return hasRoleFor(mentorGroups.name.readers, identity);
}

export function seesMentorContact(identity: Identity, mentor: MentorRelation): boolean {
  return allows(mentorGroups.contact.readers, identity, mentorFacts(mentor));
}

export function seesMentorProfile(identity: Identity, mentor: MentorRelation): boolean {
  return allows(mentorGroups.profile.readers, identity, mentorFacts(mentor));
}

export function seesMentorScreenings(identity: Identity, mentor: MentorRelation): boolean {
  return allows(mentorGroups.screenings.readers, identity, mentorFacts(mentor));
}

/** The mentors a caller may look up: every one, their provider's, or themselves. Ids are UUIDs only, safe to bind in SQL. */
export interface MentorScope {
  all: boolean;
  providerIds: string[];
  mentorIds: string[];
}

/** Who may look a mentor up by id (`mentor(id)`, `mentors`, eligibility): those who see the mentor's profile. */
export function mentorScope(identity: Identity): MentorScope {
  const scope: MentorScope = { all: false, providerIds: [], mentorIds: [] };
  for (const grant of mentorGroups.profile.readers) {
    if (!identity.roles.includes(grant.role)) continue;
    if (grant.relation === 'any') scope.all = true;
    if (grant.relation === "provider's" && isUuid(identity.org)) scope.providerIds.push(identity.org);
    if (grant.relation === 'themself' && isUuid(identity.sub)) scope.mentorIds.push(identity.sub);
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

export function canSeeMentor(identity: Identity, mentor: MentorRelation): boolean {
  const scope = mentorScope(identity);
  return scope.all || scope.providerIds.includes(mentor.providerId) || scope.mentorIds.includes(mentor.id);
}

/** Who may resolve a mentor reference (an order's mentor): everyone who sees mentor names. */
export function canResolveMentorReference(identity: Identity): boolean {
  return seesMentorName(identity);
}

export function canAdministerMentors(identity: Identity, providerId: string): boolean {
  return allows(matrix.mutations.registerMentor, identity, { providerId });
}

/** Whether the caller administers any mentors at all; everyone else is refused before a lookup. */
export function administersMentors(identity: Identity): boolean {
  return hasRoleFor(matrix.mutations.registerMentor, identity);
}

export function canRecordScreening(identity: Identity, providerId: string): boolean {
  return allows(matrix.mutations.recordScreening, identity, { providerId });
}

export function canRegisterProvider(identity: Identity): boolean {
  return allows(matrix.mutations.registerProvider, identity);
}

export function canSubmitExperienceReport(identity: Identity, providerId: string): boolean {
  return allows(matrix.mutations.submitExperienceReport, identity, { providerId });
}

const experienceReportReaders = matrix.types.ExperienceReport.groups.all.readers;

/** The providers whose draft reports the caller sees (the report readers' `provider's` grants): their own, as coordinator. */
export function draftReportProviderIds(identity: Identity): string[] {
  const granted = experienceReportReaders.some((grant) => grant.relation === "provider's" && identity.roles.includes(grant.role));
  return granted && isUuid(identity.org) ? [identity.org] : [];
}

export function canSeeExperienceReport(identity: Identity, report: { providerId: string; published: boolean }): boolean {
  return allows(experienceReportReaders, identity, { providerId: report.providerId, published: report.published });
}

/** Who may have a provider's mentors ranked for an order: the municipality, and the provider's own coordinator. */
export function canRankMentorsOf(identity: Identity, providerId: string): boolean {
  return allows(matrix.queries.rankMentors, identity, { providerId });
}

/**
 * The provider whose items fill a due list: the caller's own, when they coordinate it and the list is
 * their organisation's. Null for everyone else, who get empty lists, never another provider's items.
 */
export function dueListProvider(identity: Identity, dueListId: string): string | null {
  return isUuid(dueListId) && allows(matrix.dueListFilledFor, identity, { providerId: dueListId }) ? dueListId : null;
}
