import { auditLogEntries, forbidden, isUuid } from '@mentor/common';
import { mayReadAuditLog } from '../access/index.js';
import type { AuditLogResolvers } from '../generated/resolvers.js';

/** The orders subgraph owns the audit log; this subgraph adds the reads of the data it keeps. Auditors only. */
export const AuditLog: AuditLogResolvers = {
  __resolveReference: (reference, { identity }) => (mayReadAuditLog(identity) && isUuid(reference.youthId) ? { youthId: reference.youthId } : null),

  async partnerRecords(log, args, { audit, db, identity }) {
    if (!mayReadAuditLog(identity)) throw forbidden();
    // Reading the log is an export of it: recorded under the youth, seen in the log's next reading.
    await audit.read(log.youthId, 'AuditLog.partnerRecords', true);
    return auditLogEntries(db, log.youthId, args.from, args.to);
  },
};
