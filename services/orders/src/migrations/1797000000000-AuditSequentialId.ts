import { auditSequentialIdDown, auditSequentialIdUp, statementMigration } from '@mentor/common';

/** The audit record's key numbered in the order written, instead of a random UUID. */
export const AuditSequentialId1797000000000 = statementMigration('AuditSequentialId1797000000000', auditSequentialIdUp, auditSequentialIdDown);
