import { auditRecordsFor, forbidden, isUuid } from '@mentor/common';
import { hasRole } from '../access.js';
import type { PartnersContext } from '../context.js';

interface AuditLogReference {
  youthId: string;
}

interface RecordsArgs {
  from?: Date | null;
  to?: Date | null;
}

/** The orders subgraph owns the audit log; this subgraph adds the reads of the data it keeps. Auditors only. */
export const AuditLog = {
  __resolveReference: (reference: AuditLogReference, { identity }: PartnersContext): AuditLogReference | null =>
    hasRole(identity, 'AUDITOR') && isUuid(reference.youthId) ? { youthId: reference.youthId } : null,

  async partnerRecords(log: AuditLogReference, args: RecordsArgs, { audit, db, identity }: PartnersContext) {
    if (!hasRole(identity, 'AUDITOR')) throw forbidden();
    // Reading the log is an export of it: recorded under the youth, seen in the log's next reading.
    await audit.read(log.youthId, 'AuditLog.partnerRecords', true);
    const records = await auditRecordsFor(db, log.youthId, args.from, args.to);
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
