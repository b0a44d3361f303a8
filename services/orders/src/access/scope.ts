import { danishTodaySql, isServicePrincipal, isUuid, type Identity, type Principal, type Role, type ServiceName } from '@mentor/common';
import type { OrderStatus } from '../domain.js';
import type { Order } from '../entities/Order.js';
import type { Youth } from '../entities/Youth.js';
import type { SqlParams } from '../sql.js';
import { isDuringTeachingHours, type TimedEntry } from '../rules/teaching-hours.js';
import {
  orderFieldAccess,
  providerWhileCurrent,
  readsEverySession,
  youthFieldAccess,
  serviceAccess,
  type ServiceField,
  type OrderFieldGroup,
  type OrderRelation,
  type YouthFieldGroup,
  type YouthRole,
} from './matrix.js';

/**
 * Who sees what, decided from relations this subgraph stores itself (DESIGN §4). The SQL scopes
 * narrow every list and every lookup, so a record the caller may not see looks exactly like a
 * missing one; the field matrix below is what the graphql-shield rules apply to each field of a
 * record the caller can see; the predicates decide who may change a record they can see.
 */

/**
 * The grace period (DESIGN §4, *assigned*): a mentor keeps access to an order this many days after
 * it ends, for the closing notes; the provider keeps the youth's contact data as long. The one
 * definition: the SQL condition and the TypeScript predicate below are both built from it.
 */
export const MENTOR_GRACE_DAYS = 30;

/** The statuses of an order that has ended. */
const closedStatuses: readonly OrderStatus[] = ['COMPLETED', 'CANCELLED', 'REJECTED'];

/** A role the caller holds whose relation ids (sub, org) are ids this subgraph stores; a malformed claim relates to nothing. */
export function has(identity: Identity, role: Identity['roles'][number]): boolean {
  return identity.roles.includes(role) && hasStoredIds(identity);
}

/** Whether the caller's sub and org are ids, worked out once per identity (a request's rules ask for every record). */
const storedIds = new WeakMap<Identity, boolean>();
function hasStoredIds(identity: Identity): boolean {
  let known = storedIds.get(identity);
  if (known === undefined) {
    known = isUuid(identity.sub) && isUuid(identity.org);
    storedIds.set(identity, known);
  }
  return known;
}

function anyOf(conditions: string[]): string {
  return conditions.length ? `(${conditions.map((condition) => `(${condition})`).join(' OR ')})` : 'FALSE';
}

/** The order ended (COMPLETED, CANCELLED or REJECTED) less than the grace period ago, as a condition on the order alias `order`. */
export function closedRecentlyCondition(order: string): string {
  const statuses = closedStatuses.map((status) => `'${status}'`).join(', ');
  return `(${order}.status IN (${statuses}) AND ${order}.closed_at > now() - interval '${MENTOR_GRACE_DAYS} days')`;
}

/** The same rule as `closedRecentlyCondition`, on an order in memory. */
export function isClosedRecently(order: { status: OrderStatus; closedAt: Date | null }, now: Date = new Date()): boolean {
  return closedStatuses.includes(order.status) && order.closedAt !== null && order.closedAt.getTime() > now.getTime() - MENTOR_GRACE_DAYS * 86_400_000;
}

/**
 * *Provider's* (DESIGN §4): the order is placed with the caller's provider, so PLACED or later; a
 * DRAFT the caseworker has not sent is nobody's but the unit's. As a condition on the order alias `order`.
 */
function placedWithProviderCondition(order: string, identity: Identity, params: SqlParams): string {
  return `${order}.provider_id = ${params.add(identity.org)} AND ${order}.status <> 'DRAFT'`;
}

/**
 * An order of a youth in the caseworker's unit, from the unit the order row carries (kept the
 * youth's by triggers, migration 1796900000000), so the scope needs no join and uses the index
 * the list is sorted by.
 */
function ownUnitOrderCondition(order: string, identity: Identity, params: SqlParams): string {
  return `${order}.caseworker_unit_id = ${params.add(identity.org)}`;
}

