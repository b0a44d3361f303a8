import { assertRules, auditLogEntries, isUuid } from '@mentor/common';
import { isAuditor, requireAuditor } from '../access/index.js';
import type { Context } from '../context.js';
import type { AuditLogRecordsArgs } from '../generated/resolvers.js';
import { AUDIT_CPR_SEARCH, auditSearchCpr, unknownCprId } from '../rules/audit-search.js';

export interface AuditLogReference {
  youthId: string;
}

/** An auditor's view of one youth's audit log: any youth id, no relation to the youth needed. */
export function auditLogOf(youthId: string, { identity }: Pick<Context, 'identity'>): AuditLogReference | null {
  return isAuditor(identity) && isUuid(youthId) ? { youthId } : null;
}

/**
 * An auditor's search of a youth's audit log by CPR number (a data-subject access request comes with
 * one). The search is recorded by its kind, never the number, and under the id it found, as
 * `youths(search:)` records a match. A number that belongs to no youth gets the log of an id made
 * from it (`unknownCprId`): an empty history, recorded alike, so the answer never tells whether the
 * number is a youth's.
 */
export async function auditLogByCpr(cpr: string, context: Pick<Context, 'identity' | 'db' | 'audit'>, pseudonymKey: string): Promise<AuditLogReference | null> {
  if (!isAuditor(context.identity)) return null;
  context.audit.action(AUDIT_CPR_SEARCH);
  const search = auditSearchCpr(cpr);
  if (search.violation) assertRules([search.violation]);
  const [youth] = (await context.db.query('SELECT id FROM youth WHERE cpr = $1', [search.cpr])) as { id: string }[];
  const youthId = youth?.id ?? unknownCprId(search.cpr!, pseudonymKey);
  await context.audit.read(youthId, AUDIT_CPR_SEARCH, true);
  return { youthId };
}

export const AuditLog = {
  __resolveReference: (reference: AuditLogReference, context: Context) => auditLogOf(reference.youthId, context),

  async records(log: AuditLogReference, args: Partial<AuditLogRecordsArgs>, context: Context) {
    requireAuditor(context.identity);
    // Reading the log is an export of it: recorded under the youth, seen in the log's next reading.
    await context.audit.read(log.youthId, 'AuditLog.records', true);
    return auditLogEntries(context.db, log.youthId, args.from, args.to);
  },
};
