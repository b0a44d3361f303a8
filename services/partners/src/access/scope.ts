import { isUuid, type Identity, type Role } from '@mentor/common';
import { isKuiOrganisation, KUI, type OrganisationKind } from '../entities/Organisation.js';
import { readersOf, readMatrix, type Grant, type Readers, type Relation } from './matrix.js';

/**
 * Who relates to whom, decided from relations this subgraph stores itself (DESIGN §2): the
 * youth_link replica (caseworker unit, providers, mentors, orders), youth guide assignments,
 * enrollments and consents. Each relation of the matrix is a predicate on the facts loaded for a
 * record, and, where lists are narrowed by it, an SQL condition, so lists, counts and loaders can
 * never widen beyond what the field rules allow.
 */

export function hasRole(identity: Identity, role: Role): boolean {
  return identity.roles.includes(role);
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

/** The facts a relation is decided from: the youth's relations and the record's own; what is missing relates nobody. */
export interface RelationFacts {
  caseworkerUnitId?: string | null;
  providerIds?: readonly string[];
  mentorIds?: readonly string[];
  guideUserId?: string | null;
  institutionIds?: readonly string[];
  consentBodyIds?: readonly string[];
  /** The institution the record is at: an enrollment's, or the institution itself. */
  institutionId?: string;
  /** The body a consent is given to. */
  bodyId?: string;
  /** The guide a guide assignment names. */
  namedGuideUserId?: string;
  /** The organisation the record belongs to: the one that gave a feedback, the KUI of a guide assignment. */
  organisationId?: string;
  /** The caseworker units of the youth of the record's order. */
  orderUnitIds?: readonly string[];
  /** The caller is a youth guide of a KUI organisation (see `isKuiStaff`). */
  callerIsKuiStaff?: boolean;
}

const relationHolds: Record<Relation, (identity: Identity, facts: RelationFacts) => boolean> = {
  any: () => true,
  hasOrganisation: (identity) => isUuid(identity.org),
  ownUnit: (identity, facts) => facts.caseworkerUnitId != null && facts.caseworkerUnitId === identity.org,
  assigned: (identity, facts) => facts.mentorIds?.includes(identity.sub) ?? false,
  providers: (identity, facts) => facts.providerIds?.includes(identity.org) ?? false,
  enrolled: (identity, facts) => facts.institutionIds?.includes(identity.org) ?? false,
  ownInstitution: (identity, facts) => facts.institutionId !== undefined && facts.institutionId === identity.org,
  guided: (identity, facts) => facts.guideUserId != null && facts.guideUserId === identity.sub,
  namedGuide: (identity, facts) => facts.namedGuideUserId !== undefined && facts.namedGuideUserId === identity.sub,
  kuiStaff: (_identity, facts) => facts.callerIsKuiStaff === true,
  consented: (identity, facts) => facts.consentBodyIds?.includes(identity.org) ?? false,
  ownBody: (identity, facts) => facts.bodyId !== undefined && facts.bodyId === identity.org,
  ownOrganisation: (identity, facts) => facts.organisationId !== undefined && facts.organisationId === identity.org,
  orderUnit: (identity, facts) => facts.orderUnitIds?.includes(identity.org) ?? false,
};

/** Whether a grant lets the caller in: they hold its role and have its relation to the record. */
export function allows(readers: Readers, identity: Identity, facts: RelationFacts): boolean {
  if (readers === 'open') return true;
  if (readers === 'nobody') return false;
  return readers.some((grant) => hasRole(identity, grant.role) && relationHolds[grant.relation](identity, facts));
}

/** Whether a grant of `relation` could let the caller in, so that the facts it needs are worth loading. */
export function mayNeed(readers: Readers, identity: Identity, relation: Relation): boolean {
  return typeof readers !== 'string' && readers.some((grant) => grant.relation === relation && hasRole(identity, grant.role));
}

/** Every grant of the read matrix: what the field rules can ever let a caller in by. */
const readGrants: readonly Grant[] = Object.values(readMatrix as Record<string, readonly { readers: Readers }[]>).flatMap((groups) =>
  groups.flatMap((group) => (typeof group.readers === 'string' ? [] : group.readers)),
);

/**
 * Whether any field rule could let the caller in by `relation`, so that the youth facts it needs are
 * worth reading for them (an institution's staff never by a guide or a consent, a mentor by neither
 * an enrollment nor a consent).
 */
export function mayUseRelation(identity: Identity, relation: Relation): boolean {
  return mayNeed(readGrants, identity, relation);
}

/** The roles of a set of grants, whatever the relation: the part of a rule that reads the caller alone. */
export function rolesOf(grants: readonly Grant[]): Role[] {
  return [...new Set(grants.map((grant) => grant.role))];
}

/** KUI staff: a youth guide whose organisation is KUI. They assign youth guides and see every assignment. */
export function isKuiStaff(identity: Identity, callerOrganisation: { kind: string } | null): boolean {
  return hasRole(identity, 'YOUTH_GUIDE') && isKuiOrganisation(callerOrganisation);
}

/** A condition for a query builder's WHERE, with its named parameters; `null` means the caller sees nothing. */
export interface Scope {
  sql: string;
  params: Record<string, unknown>;
}

/** A relation as an SQL condition on the rows of one list, and which of the caller's ids it compares with. */
interface RelationSql {
  sql: string;
  uses: 'org' | 'sub' | 'none';
}

const byUnit = (column: string): RelationSql => ({ sql: `${column} = :scopeOrg`, uses: 'org' });

/** The youth's current KUI guide is the caller; `youthColumn` names the youth id of the outer row. */
function guidedBy(youthColumn: string): RelationSql {
  return {
    sql: `EXISTS (SELECT 1 FROM youth_guide_assignment guided WHERE guided.youth_id = ${youthColumn} AND guided.guide_user_id = :scopeSub AND guided.from_date <= :scopeToday AND (guided.to_date IS NULL OR guided.to_date >= :scopeToday))`,
    uses: 'sub',
  };
}

/** `isKuiStaff` in SQL: the role is the grant's, the organisation is the caller's. */
const kuiStaffSql: RelationSql = { sql: `EXISTS (SELECT 1 FROM organisation kui WHERE kui.id = :scopeOrg AND kui.kind = '${KUI}')`, uses: 'org' };

/**
 * The SQL scope of a list, built from the readers the matrix gives its rows: one condition per grant
 * the caller holds the role of. The caller's org and sub are parameters; ids that are not UUIDs can
 * match no row, so their conditions are left out.
 */
function scopeOf(readers: Readers, identity: Identity, sqlOf: Partial<Record<Relation, RelationSql>>, extra: Record<string, unknown> = {}): Scope | null {
  const org = isUuid(identity.org) ? identity.org : null;
  const sub = isUuid(identity.sub) ? identity.sub : null;
  const clauses = new Set<string>();
  for (const grant of typeof readers === 'string' ? [] : readers) {
    if (!hasRole(identity, grant.role)) continue;
    const condition = sqlOf[grant.relation];
    if (!condition) throw new Error(`access scope: no SQL for the relation ${grant.relation}`);
    if ((condition.uses === 'org' && !org) || (condition.uses === 'sub' && !sub)) continue;
    clauses.add(condition.sql);
  }
  return clauses.size ? { sql: `(${[...clauses].join(' OR ')})`, params: { scopeOrg: org, scopeSub: sub, ...extra } } : null;
}

/** Enrollments and their attendance concerns (aliases: `e` enrollment, `l` youth_link joined on the youth). */
export function enrollmentScope(identity: Identity, today: string): Scope | null {
  return scopeOf(
    readMatrix.Enrollment[0].readers,
    identity,
    {
      ownUnit: byUnit('l.caseworker_unit_id'),
      assigned: { sql: ':scopeSub = ANY(l.mentor_ids)', uses: 'sub' },
      ownInstitution: byUnit('e.institution_id'),
      guided: guidedBy('e.youth_id'),
    },
    { scopeToday: today },
  );
}

/** Consents (aliases: `c` consent, `l` youth_link). */
export function consentScope(identity: Identity): Scope | null {
  return scopeOf(readMatrix.Consent[0].readers, identity, { ownUnit: byUnit('l.caseworker_unit_id'), ownBody: byUnit('c.body_id') });
}

/** Youth guide assignments (aliases: `g` assignment, `l` youth_link). */
export function youthGuideScope(identity: Identity): Scope | null {
  return scopeOf(readMatrix.YouthGuideAssignment[0].readers, identity, {
    ownUnit: byUnit('l.caseworker_unit_id'),
    namedGuide: { sql: 'g.guide_user_id = :scopeSub', uses: 'sub' },
    kuiStaff: kuiStaffSql,
  });
}

/** Collaboration feedback (alias `f`): the order's youth's unit from the youth_link replica, or the feedback's own organisation. */
export function feedbackScope(identity: Identity): Scope | null {
  return scopeOf(readMatrix.CollaborationFeedback[0].readers, identity, {
    orderUnit: { sql: 'EXISTS (SELECT 1 FROM youth_link fl WHERE f.order_id = ANY(fl.order_ids) AND fl.caseworker_unit_id = :scopeOrg)', uses: 'org' },
    ownOrganisation: byUnit('f.organisation_id'),
  });
}

/** Youth.enrollments: own unit, assigned mentor, staff of an institution the youth is enrolled at, the youth's guide. */
export function maySeeEnrollments(identity: Identity, relations: YouthRelations): boolean {
  return allows(readersOf('Youth', 'enrollments'), identity, relations);
}

/** One enrollment and its attendance concerns: as Youth.enrollments, but institution staff only for their own institution's. */
export function maySeeEnrollment(identity: Identity, relations: YouthRelations, enrollment: { institutionId: string }): boolean {
  return allows(readersOf('Enrollment', 'id'), identity, { ...relations, institutionId: enrollment.institutionId });
}

/** Institution.enrollments: the roles that see enrollments at all; institution staff only at their own institution. */
export function maySeeInstitutionEnrollments(identity: Identity, institution: { id: string }): boolean {
  return allows(readersOf('Institution', 'enrollments'), identity, { institutionId: institution.id });
}

/** Youth.consents: own unit; a social worker of a body the youth has consented to (a withdrawal included, so they stop sharing). */
export function maySeeConsents(identity: Identity, relations: YouthRelations): boolean {
  return allows(readersOf('Youth', 'consents'), identity, relations);
}

/** One consent: own unit; a social worker for a consent to their own body. */
export function maySeeConsent(identity: Identity, relations: YouthRelations, consent: { bodyId: string }): boolean {
  return allows(readersOf('Consent', 'id'), identity, { ...relations, bodyId: consent.bodyId });
}

/** Youth.youthGuide: own unit, the youth's guide, and KUI staff, who assign the guides. */
export function maySeeYouthGuide(identity: Identity, relations: YouthRelations, callerIsKuiStaff: boolean): boolean {
  return allows(readersOf('Youth', 'youthGuide'), identity, { ...relations, callerIsKuiStaff });
}

/** One youth guide assignment: own unit, the guide it names, KUI staff. */
export function maySeeYouthGuideAssignment(identity: Identity, relations: YouthRelations, assignment: { guideUserId: string }, callerIsKuiStaff: boolean): boolean {
  return allows(readersOf('YouthGuideAssignment', 'id'), identity, { ...relations, namedGuideUserId: assignment.guideUserId, callerIsKuiStaff });
}

/** Collaboration feedback, as `feedbackScope`: a caseworker of the unit of the order's youth, a partner its own organisation's. */
export function maySeeFeedback(identity: Identity, feedback: { organisationId: string }, orderUnitIds: readonly string[]): boolean {
  return allows(readersOf('CollaborationFeedback', 'id'), identity, { organisationId: feedback.organisationId, orderUnitIds });
}

/** The rating summary behind the success metrics (see the matrix). */
export function mayReadCollaborationRatings(identity: Identity): boolean {
  return allows(readersOf('Query', 'collaborationRatings'), identity, {});
}

/** The audit log: auditors only. */
export function mayReadAuditLog(identity: Identity): boolean {
  return allows(readersOf('AuditLog', 'partnerRecords'), identity, {});
}

/** Of the bodies a youth consents to, only a consent to the social services administration opens anything in orders (DESIGN §4 *consented*). */
export const sharedConsentKinds: readonly OrganisationKind[] = ['SOCIAL_SERVICES'];