/** An order the mentor is assigned to: ACTIVE, or closed less than the grace period ago. */
function assignedMentorCondition(order: string, identity: Identity, params: SqlParams): string {
  return `${order}.mentor_id = ${params.add(identity.sub)} AND (${order}.status = 'ACTIVE' OR ${closedRecentlyCondition(order)})`;
}

/** The orders the caller may see, as a condition on the order alias `order`. */
export function orderScope(identity: Identity, order: string, params: SqlParams): string {
  const conditions: string[] = [];
  if (has(identity, 'CASEWORKER')) conditions.push(ownUnitOrderCondition(order, identity, params));
  if (has(identity, 'PROVIDER_COORDINATOR')) conditions.push(placedWithProviderCondition(order, identity, params));
  if (has(identity, 'MENTOR')) conditions.push(assignedMentorCondition(order, identity, params));
  if (has(identity, 'INSTITUTION_STAFF')) conditions.push(`${order}.institution_id = ${params.add(identity.org)}`);
  if (has(identity, 'YOUTH_GUIDE')) conditions.push(`${order}.youth_guide_id = ${params.add(identity.sub)}`);
  return anyOf(conditions);
}

/**
 * The orders whose success metrics the caller may count (rule 15): a caseworker their unit's, a
 * provider coordinator their own provider's, institution staff their own institution's. Null when
 * the filter names a provider or institution none of the caller's roles reaches.
 */
export function successScope(identity: Identity, filter: { providerId?: string | null; institutionId?: string | null }, order: string, params: SqlParams): string | null {
  const conditions: string[] = [];
  if (has(identity, 'CASEWORKER')) conditions.push(ownUnitOrderCondition(order, identity, params));
  if (has(identity, 'PROVIDER_COORDINATOR') && (filter.providerId == null || filter.providerId === identity.org)) {
    conditions.push(`${order}.provider_id = ${params.add(identity.org)}`);
  }
  if (has(identity, 'INSTITUTION_STAFF') && (filter.institutionId == null || filter.institutionId === identity.org)) {
    conditions.push(`${order}.institution_id = ${params.add(identity.org)}`);
  }
  return conditions.length ? anyOf(conditions) : null;
}

/** The youths the caller may see, as a condition on the youth alias `youth`. */
export function youthScope(identity: Identity, youth: string, params: SqlParams): string {
  const conditions: string[] = [];
  const orderOfYouth = (condition: string) => `EXISTS (SELECT 1 FROM mentor_order scope_order WHERE scope_order.youth_id = ${youth}.id AND ${condition})`;
  if (has(identity, 'CASEWORKER')) conditions.push(`${youth}.caseworker_unit_id = ${params.add(identity.org)}`);
  if (has(identity, 'PROVIDER_COORDINATOR')) conditions.push(orderOfYouth(placedWithProviderCondition('scope_order', identity, params)));
  // A youth is the mentor's while an order is ACTIVE and for the grace period after it ends, for the closing notes.
  if (has(identity, 'MENTOR')) conditions.push(orderOfYouth(assignedMentorCondition('scope_order', identity, params)));
  if (has(identity, 'INSTITUTION_STAFF')) {
    const institution = params.add(identity.org);
    conditions.push(`${institution}::uuid = ANY(${youth}.institution_ids) OR ${orderOfYouth(`scope_order.institution_id = ${institution}`)}`);
  }
  if (has(identity, 'YOUTH_GUIDE')) conditions.push(`${youth}.youth_guide_id = ${params.add(identity.sub)}`);
  // *Consented*: a consent to the social worker's own unit, in force today; a consent to another body opens nothing to them.
  if (has(identity, 'SOCIAL_WORKER')) {
    conditions.push(`EXISTS (SELECT 1 FROM youth_consent scope_consent WHERE scope_consent.youth_id = ${youth}.id AND scope_consent.body_id = ${params.add(identity.org)} AND ${currentConsentCondition('scope_consent')})`);
  }
  return anyOf(conditions);
}

/** A mirrored consent (alias `consent` of youth_consent) in force today: given by today and not withdrawn by today. */
export function currentConsentCondition(consent: string): string {
  return `${consent}.given_on <= ${danishTodaySql} AND (${consent}.withdrawn_on IS NULL OR ${consent}.withdrawn_on > ${danishTodaySql})`;
}

