import { auditRecordsFor, forbidden, isUuid } from '@mentor/common';
import { mayReadAuditLog } from '../access/index.js';
import type { AuditLogResolvers } from '../generated/resolvers.js';

/** A DateTime argument as the audit query takes it (the scalar hands over a Date). */
function instant(value: Date | string | null | undefined): Date | null | undefined {
  return value === null || value === undefined ? value : new Date(value);
}

/** The orders subgraph owns the audit log; this subgraph adds the reads of the data it keeps. Auditors only. */
export const AuditLog: AuditLogResolvers = {
  __resolveReference: (reference, { identity }) => (mayReadAuditLog(identity) && isUuid(reference.youthId) ? { youthId: reference.youthId } : null),

  async partnerRecords(log, args, { audit, db, identity }) {
    if (!mayReadAuditLog(identity)) throw forbidden();
    // Reading the log is an export of it: recorded under the youth, seen in the log's next reading.
    await audit.read(log.youthId, 'AuditLog.partnerRecords', true);
    const records = await auditRecordsFor(db, log.youthId, instant(args.from), instant(args.to));
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
