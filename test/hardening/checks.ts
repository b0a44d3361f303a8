import type { DataSource } from 'typeorm';
import type { ServiceName } from '@mentor/common';

/**
 * What a refusal may look like, and what an error must never carry: checks written as "what is
 * wrong" lists, so one failing assertion names every offending error at once.
 */

export interface ErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

/** The codes a client may be told when the system works as designed (DESIGN §7). */
export const deliberateCodes = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'SERVICE_UNAVAILABLE'] as const;

/** The gateway's refusal of a variable the schema itself does not accept: graphql-js coercion, no code. */
export function isVariableRefusal(error: ErrorShape): boolean {
  return error.extensions?.code === undefined && /^Variable "\$\w+" (got invalid value|of required type|of non-null type)/.test(error.message);
}

/** Text that only a server's internals produce: a stack frame, a file, SQL, a driver's or ORM's words. */
const internals: [string, RegExp][] = [
  ['stack frame', /\n\s+at |\bat [\w.<>]+ \(.*:\d+:\d+\)/],
  ['source file', /[\w/-]+\.(?:ts|js|cjs|mjs):\d+/],
  ['node_modules path', /node_modules/],
  ['SQL statement', /\b(?:SELECT\s[\s\S]*\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|ON CONFLICT|RETURNING\s)/i],
  ['SQL placeholder', /\$\d+\b/],
  ['PostgreSQL error', /syntax error at or near|invalid input syntax|violates (?:unique|foreign key|not-null|check) constraint|duplicate key value|relation "[^"]+" does not exist|column "[^"]+"|invalid byte sequence|out of range for type|numeric field overflow|value too long for type|index row size|terminating connection|Connection terminated|ECONNREFUSED|connect ETIMEDOUT/i],
  ['ORM or driver name', /QueryFailedError|TypeORM|EntityNotFound|\bpg-pool\b|DriverException/],
  ['table name', /\b(?:mentor_order|mentor_session|youth_link|idempotency_key|audit_record|audit_entry|schedule_entry|collaboration_feedback|youth_guide_assignment)\b/],
];

/**
 * What an error gives away that it should not. `sent` are the values the request carried: an
 * error may quote the caller's own input back (a rejected date, say) without leaking anything.
 */
export function leaks(error: ErrorShape, sent: readonly string[] = []): string[] {
  let message = error.message;
  for (const value of [...sent].filter((text) => text.length >= 3).sort((a, b) => b.length - a.length)) message = message.split(value).join('<sent>');
  const found = internals.filter(([, pattern]) => pattern.test(message)).map(([what]) => `${what} in "${message.slice(0, 200)}"`);
  for (const key of ['stacktrace', 'exception', 'stack', 'sql', 'query', 'driverError']) {
    if (error.extensions && key in error.extensions) found.push(`extensions.${key} present`);
  }
  return found;
}

/** Every string inside a value, for `leaks`. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  if (typeof value === 'number') return [String(value)];
  return [];
}

/**
 * A fingerprint of what a database stores: every row of every table, hashed per table, so a
 * refused change that rewrites a value (with the row count and versions unchanged) shows too.
 * Audit records are left out: refused requests are audited too, by design.
 */
export async function storedState(db: DataSource): Promise<Record<string, string>> {
  const tables = (await db.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('migrations', 'typeorm_metadata', 'audit_entry')
      ORDER BY table_name`,
  )) as { name: string }[];
  const parts = tables.map(({ name }) => `'${name}', (SELECT count(*)::text || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "${name}" t)`);
  const [row] = (await db.query(`SELECT json_build_object(${parts.join(', ')}) AS state`)) as [{ state: Record<string, string> }];
  return row.state;
}

export async function storedStates(databases: Record<ServiceName, DataSource>): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(databases).map(async ([service, db]) => Object.entries(await storedState(db)).map(([table, value]) => [`${service}.${table}`, value] as const)),
  );
  return Object.fromEntries(entries.flat());
}

/** The tables whose fingerprint differs, as `table: before → after`. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after })
    .filter((table) => before[table] !== after[table])
    .map((table) => `${table}: ${before[table] ?? 'absent'} → ${after[table] ?? 'absent'}`);
}