/**
 * The sessions (and journal notes) the caller may see on orders they can see: the case's
 * caseworker and the provider see all, a mentor only their own, nobody else any.
 */
export function sessionScope(identity: Identity, session: string, order: string, params: SqlParams): string {
  const conditions: string[] = [];
  if (has(identity, 'CASEWORKER')) conditions.push(ownUnitOrderCondition(order, identity, params));
  if (has(identity, 'PROVIDER_COORDINATOR')) conditions.push(placedWithProviderCondition(order, identity, params));
  if (has(identity, 'MENTOR')) conditions.push(`${session}.mentor_id = ${params.add(identity.sub)} AND ${assignedMentorCondition(order, identity, params)}`);
  return anyOf(conditions);
}

/** The caller is a caseworker in the youth's unit ("own unit"). */
export function isOwnUnit(identity: Identity, youth: Pick<Youth, 'caseworkerUnitId'>): boolean {
  return has(identity, 'CASEWORKER') && youth.caseworkerUnitId === identity.org;
}

/** The caller coordinates the provider the order is placed with (PLACED or later, never a DRAFT). */
export function isOrderProvider(identity: Identity, order: Pick<Order, 'providerId' | 'status'>): boolean {
  return has(identity, 'PROVIDER_COORDINATOR') && order.providerId === identity.org && order.status !== 'DRAFT';
}

/** The statuses of an order that has not ended. */
const openStatuses: readonly OrderStatus[] = ['PLACED', 'ACCEPTED', 'ACTIVE'];

/**
 * The provider still works on the order, or it ended less than the grace period ago: as for the
 * mentor, the provider keeps the order's facts after that, but no longer the youth's contact data,
 * target group or legal basis.
 */
export function isCurrentForProvider(identity: Identity, order: Pick<OrderLink, 'providerId' | 'status' | 'closedRecently'>): boolean {
  return isOrderProvider(identity, order) && (openStatuses.includes(order.status) || order.closedRecently);
}

/** The caller is the order's mentor and the order is ACTIVE (sessions are logged only then). */
export function isActiveAssignedMentor(identity: Identity, order: Pick<Order, 'mentorId' | 'status'>): boolean {
  return has(identity, 'MENTOR') && order.mentorId === identity.sub && order.status === 'ACTIVE';
}

/** The caller is the order's mentor, whatever its status. */
export function isOrderMentor(identity: Identity, order: Pick<Order, 'mentorId'>): boolean {
  return has(identity, 'MENTOR') && order.mentorId === identity.sub;
}

/** An order as far as access to its youth is concerned. */
export interface OrderLink {
  providerId: string;
  mentorId: string | null;
  institutionId: string;
  status: OrderStatus;
  /** COMPLETED, CANCELLED or REJECTED less than the grace period ago: the mentor may still read closing notes, the provider the youth's contact data. */
  closedRecently: boolean;
}

/** What this subgraph stores about a youth that access to it is decided from. */
export interface YouthFacts {
  id: string;
  caseworkerUnitId: string;
  youthGuideId: string | null;
  /** Mirrored from partners: the institutions the youth is enrolled at. */
  enrolledInstitutionIds: string[];
  /**
   * Mirrored from partners: the bodies (organisation units) the youth has a consent in force today
   * to share with. Read only for a caller who can relate to a youth by a consent (`youthFactsNeeds`); empty for anyone else.
   */
  consentedBodyIds: string[];
  /** Every order of the youth, also ones the caller cannot see. Read only for a caller who can relate to a youth by its orders (`youthFactsNeeds`); empty for anyone else. */
  orders: OrderLink[];
}

/** Which of a youth's facts a caller's relations are decided from, besides the youth's own columns. */
export interface YouthFactsNeeds {
  /** The youth's orders: a mentor's assignment, the provider's order, an order at the staff member's institution. */
  orders: boolean;
  /** The youth's consents: a social worker's *consented*. */
  consents: boolean;
}

/**
 * The facts `youthRelations` and `maySeeYouthField` read for this caller: a caller whose roles
 * cannot relate to a youth by its orders or its consents is decided without them, so they are not
 * read (the youth's caseworker unit and guide are columns of its row, read for everyone).
 */
