import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Organisation, organisationKinds, type OrganisationKind } from './Organisation.js';

/** A youth's consent (samtykke) to share information with a cooperating body. */
@Entity('consent')
@Check('CHK_consent_withdrawn', `"withdrawn_on" IS NULL OR "withdrawn_on" >= "given_on"`)
export class Consent {
  @PrimaryColumn('uuid')
  id: string;

  @Index('IDX_consent_youth')
  @Column('uuid', { name: 'youth_id' })
  youthId: string;

  @Column('uuid', { name: 'body_id' })
  bodyId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  body: Organisation;

  /** Copied from the body when recorded, so scoping never needs a join. */
  @Column({ name: 'body_kind', type: 'enum', enum: organisationKinds, enumName: 'organisation_kind' })
  bodyKind: OrganisationKind;

  @Column('text')
  scope: string;

  @Column('date', { name: 'given_on' })
  givenOn: string;

  @Column('date', { name: 'withdrawn_on', nullable: true })
  withdrawnOn: string | null;

  @Column('text', { name: 'recorded_by' })
  recordedBy: string;

  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
