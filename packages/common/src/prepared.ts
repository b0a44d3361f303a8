import pg from 'pg';

/**
 * Named prepared statements for the hot, fixed SQL texts (the loaders' and the audit write's). A
 * text sent unnamed is parsed and planned by PostgreSQL on every execution, which for the loaders'
 * small lookups costs more than running them; a named one is parsed once per connection, and after
 * five executions PostgreSQL may keep one generic plan for it. Call sites mark a text with
 * `prepared` and send it through TypeORM's `query()` as before (so statements stay counted and
 * traced); the pool's clients send a marked text under its name.
 */
const names = new Map<string, string>();

/**
 * At most this many distinct texts are prepared: each is kept by every connection that ran it.
 * The marked texts are a fixed set (one per statement shape and role combination); beyond the bound
 * a text goes unnamed, as before.
 */
export const MAX_PREPARED_STATEMENTS = 500;

/** Marks an SQL text to be sent as a named prepared statement; returns it unchanged. */
export function prepared(text: string): string {
  if (!names.has(text) && names.size < MAX_PREPARED_STATEMENTS) names.set(text, `mentor_${names.size}`);
  return text;
}

/** The name a marked text is prepared under, if it is marked. */
export function preparedName(text: string): string | undefined {
  return names.get(text);
}

/**
 * The pool's client class: a text marked with `prepared` and sent with parameters goes as a named
 * statement; everything else exactly as `pg.Client` sends it.
 */
export class PreparingClient extends pg.Client {}

type Send = (this: pg.Client, ...args: unknown[]) => unknown;
const send = pg.Client.prototype.query as unknown as Send;
(PreparingClient.prototype as unknown as { query: Send }).query = function (this: pg.Client, ...args: unknown[]) {
  const [text, values] = args;
  const name = typeof text === 'string' && Array.isArray(values) ? names.get(text) : undefined;
  return name ? send.call(this, { name, text, values }, ...args.slice(2)) : send.apply(this, args);
};
