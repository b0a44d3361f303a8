import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from './Organisation.js';

export const institutionTypes = ['VOCATIONAL', 'ADULT_EDUCATION', 'PRODUCTION_SCHOOL', 'OTHER'] as const;
export type InstitutionType = (typeof institutionTypes)[number];

/** Only approved vocational schools and adult education centres may host an order (000 §1.3). */
export const orderableInstitutionTypes: readonly InstitutionType[] = ['VOCATIONAL', 'ADULT_EDUCATION'];

/** The institution facts of an organisation of kind INSTITUTION; it shares the organisation's id. */
@Entity('institution')
@Check('CHK_institution_number', `"institution_number" ~ '^[0-9]{6}$'`)
export class Institution {
  @PrimaryColumn('uuid')
  id: string;

  @OneToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'id' })
  organisation: Organisation;

  @Index('UQ_institution_number', { unique: true })
  @Column('varchar', { name: 'institution_number', length: 6 })
  institutionNumber: string;

  @Column({ type: 'enum', enum: institutionTypes, enumName: 'institution_type' })
  type: InstitutionType;

  @Column('boolean')
  approved: boolean;

  @Column('text')
  address: string;

  @Column('int', { default: 1 })
  version: number;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

export function isOrderable(institution: Pick<Institution, 'approved' | 'type'>): boolean {
  return institution.approved && orderableInstitutionTypes.includes(institution.type);
}
