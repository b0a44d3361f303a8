import { auditRecordsFor, isUuid } from '@mentor/common';
import { isAuditor, requireAuditor } from '../access/index.js';
import type { Context } from '../context.js';
import type { AuditLogRecordsArgs } from '../generated/resolvers.js';

export interface AuditLogReference {
  youthId: string;
}

/** DateTime arguments arrive as Dates (graphql-scalars); the generated type allows strings too. */
const asDate = (value: Date | string | null | undefined): Date | null => (value == null ? null : new Date(value));

/** An auditor's view of one youth's audit log: any youth id, no relation to the youth needed. */
export function auditLogOf(youthId: string, { identity }: Pick<Context, 'identity'>): AuditLogReference | null {
  return isAuditor(identity) && isUuid(youthId) ? { youthId } : null;
}

export const AuditLog = {
  __resolveReference: (reference: AuditLogReference, context: Context) => auditLogOf(reference.youthId, context),

  async records(log: AuditLogReference, args: Partial<AuditLogRecordsArgs>, context: Context) {
    requireAuditor(context.identity);
    // Reading the log is an export of it: recorded under the youth, seen in the log's next reading.
    await context.audit.read(log.youthId, 'AuditLog.records', true);
    const records = await auditRecordsFor(context.db, log.youthId, asDate(args.from), asDate(args.to));
    return records.map((record) => ({
      at: record.at,
      userId: record.userId,
      role: record.role,
      unit: record.unit,
      fields: record.allowedFields,
      deniedFields: record.deniedFields,
      purpose: record.purpose,
      requestId: record.requestId,
      outcome: record.outcome,
    }));
  },
};
