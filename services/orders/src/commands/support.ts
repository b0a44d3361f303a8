import { assertRules, conflict, forbidden, notFound, requireUuid, violations, type Identity } from '@mentor/common';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { isOwnUnit, orderScope } from '../access/index.js';
import type { Context } from '../context.js';
import type { ServiceStandardRules } from '../domain.js';
import { Order, ServiceStandard } from '../entities/index.js';
import { expectedVersionViolation } from '../rules/text.js';
import { copenhagenBridgeBuilding } from '../rules/service-standards.js';
import { hydrate, queryRows, SqlParams } from '../sql.js';

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

export async function isCaseworkerOfOrder(manager: EntityManager, identity: Identity, order: Order): Promise<boolean> {
  const [youth] = (await manager.query('SELECT caseworker_unit_id FROM youth WHERE id = $1', [order.youthId])) as { caseworker_unit_id: string }[];
  return youth !== undefined && isOwnUnit(identity, { caseworkerUnitId: youth.caseworker_unit_id });
}

export function requireThat(allowed: boolean, message: string): void {
  if (!allowed) throw forbidden(message);
}

/** Optimistic concurrency: a change based on an older version of the order is refused. */
export function checkVersion(order: Pick<Order, 'version'>, expectedVersion: number | null | undefined): void {
  assertRules(violations(expectedVersionViolation(expectedVersion)));
  if (expectedVersion != null && expectedVersion !== order.version) {
    throw conflict(`The order has changed since version ${expectedVersion} (it is at version ${order.version}); reload it and try again`);
  }
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

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError ?? (error as { code?: string; constraint?: string });
  return driverError.code === '23505' && driverError.constraint === constraint;
}

export interface IdempotentCreate<T> {
  key: string | null | undefined;
  /** The unique constraint on (owner, key). */
  constraint: string;
  /** The earlier result for this key, if any. */
  find: (manager: EntityManager, key: string) => Promise<T | null>;
  create: (manager: EntityManager) => Promise<T>;
}

/**
 * Creates a record in one transaction; a repeat with the same key returns the first result, also
 * when two repeats race and the database's unique constraint decides which one wins.
 */
export async function createIdempotently<T>(context: Context, operation: IdempotentCreate<T>): Promise<T> {
  const { key } = operation;
  try {
    return await inTransaction(context, async (manager) => {
      const earlier = key ? await operation.find(manager, key) : null;
      return earlier ?? operation.create(manager);
    });
  } catch (error) {
    if (key && isUniqueViolation(error, operation.constraint)) {
      const earlier = await operation.find(context.db.manager, key);
      if (earlier) return earlier;
    }
    throw error;
  }
}

/** Stores the audit record of a mutation's write, given what its transaction returns; see `auditWrites`. */
type WriteAudit = (result: unknown, manager: EntityManager) => Promise<void>;

const writeAudits = new WeakMap<Context, WriteAudit>();

/**
 * While a mutation runs, each transaction it makes through `inTransaction` stores the change's
 * audit record before it commits. Returns the function that ends this.
 */
export function auditWrites(context: Context, audit: WriteAudit): () => void {
  writeAudits.set(context, audit);
  return () => writeAudits.delete(context);
}

/**
 * A mutation's transaction. The change's audit record is stored in it, so a change and its record
 * are committed together or not at all.
 */
export function inTransaction<T>(context: Context, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return context.db.transaction(async (manager) => {
    const result = await work(manager);
    await writeAudits.get(context)?.(result, manager);
    return result;
  });
}
