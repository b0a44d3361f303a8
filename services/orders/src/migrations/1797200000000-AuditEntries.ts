import { auditEntriesDown, auditEntriesUp, statementMigration } from '@mentor/common';

/** One audit row per request and set of youths read alike; the `audit_record` view keeps one record per youth. */
export const AuditEntries1797200000000 = statementMigration('AuditEntries1797200000000', auditEntriesUp, auditEntriesDown);
