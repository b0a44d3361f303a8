import { randomUUID } from 'node:crypto';
import { assertRules, assertVersion, claimIdempotencyKey, inTransaction, isUuid, notFound, requireUuid, violations, type Identity } from '@mentor/common';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { orderScope, type MutationName } from '../access/index.js';
import type { Context } from '../context.js';
import type { ServiceStandardRules } from '../domain.js';
import { Order, ServiceStandard } from '../entities/index.js';
import { copenhagenBridgeBuilding } from '../rules/service-standards.js';
import { expectedVersionViolation } from '../rules/text.js';
import { hydrate, queryRows, SqlParams } from '../sql.js';

/** A command's input about an order. */
export type ForOrder<T> = T & { orderId: string };

/** The caller's id as a record's author, when it is one. */
export function ownerId(sub: string): string | null {
  return isUuid(sub) ? sub : null;
}

/** The minutes delivered on an order so far. */
export async function deliveredMinutes(manager: { query: (sql: string, params: unknown[]) => Promise<{ minutes: number }[]> }, orderId: string): Promise<number> {
  const [row] = await manager.query('SELECT coalesce(sum(minutes), 0)::int AS minutes FROM mentor_session WHERE order_id = $1', [orderId]);
  return row?.minutes ?? 0;
}

/** Loads and locks an order the caller may see; one they may not see is reported exactly like a missing one. */
export async function lockVisibleOrder(manager: EntityManager, identity: Identity, orderId: string): Promise<Order> {
  assertRules(violations(requireUuid('orderId', orderId)));
  const params = new SqlParams([orderId]);
  const rows = await manager.query(`SELECT o.* FROM mentor_order o WHERE o.id = $1 AND ${orderScope(identity, 'o', params)} FOR UPDATE OF o`, params.values);
  const [order] = hydrate(manager, Order, rows);
  if (!order) throw notFound('Order');
  return order;
}

/**
 * The order `mentorId` is assigned to, locked, whatever its status: a mentor sees only their ACTIVE
 * orders (and closed ones for a while), but acting on their own order in another status is a
 * CONFLICT with that status, which the caller checks, not a missing order.
 */
export async function lockOwnOrder(manager: EntityManager, mentorId: string, orderId: string): Promise<Order> {
  assertRules(violations(requireUuid('orderId', orderId)));
  const [order] = hydrate(manager, Order, await manager.query('SELECT o.* FROM mentor_order o WHERE o.id = $1 AND o.mentor_id = $2 FOR UPDATE OF o', [orderId, mentorId]));
  if (!order) throw notFound('Order');
  return order;
}

/** Optimistic concurrency: a malformed `expectedVersion` is bad input, a stale one a CONFLICT. */
export function checkVersion(what: string, record: { version: number }, expectedVersion: number | null | undefined): void {
  assertRules(violations(expectedVersionViolation(expectedVersion)));
  assertVersion(expectedVersion, record.version, what);
}

/** Writes the given columns, bumps the version and returns the order as stored. Column names come from code, never from input. */
export async function updateOrder(manager: EntityManager, orderId: string, changes: Record<string, unknown>): Promise<Order> {
  const params = new SqlParams([orderId]);
  const assignments = Object.entries(changes).map(([column, value]) => `${column} = ${params.add(value)}`);
  const rows = await queryRows(
    manager,
    `UPDATE mentor_order SET ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1 RETURNING *`,
    params.values,
  );
  return hydrate(manager, Order, rows)[0]!;
}

/** The rules of the service standard the order was placed under; Copenhagen's for orders placed without one. */
export async function rulesOfOrder(manager: EntityManager, order: Pick<Order, 'serviceStandardId'>): Promise<ServiceStandardRules> {
  if (!order.serviceStandardId) return copenhagenBridgeBuilding.rules;
  const [standard] = hydrate(manager, ServiceStandard, await manager.query('SELECT * FROM service_standard WHERE id = $1', [order.serviceStandardId]));
  return standard?.rules ?? copenhagenBridgeBuilding.rules;
}

export async function insertRow<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, table: string, values: Record<string, unknown>): Promise<T> {
  const params = new SqlParams();
  const columns = Object.keys(values);
  const placeholders = columns.map((column) => params.add(values[column]));
  const rows = await queryRows(manager, `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')}) RETURNING *`, params.values);
  return hydrate(manager, target, rows)[0]!;
}

/** Stores the audit record of a mutation's write, given what its transaction returns; see `auditWrites`. */
type WriteAudit = (result: unknown, manager: EntityManager) => Promise<void>;

const writeAudits = new WeakMap<Context, WriteAudit>();

/**
 * While a mutation runs, each transaction it makes through `inCommand` stores the change's audit
 * record before it commits. Returns the function that ends this.
 */
export function auditWrites(context: Context, audit: WriteAudit): () => void {
  writeAudits.set(context, audit);
  return () => writeAudits.delete(context);
}

/**
 * A command's transaction (common `inTransaction`). The change's audit record is stored in it, so
 * a change and its record are committed together or not at all.
 */
export function inCommand<T>(context: Context, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return inTransaction(context.db, async (manager) => {
    const result = await work(manager);
    await writeAudits.get(context)?.(result, manager);
    return result;
  });
}

export interface IdempotentCreate<T> {
  /** The command, as the key's operation: a key reused for another command is refused. */
  operation: MutationName;
  key: string | null | undefined;
  /** The record the command creates, read back by id for a repeat. */
  target: EntityTarget<T>;
  table: string;
}

/**
 * Creates a record in one transaction under the caller's idempotency key (common
 * `claimIdempotencyKey`): `create` gets the id the key is claimed with; a repeat with the same key
 * answers with the first result and changes nothing, also when it raced the first request.
 */
export function createOnce<T extends ObjectLiteral>(context: Context, claim: IdempotentCreate<T>, create: (manager: EntityManager, id: string) => Promise<T>): Promise<T> {
  return inCommand(context, async (manager) => {
    const id = randomUUID();
    const first = await claimIdempotencyKey(manager, { caller: context.identity.sub, key: claim.key, operation: claim.operation, resultId: id });
    if (first === null) return create(manager, id);
    const [earlier] = hydrate(manager, claim.target, await manager.query(`SELECT * FROM ${claim.table} WHERE id = $1`, [first]));
    if (!earlier) throw new Error(`the ${claim.operation} result of an idempotency key is gone`);
    return earlier;
  });
}
