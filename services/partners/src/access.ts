import { isUuid, type Identity, type Role } from '@mentor/common';
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

/** Collaboration feedback (alias `f`): caseworkers evaluate the cooperation and see all of it; a partner sees its own organisation's. */
export function feedbackScope(identity: Identity): Scope | null {
  const { org } = callerParams(identity);
  if (hasRole(identity, 'CASEWORKER')) return { sql: 'TRUE', params: {} };
  if (org && partnerRoles.some((role) => hasRole(identity, role))) return { sql: 'f.organisation_id = :scopeOrg', params: { scopeOrg: org } };
  return null;
}

/** Own unit: the youth's caseworker unit is the caller's org. */
export function isCaseworkerOf(identity: Identity, link: Pick<YouthLink, 'caseworkerUnitId'> | null): boolean {
  return link !== null && hasRole(identity, 'CASEWORKER') && link.caseworkerUnitId === identity.org;
}

/** Only institution staff report enrollments and attendance concerns, for their own institution. */
export function isStaffOf(identity: Identity, institutionId: string): boolean {
  return hasRole(identity, 'INSTITUTION_STAFF') && identity.org === institutionId;
}

export function mayRecordConsent(identity: Identity, link: Pick<YouthLink, 'caseworkerUnitId'> | null): boolean {
  return link !== null && (isCaseworkerOf(identity, link) || hasRole(identity, 'SOCIAL_WORKER'));
}

export function mayGiveFeedback(identity: Identity): boolean {
  return isUuid(identity.org) && partnerRoles.some((role) => hasRole(identity, role));
}
