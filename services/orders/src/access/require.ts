import { forbidden, isUuid, type Identity, type Principal } from '@mentor/common';
import type { EntityManager } from 'typeorm';
import type { Order } from '../entities/index.js';
import { SqlParams } from '../sql.js';
import type { serviceAccess, ServiceField } from './matrix.js';
import { has, isAuditor, isOrderProvider, isOwnUnit, mayReplicate, successScope } from './scope.js';

/**
 * What the commands and resolvers call before they act: each throws FORBIDDEN (with the message
 * it always had) when the caller may not; a record outside the caller's scope was already NOT_FOUND
 * when it was looked up (scope.ts).
 */

export function requireThat(allowed: boolean, message: string): void {
  if (!allowed) throw forbidden(message);
}

/** registerYouth: a caseworker, whose unit (the youth's unit to be) is an id. */
export function requireYouthRegistrar(identity: Identity): void {
  requireThat(identity.roles.includes('CASEWORKER') && isUuid(identity.org), 'Only a caseworker registers youths');
}

/** placeOrder: a caseworker; the youth's unit is checked once the youth is read (`requireOwnUnit`). */
export function requireOrderPlacer(identity: Identity): void {
  requireThat(identity.roles.includes('CASEWORKER'), 'Only a caseworker places orders');
}

/** logSession: a mentor with an id; the order is looked up among their own (`lockOwnOrder`). */
export function requireSessionLogger(identity: Identity): void {
  requireThat(identity.roles.includes('MENTOR') && isUuid(identity.sub), 'Only the assigned mentor logs sessions');
}

/** The caller is a caseworker in the youth's unit. */
export function requireOwnUnit(identity: Identity, youth: { caseworkerUnitId: string }, message: string): void {
  requireThat(isOwnUnit(identity, youth), message);
}

/** The caller coordinates the provider the order is placed with. */
export function requireOrderProvider(identity: Identity, order: Pick<Order, 'providerId' | 'status'>, message: string): void {
  requireThat(isOrderProvider(identity, order), message);
}

/** The caller is a caseworker in the unit of the order's youth, read on the command's connection. */
export async function isCaseworkerOfOrder(manager: Pick<EntityManager, 'query'>, identity: Identity, order: Pick<Order, 'youthId'>): Promise<boolean> {
  const [youth] = (await manager.query('SELECT caseworker_unit_id FROM youth WHERE id = $1', [order.youthId])) as { caseworker_unit_id: string }[];
  return youth !== undefined && isOwnUnit(identity, { caseworkerUnitId: youth.caseworker_unit_id });
}

export async function requireCaseworkerOfOrder(manager: Pick<EntityManager, 'query'>, identity: Identity, order: Pick<Order, 'youthId'>, message: string): Promise<void> {
  requireThat(await isCaseworkerOfOrder(manager, identity, order), message);
}

/** The order's provider or the youth's caseworker (the SPS clarification). */
export async function requireProviderOrCaseworkerOfOrder(
  manager: Pick<EntityManager, 'query'>,
  identity: Identity,
  order: Pick<Order, 'providerId' | 'status' | 'youthId'>,
  message: string,
): Promise<void> {
  requireThat(isOrderProvider(identity, order) || (await isCaseworkerOfOrder(manager, identity, order)), message);
}

/** A replication field (matrix: `serviceAccess`) is run only by its peer subgraph as itself; a user, whatever their roles, is refused. */
export function requireReplicationFrom<T extends keyof typeof serviceAccess>(principal: Principal, type: T, field: ServiceField<T>): void {
  if (!mayReplicate(principal, type, field)) throw forbidden('Only the peer subgraph, as itself, replicates to this one');
}

/** Only an auditor reads the audit log's records. */
export function requireAuditor(identity: Identity): void {
  if (!isAuditor(identity)) throw forbidden();
}

/** Only caseworkers export the national report. */
export function requireReportExporter(identity: Identity): void {
  requireThat(has(identity, 'CASEWORKER'), 'Only caseworkers export the national report');
}

/** Success metrics filtered to a provider or institution none of the caller's roles reaches are refused. */
export function requireSuccessScope(identity: Identity, filter: { providerId?: string | null; institutionId?: string | null }): void {
  requireThat(successScope(identity, filter, 'o', new SqlParams()) !== null, 'Success metrics of another provider or institution are not yours to see');
}

/** Mentor suggestions are for the order's provider and the youth's caseworker. */
export function requireMentorSuggester(identity: Identity, order: Pick<Order, 'providerId' | 'status'>, youth: { caseworkerUnitId: string }): void {
  requireThat(isOrderProvider(identity, order) || isOwnUnit(identity, youth), "Only the order's provider and the youth's caseworker get mentor suggestions");
}
