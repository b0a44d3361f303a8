import { auditTableDown, auditTableUp, statementMigration } from '@mentor/common';

/** The audit trail of reads of youths' enrollments, attendance concerns, consents and youth guides (DESIGN §4 "Audit"). */
export const AuditRecord1764000000000 = statementMigration('AuditRecord1764000000000', auditTableUp, auditTableDown);
