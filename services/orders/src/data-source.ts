import { AuditEntryEntity, type DataSourceSpec } from '@mentor/common';
import { EffectAssessment, FollowUp, MentorAgreement, MentorSession, Order, OrderExtension, Schedule, ScheduleEntry, ServiceStandard, Youth, YouthConsent } from './entities/index.js';
import { InitialSchema1795350000000 } from './migrations/1795350000000-InitialSchema.js';
import { AuditRecord1795360000000 } from './migrations/1795360000000-AuditRecord.js';
import { CaseFlow1796200000000 } from './migrations/1796200000000-CaseFlow.js';
import { AuditKeys1796300000000 } from './migrations/1796300000000-AuditKeys.js';
import { ConsentBodies1796400000000 } from './migrations/1796400000000-ConsentBodies.js';
import { OverlapJustification1796500000000 } from './migrations/1796500000000-OverlapJustification.js';
import { IdempotencyKeys1796600000000 } from './migrations/1796600000000-IdempotencyKeys.js';
import { Outbox1796700000000 } from './migrations/1796700000000-Outbox.js';
import { OrderScopeColumns1796900000000 } from './migrations/1796900000000-OrderScopeColumns.js';
import { AuditSequentialId1797000000000 } from './migrations/1797000000000-AuditSequentialId.js';
import { RelationListIndexes1797100000000 } from './migrations/1797100000000-RelationListIndexes.js';
import { AuditEntries1797200000000 } from './migrations/1797200000000-AuditEntries.js';

export const entities = [Youth, YouthConsent, ServiceStandard, Order, MentorAgreement, Schedule, ScheduleEntry, MentorSession, FollowUp, EffectAssessment, OrderExtension, AuditEntryEntity];

/** Listed explicitly, in order: a migration that is not here does not run. */
export const migrations: Function[] = [
  InitialSchema1795350000000,
  AuditRecord1795360000000,
  CaseFlow1796200000000,
  AuditKeys1796300000000,
  ConsentBodies1796400000000,
  OverlapJustification1796500000000,
  IdempotencyKeys1796600000000,
  Outbox1796700000000,
  OrderScopeColumns1796900000000,
  AuditSequentialId1797000000000,
  RelationListIndexes1797100000000,
  AuditEntries1797200000000,
];

export function dataSourceSpec(url: string): DataSourceSpec {
  return { url, entities, migrations };
}
