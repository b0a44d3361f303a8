import { IdempotencyKeyEntity, type DataSourceSpec } from '@mentor/common';
import { MentorsSchema1763900000000 } from './migrations/1763900000000-MentorsSchema.js';
import { ProviderAgreement1796100000000 } from './migrations/1796100000000-ProviderAgreement.js';
import { Certification, ExperienceReport, Mentor, Provider, Screening, Supervision, Training } from './entities/index.js';

export const entities = [Provider, Mentor, Certification, Screening, Training, Supervision, ExperienceReport, IdempotencyKeyEntity];

/** Every migration, oldest first; TypeORM runs the ones the database has not seen. */
export const migrations: Function[] = [MentorsSchema1763900000000, ProviderAgreement1796100000000];

export function dataSourceSpec(url: string): DataSourceSpec {
  return { url, entities, migrations };
}