export function youthFactsNeeds(identity: Identity): YouthFactsNeeds {
  return {
    orders: has(identity, 'MENTOR') || has(identity, 'PROVIDER_COORDINATOR') || has(identity, 'INSTITUTION_STAFF'),
    consents: has(identity, 'SOCIAL_WORKER'),
  };
}

/** What access to an order and what hangs off it is decided from: the order and its youth's case relations. */
export interface OrderFacts extends OrderLink {
  id: string;
  youthId: string;
  caseworkerUnitId: string;
  youthGuideId: string | null;
}

/**
 * *Assigned* (DESIGN §4): the caller is the order's mentor and it is ACTIVE or ended less than the
 * grace period ago, so the mentor can still write the closing notes, with the youth's name and case.
 */
export function isAssignment(identity: Identity, order: Pick<OrderLink, 'mentorId' | 'status' | 'closedRecently'>): boolean {
  return has(identity, 'MENTOR') && order.mentorId === identity.sub && (order.status === 'ACTIVE' || order.closedRecently);
}

/**
 * A caller's relations to one facts object, worked out once and then remembered: a request's rules
 * ask for them once per field group and record, and a page of schedule entries asks for its orders'
 * hundreds of times. Facts objects are read per request and never changed, so the caller asking is
 * the request's; the answer is kept with the identity it was worked out for all the same, and any
 * other identity has its own worked out. It is kept on the facts object itself, under a symbol of
 * this memo's own, not enumerable (no copy of the facts carries it): a weak map's entry per object
 * cost more than the decision it spared.
 */
function remembered<Facts extends object, Relation>(workOut: (identity: Identity, facts: Facts) => Set<Relation>): (identity: Identity, facts: Facts) => ReadonlySet<Relation> {
  const slot = Symbol('relations');
  type Kept = { identity: Identity; relations: ReadonlySet<Relation> };
  return (identity, facts) => {
    const holder = facts as Facts & { [slot]?: Kept };
    const kept = holder[slot];
    if (kept !== undefined && kept.identity === identity) return kept.relations;
    const relations = workOut(identity, facts);
    // Not enumerable: a copy of the facts (a spread, a JSON text) does not carry it.
    if (kept === undefined) Object.defineProperty(holder, slot, { value: { identity, relations }, writable: true });
    else holder[slot] = { identity, relations };
    return relations;
  };
}

/** The caller's relations to a youth (DESIGN §4), as the roles they hold them in. */
export const youthRelations = remembered((identity: Identity, youth: YouthFacts): Set<YouthRole> => {
  const relations = new Set<YouthRole>();
  if (has(identity, 'CASEWORKER') && youth.caseworkerUnitId === identity.org) relations.add('CASEWORKER');
  if (has(identity, 'MENTOR') && youth.orders.some((order) => isAssignment(identity, order))) relations.add('MENTOR');
  if (youth.orders.some((order) => isOrderProvider(identity, order))) relations.add('PROVIDER_COORDINATOR');
  if (
    has(identity, 'INSTITUTION_STAFF') &&
    (youth.enrolledInstitutionIds.includes(identity.org) || youth.orders.some((order) => order.institutionId === identity.org))
  ) {
    relations.add('INSTITUTION_STAFF');
  }
  if (has(identity, 'YOUTH_GUIDE') && youth.youthGuideId === identity.sub) relations.add('YOUTH_GUIDE');
  if (has(identity, 'SOCIAL_WORKER') && youth.consentedBodyIds.includes(identity.org)) relations.add('SOCIAL_WORKER');
  return relations;
});

/** The caller relates to the youth at all: they may know it exists and see its id. */
export function relatesToYouth(identity: Identity, youth: YouthFacts): boolean {
  return youthRelations(identity, youth).size > 0;
}

export function maySeeYouthField(identity: Identity, youth: YouthFacts, group: YouthFieldGroup): boolean {
  const relations = youthRelations(identity, youth);
  const grants = (role: YouthRole) =>
    role !== 'PROVIDER_COORDINATOR' || !providerWhileCurrent.youth.includes(group) || youth.orders.some((order) => isCurrentForProvider(identity, order));
  return youthFieldAccess[group].some((role) => relations.has(role) && grants(role));
}

