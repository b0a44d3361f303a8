import { EntitySchema, QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { badInput, conflict } from './errors.js';

/**
 * The persistence primitives every service's commands share: one transaction wrapper, one
 * idempotency claim, one version check. Each service keeps an `idempotency_key` table of the same
 * shape (caller, key, operation, result_id, created_at; primary key caller + key).
 */

const UNIQUE_VIOLATION = '23505';

/** PostgreSQL's unique_violation, raised when a concurrent request inserted the same unique value first. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : (error as { code?: string; constraint?: string } | null);
  return driverError?.code === UNIQUE_VIOLATION && (constraint === undefined || driverError.constraint === constraint);
}

/**
 * Runs a command in one transaction. A unique violation that escapes it means a concurrent request
 * got there first, so it is answered as a conflict rather than masked as an internal error.
 */
export async function inTransaction<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('A concurrent change got there first; reload and try again');
    throw error;
  }
}

export interface IdempotencyClaim {
  /** Who asked: the same key from two callers is two claims. */
  caller: string;
  /** The client's key; null or absent means the request is not idempotent and nothing is claimed. */
  key: string | null | undefined;
  /** The command's name: a key reused for another command is refused. */
  operation: string;
  /** The id of the record this request is about to create. */
  resultId: string;
}

/**
 * Claims an idempotency key inside the command's transaction. Returns null when the claim is new
 * (go on and create `resultId`), or the id the first request with this key created (answer with
 * it and change nothing). A concurrent first request holds the key's row until it ends, so a
 * repeat waits and then sees its result.
 */
export async function claimIdempotencyKey(manager: EntityManager, claim: IdempotencyClaim): Promise<string | null> {
  if (claim.key === null || claim.key === undefined) return null;
  const inserted: unknown[] = await manager.query(
    `INSERT INTO idempotency_key (caller, key, operation, result_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (caller, key) DO NOTHING RETURNING result_id`,
    [claim.caller, claim.key, claim.operation, claim.resultId],
  );
  if (inserted.length) return null;
  const [first] = (await manager.query('SELECT operation, result_id FROM idempotency_key WHERE caller = $1 AND key = $2', [claim.caller, claim.key])) as {
    operation: string;
    result_id: string;
  }[];
  if (!first) return null;
  if (first.operation !== claim.operation) throw badInput('idempotencyKey', 'reused', `idempotencyKey: already used for ${first.operation}`);
  return first.result_id;
}

/** Optimistic concurrency: a client that read version n may change the record only while it is still n. */
export function assertVersion(expected: number | null | undefined, actual: number, what: string): void {
  if (expected !== null && expected !== undefined && expected !== actual) {
    throw conflict(`${what} was changed by someone else (version ${actual}, expected ${expected}); reload and try again`);
  }
}

/** A claimed idempotency key, as the table every service keeps stores it. */
export interface IdempotencyKeyRow {
  caller: string;
  key: string;
  operation: string;
  resultId: string;
  createdAt: Date;
}

/** The `idempotency_key` table for a service's TypeORM entity list: the first result of a create, per caller and key. */
export const IdempotencyKeyEntity = new EntitySchema<IdempotencyKeyRow>({
  name: 'IdempotencyKey',
  tableName: 'idempotency_key',
  columns: {
    caller: { type: 'text', primary: true },
    key: { type: 'text', primary: true },
    operation: { type: 'text' },
    resultId: { type: 'uuid', name: 'result_id' },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
  },
});
