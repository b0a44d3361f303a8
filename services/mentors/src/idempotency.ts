import { badInput, type Identity } from '@mentor/common';
import type { EntityManager } from 'typeorm';

/**
 * Claims `key` for this caller inside the mutation's transaction, naming the record the mutation is
 * about to create. Returns the id of the first result when the key was used before, null when the
 * claim is new. A concurrent repeat waits on the key's row until the first transaction ends.
 */
export async function claimIdempotencyKey(
  manager: EntityManager,
  identity: Identity,
  operation: string,
  key: string | null | undefined,
  resultId: string,
): Promise<string | null> {
  if (key === null || key === undefined) return null;
  const inserted: unknown[] = await manager.query(
    `INSERT INTO idempotency_key (caller, key, operation, result_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (caller, key) DO NOTHING RETURNING result_id`,
    [identity.sub, key, operation, resultId],
  );
  if (inserted.length) return null;
  const [first] = (await manager.query('SELECT operation, result_id FROM idempotency_key WHERE caller = $1 AND key = $2', [identity.sub, key])) as {
    operation: string;
    result_id: string;
  }[];
  if (!first) return null;
  if (first.operation !== operation) throw badInput('idempotencyKey', 'reused', `idempotencyKey: already used for ${first.operation}`);
  return first.result_id;
}

/** PostgreSQL's unique_violation, raised when a concurrent request inserted the same unique value first. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError ?? (error as { code?: string; constraint?: string });
  return driverError?.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}
