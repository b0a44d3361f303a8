import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AttendanceConcern } from './AttendanceConcern.js';
import { Institution } from './Institution.js';

export const enrollmentStatuses = ['ACTIVE', 'COMPLETED', 'TRANSFERRED', 'DROPPED_OUT'] as const;
export type EnrollmentStatus = (typeof enrollmentStatuses)[number];

/** A youth's enrollment in a programme at an institution, as the institution reports it. */
@Entity('enrollment')
// The rules in src/rules hold these too; the database keeps them whatever path a row takes.
@Check('CHK_enrollment_ended', `("status" = 'ACTIVE') = ("ended_on" IS NULL)`)
@Check('CHK_enrollment_dates', `("expected_end_date" IS NULL OR "expected_end_date" > "start_date") AND ("ended_on" IS NULL OR "ended_on" >= "start_date")`)
@Index('IDX_enrollment_institution_status', ['institutionId', 'status'])
@Index('UQ_enrollment_active', ['youthId', 'institutionId'], { unique: true, where: `"status" = 'ACTIVE'` })
export class Enrollment {
  @PrimaryColumn('uuid')
  id: string;

  @Index('IDX_enrollment_youth')
  @Column('uuid', { name: 'youth_id' })
  youthId: string;

  @Column('uuid', { name: 'institution_id' })
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id' })
  institution: Institution;

  @Column('text')
  programme: string;

  @Column('date', { name: 'start_date' })
  startDate: string;

  @Column('date', { name: 'expected_end_date', nullable: true })
  expectedEndDate: string | null;

  @Column({ type: 'enum', enum: enrollmentStatuses, enumName: 'enrollment_status', default: 'ACTIVE' })
  status: EnrollmentStatus;

  /** The day the enrollment ended, when it is no longer ACTIVE. */
  @Column('date', { name: 'ended_on', nullable: true })
  endedOn: string | null;

  @Column('text', { name: 'created_by' })
  createdBy: string;

  @Column('int', { default: 1 })
  version: number;

  @OneToMany(() => AttendanceConcern, (concern) => concern.enrollment)
  attendanceConcerns: AttendanceConcern[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
