import { isUuid, type Identity } from '@mentor/common';
import type { Order } from './entities/Order.js';
import type { Youth } from './entities/Youth.js';
import type { SqlParams } from './sql.js';

/**
 * Who sees what, decided from relations this subgraph stores itself (DESIGN §4). The SQL scopes
 * narrow every list and every lookup, so a record the caller may not see looks exactly like a
 * missing one; the predicates decide who may change a record they can see.
 */

/** A mentor keeps access to an order this many days after it ends, for closing notes. */
export const MENTOR_GRACE_DAYS = 30;

/** A role the caller holds whose relation ids (sub, org) are ids this subgraph stores; a malformed claim relates to nothing. */
function has(identity: Identity, role: Identity['roles'][number]): boolean {
  return identity.roles.includes(role) && isUuid(identity.sub) && isUuid(identity.org);
}

function anyOf(conditions: string[]): string {
  return conditions.length ? `(${conditions.map((condition) => `(${condition})`).join(' OR ')})` : 'FALSE';
}

/** An order the mentor is assigned to: ACTIVE, or closed less than the grace period ago. */
function assignedMentorCondition(order: string, identity: Identity, params: SqlParams): string {
  return (
    `${order}.mentor_id = ${params.add(identity.sub)} AND (${order}.status = 'ACTIVE' OR ` +
    `(${order}.status IN ('COMPLETED', 'CANCELLED') AND ${order}.closed_at > now() - interval '${MENTOR_GRACE_DAYS} days'))`
  );
}

/** The orders the caller may see, as a condition on the order alias `order`. */
export function orderScope(identity: Identity, order: string, params: SqlParams): string {
  const conditions: string[] = [];
  if (has(identity, 'CASEWORKER')) {
    conditions.push(`${order}.youth_id IN (SELECT scope_youth.id FROM youth scope_youth WHERE scope_youth.caseworker_unit_id = ${params.add(identity.org)})`);
  }
  if (has(identity, 'PROVIDER_COORDINATOR')) conditions.push(`${order}.provider_id = ${params.add(identity.org)}`);
  if (has(identity, 'MENTOR')) conditions.push(assignedMentorCondition(order, identity, params));
  if (has(identity, 'INSTITUTION_STAFF')) conditions.push(`${order}.institution_id = ${params.add(identity.org)}`);
  if (has(identity, 'YOUTH_GUIDE')) {
    conditions.push(`${order}.youth_id IN (SELECT scope_youth.id FROM youth scope_youth WHERE scope_youth.youth_guide_id = ${params.add(identity.sub)})`);
  }
  return anyOf(conditions);
}

/** The youths the caller may see, as a condition on the youth alias `youth`. */
export function youthScope(identity: Identity, youth: string, params: SqlParams): string {
  const conditions: string[] = [];
  const orderOfYouth = (condition: string) => `EXISTS (SELECT 1 FROM mentor_order scope_order WHERE scope_order.youth_id = ${youth}.id AND ${condition})`;
  if (has(identity, 'CASEWORKER')) conditions.push(`${youth}.caseworker_unit_id = ${params.add(identity.org)}`);
  if (has(identity, 'PROVIDER_COORDINATOR')) conditions.push(orderOfYouth(`scope_order.provider_id = ${params.add(identity.org)}`));
  if (has(identity, 'MENTOR')) conditions.push(orderOfYouth(assignedMentorCondition('scope_order', identity, params)));
  if (has(identity, 'INSTITUTION_STAFF')) {
    const institution = params.add(identity.org);
    conditions.push(`${institution}::uuid = ANY(${youth}.institution_ids) OR ${orderOfYouth(`scope_order.institution_id = ${institution}`)}`);
  }
  if (has(identity, 'YOUTH_GUIDE')) conditions.push(`${youth}.youth_guide_id = ${params.add(identity.sub)}`);
  if (has(identity, 'SOCIAL_WORKER')) conditions.push(currentConsentCondition(youth));
  return anyOf(conditions);
}

/** A consent to share with the social services administration that is in force today. */
export function currentConsentCondition(youth: string): string {
  return (
    `${youth}.consent_to_social_services AND (${youth}.consent_given_on IS NULL OR ${youth}.consent_given_on <= current_date) ` +
    `AND (${youth}.consent_withdrawn_on IS NULL OR ${youth}.consent_withdrawn_on > current_date)`
  );
}

/**
 * The sessions (and journal notes) the caller may see on orders they can see: the case's
 * caseworker and the provider see all, a mentor only their own, nobody else any.
 */
export function sessionScope(identity: Identity, session: string, order: string, params: SqlParams): string {
  const conditions: string[] = [];
  if (has(identity, 'CASEWORKER')) {
    conditions.push(`${order}.youth_id IN (SELECT scope_youth.id FROM youth scope_youth WHERE scope_youth.caseworker_unit_id = ${params.add(identity.org)})`);
  }
  if (has(identity, 'PROVIDER_COORDINATOR')) conditions.push(`${order}.provider_id = ${params.add(identity.org)}`);
  if (has(identity, 'MENTOR')) conditions.push(`${session}.mentor_id = ${params.add(identity.sub)} AND ${assignedMentorCondition(order, identity, params)}`);
  return anyOf(conditions);
}

/** The caller is a caseworker in the youth's unit ("own unit"). */
export function isOwnUnit(identity: Identity, youth: Pick<Youth, 'caseworkerUnitId'>): boolean {
  return has(identity, 'CASEWORKER') && youth.caseworkerUnitId === identity.org;
}

/** The caller coordinates the provider the order is placed with. */
export function isOrderProvider(identity: Identity, order: Pick<Order, 'providerId'>): boolean {
  return has(identity, 'PROVIDER_COORDINATOR') && order.providerId === identity.org;
}

/** The caller is the order's mentor and the order is ACTIVE (sessions are logged only then). */
export function isActiveAssignedMentor(identity: Identity, order: Pick<Order, 'mentorId' | 'status'>): boolean {
  return has(identity, 'MENTOR') && order.mentorId === identity.sub && order.status === 'ACTIVE';
}

/** The caller is the order's mentor, whatever its status. */
export function isOrderMentor(identity: Identity, order: Pick<Order, 'mentorId'>): boolean {
  return has(identity, 'MENTOR') && order.mentorId === identity.sub;
}
