import { auditTableDown, auditTableUp, statementMigration } from '@mentor/common';

/** The audit trail of reads and changes of youths' personal data, one record per youth per request. */
export const AuditRecord1795360000000 = statementMigration('AuditRecord1795360000000', auditTableUp, auditTableDown);