/** The caller's relations to an order (DESIGN §4). */
export const orderRelations = remembered((identity: Identity, order: OrderFacts): Set<OrderRelation> => {
  const relations = new Set<OrderRelation>();
  if (has(identity, 'CASEWORKER') && order.caseworkerUnitId === identity.org) relations.add('CASEWORKER');
  if (isAssignment(identity, order)) relations.add('MENTOR');
  if (isOrderProvider(identity, order)) relations.add('PROVIDER_COORDINATOR');
  if (has(identity, 'INSTITUTION_STAFF') && order.institutionId === identity.org) relations.add('INSTITUTION_STAFF');
  if (has(identity, 'YOUTH_GUIDE') && order.youthGuideId === identity.sub) relations.add('YOUTH_GUIDE');
  return relations;
});

export function maySeeOrderField(identity: Identity, order: OrderFacts, group: OrderFieldGroup): boolean {
  const relations = orderRelations(identity, order);
  const grants = (relation: OrderRelation) =>
    relation !== 'PROVIDER_COORDINATOR' || !providerWhileCurrent.order.includes(group) || isCurrentForProvider(identity, order);
  return orderFieldAccess[group].some((relation) => relations.has(relation) && grants(relation));
}

/** The case's caseworker and the provider read every session and journal note; a mentor only the ones they logged. */
export function maySeeSession(identity: Identity, order: OrderFacts, session: { mentorId: string }): boolean {
  const relations = orderRelations(identity, order);
  if (readsEverySession.some((relation) => relations.has(relation))) return true;
  return relations.has('MENTOR') && session.mentorId === identity.sub;
}

/** Everyone who may read the schedules reads every entry, except institution staff: only the entries in teaching hours. */
export function seesWholeSchedule(identity: Identity, order: OrderFacts): boolean {
  const relations = orderRelations(identity, order);
  return orderFieldAccess.schedules.some((relation) => relation !== 'INSTITUTION_STAFF' && relations.has(relation));
}

export function maySeeScheduleEntry(identity: Identity, order: OrderFacts, entry: TimedEntry): boolean {
  if (seesWholeSchedule(identity, order)) return true;
  return orderRelations(identity, order).has('INSTITUTION_STAFF') && isDuringTeachingHours(entry);
}

/** Whether the caller is the peer subgraph the matrix lets run this replication field (`serviceAccess`). */
export function mayReplicate<T extends keyof typeof serviceAccess>(principal: Principal, type: T, field: ServiceField<T>): boolean {
  return isServicePrincipal(principal, serviceAccess[type][field] as ServiceName);
}

/** An auditor reads any youth's audit log, without a relation to the youth. */
export function isAuditor(identity: Identity): boolean {
  return has(identity, 'AUDITOR');
}

/** Only a caseworker may find a youth by CPR number; for anyone else a match would confirm a CPR. */
export function mayFindByCpr(identity: Identity): boolean {
  return identity.roles.includes('CASEWORKER');
}

/** Success metrics carry the partners' rating of the cooperation for the roles partners gives it to (it decides again). */
export function mayAskPartnersForRatings(identity: Identity): boolean {
  return has(identity, 'CASEWORKER') || has(identity, 'PROVIDER_COORDINATOR') || has(identity, 'INSTITUTION_STAFF');
}

/** Whose due list a list is: the caseworker unit's (follow-ups, delivery) or the provider's (orders to accept or staff). */
export type DueListOwner = 'unit' | 'provider';

/**
 * The due list's orders of `owner`, as a condition on `o` (the order) and `y` (its youth) with the
 * caller's organisation as `$1`: only when the list is the caller's own organisation's and they hold
 * the owner's role; null (an empty list) otherwise.
 */
export function dueListCondition(identity: Identity, owner: DueListOwner, dueListId: string): string | null {
  if (dueListId !== identity.org) return null;
  if (owner === 'unit') return has(identity, 'CASEWORKER') ? 'y.caseworker_unit_id = $1' : null;
  return has(identity, 'PROVIDER_COORDINATOR') ? 'o.provider_id = $1' : null;
}
