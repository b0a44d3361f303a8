import { badInput, conflict, type Identity } from '@mentor/common';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { IdempotencyKey } from './entities/IdempotencyKey.js';

const UNIQUE_VIOLATION = '23505';

/**
 * Runs a mutation in one transaction. A unique violation means a concurrent request got there
 * first, so it is reported as a conflict rather than masked as an internal error.
 */
export async function inTransaction<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work);
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
      throw conflict('A concurrent change got there first; reload and try again');
    }
    throw error;
  }
}

/**
 * Claims an idempotency key for a record about to be created. Returns the id recorded by an earlier
 * request with the same key (a repeat), or null when this request is the first. A concurrent first
 * request holds the key's row lock until it commits, so the repeat waits and then sees its result.
 */
export async function claimIdempotencyKey(
  manager: EntityManager,
  identity: Identity,
  key: string | null | undefined,
  operation: string,
  recordId: string,
): Promise<string | null> {
  if (key === null || key === undefined) return null;
  const claimed: unknown[] = await manager.query(
    `INSERT INTO idempotency_key (caller, key, operation, record_id) VALUES ($1, $2, $3, $4) ON CONFLICT (caller, key) DO NOTHING RETURNING record_id`,
    [identity.sub, key, operation, recordId],
  );
  if (claimed.length) return null;
  const earlier = await manager.findOneByOrFail(IdempotencyKey, { caller: identity.sub, key });
  if (earlier.operation !== operation) throw badInput('idempotencyKey', 'reused', `idempotencyKey: already used for ${earlier.operation}`);
  return earlier.recordId;
}

/** Optimistic concurrency: a client that read version n may only change the record while it is still n. */
export function assertVersion(expected: number | null | undefined, actual: number, what: string): void {
  if (expected !== null && expected !== undefined && expected !== actual) {
    throw conflict(`${what} was changed by someone else (version ${actual}, expected ${expected}); reload and try again`);
  }
}
