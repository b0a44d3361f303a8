import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { TargetGroup } from '../domain.js';

/** A young person with a case at the municipality; the CPR number is unique across units. */
@Entity('youth')
@Unique('uq_youth_cpr', ['cpr'])
export class Youth {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'first_name' })
  firstName: string;

  @Column('text', { name: 'last_name' })
  lastName: string;

  /** DDMMYY-SSSS. */
  @Column('text')
  cpr: string;

  @Column('date', { name: 'birth_date' })
  birthDate: string;

  @Column('text')
  address: string;

  @Column('text', { nullable: true })
  phone: string | null;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('text', { name: 'target_group' })
  targetGroup: TargetGroup;

  @Column('text', { name: 'legal_basis' })
  legalBasis: string;

  @Column('text', { name: 'special_needs', nullable: true })
  specialNeeds: string | null;

  @Column('text', { name: 'health_notes', nullable: true })
  healthNotes: string | null;

  @Column('text', { name: 'case_notes', nullable: true })
  caseNotes: string | null;

  @Index('ix_youth_caseworker_unit')
  @Column('uuid', { name: 'caseworker_unit_id' })
  caseworkerUnitId: string;

  @Index('ix_youth_youth_guide')
  @Column('uuid', { name: 'youth_guide_id', nullable: true })
  youthGuideId: string | null;

  /** The youth's recorded consent to meet the mentor at home (seed 000 §2), recorded by the caseworker. */
  @Column('boolean', { name: 'home_visit_consent', default: false })
  homeVisitConsent: boolean;

  /** When the consent to home visits was last given or withdrawn. */
  @Column('date', { name: 'home_visit_consent_on', nullable: true })
  homeVisitConsentOn: string | null;

  /** Institutions the youth is enrolled at, mirrored from partners for access decisions. */
  @Column('uuid', { name: 'institution_ids', array: true, default: () => "'{}'" })
  institutionIds: string[];

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  /** The idempotency key of the request that created it (the claim is in `idempotency_key`). */
  @Column('text', { name: 'idempotency_key', nullable: true })
  idempotencyKey: string | null;

  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
