import { auditKeysDown, auditKeysUp, statementMigration } from '@mentor/common';

/** Audit records keyed on the gateway's request id, the user and the youth; the client's request id beside them; records of searches and exports without a youth. */
export const AuditKeys1766000000000 = statementMigration('AuditKeys1766000000000', auditKeysUp, auditKeysDown);
