import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from './Organisation.js';

/** A youth's KUI youth guide (ungeguide) for a period; at most one assignment is open per youth. */
@Entity('youth_guide_assignment')
@Check('CHK_youth_guide_assignment_dates', `"to_date" IS NULL OR "to_date" >= "from_date"`)
@Index('UQ_youth_guide_assignment_open', ['youthId'], { unique: true, where: `"to_date" IS NULL` })
export class YouthGuideAssignment {
  @PrimaryColumn('uuid')
  id: string;

  @Index('IDX_youth_guide_assignment_youth')
  @Column('uuid', { name: 'youth_id' })
  youthId: string;

  @Index('IDX_youth_guide_assignment_guide')
  @Column('uuid', { name: 'guide_user_id' })
  guideUserId: string;

  @Column('text', { name: 'guide_name' })
  guideName: string;

  @Column('uuid', { name: 'kui_organisation_id' })
  kuiOrganisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kui_organisation_id' })
  kuiOrganisation: Organisation;

  @Column('date', { name: 'from_date' })
  fromDate: string;

  @Column('date', { name: 'to_date', nullable: true })
  toDate: string | null;

  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
