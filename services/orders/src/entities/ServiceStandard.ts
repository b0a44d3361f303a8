import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import type { ServiceStandardRules } from '../domain.js';

/** A municipality's rule set for mentor support (servicestandard), versioned with an effective date. */
@Entity('service_standard')
@Unique('uq_service_standard_version', ['municipalityCode', 'name', 'version'])
export class ServiceStandard {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'municipality_code' })
  municipalityCode: string;

  @Column('text')
  name: string;

  @Column('int')
  version: number;

  @Column('date', { name: 'effective_from' })
  effectiveFrom: string;

  @Column('jsonb')
  rules: ServiceStandardRules;
}
