import { PartnersSchema1763900000000 } from './1763900000000-PartnersSchema.js';
import { AuditRecord1764000000000 } from './1764000000000-AuditRecord.js';
import { RecordChecks1765000000000 } from './1765000000000-RecordChecks.js';
import { AuditKeys1766000000000 } from './1766000000000-AuditKeys.js';
import { RelationFacts1767000000000 } from './1767000000000-RelationFacts.js';
import { IdempotencyResultId1768000000000 } from './1768000000000-IdempotencyResultId.js';
import { Outbox1769000000000 } from './1769000000000-Outbox.js';
import { AuditSequentialId1770000000000 } from './1770000000000-AuditSequentialId.js';
import { AuditEntries1771000000000 } from './1771000000000-AuditEntries.js';

/** Every migration, oldest first; new ones are appended here explicitly. */
export const migrations = [PartnersSchema1763900000000, AuditRecord1764000000000, RecordChecks1765000000000, AuditKeys1766000000000, RelationFacts1767000000000, IdempotencyResultId1768000000000, Outbox1769000000000, AuditSequentialId1770000000000, AuditEntries1771000000000];
