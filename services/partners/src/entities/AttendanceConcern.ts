import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Enrollment } from './Enrollment.js';

/** A concern about a youth's attendance, reported by the institution (bekymrende fravær). */
@Entity('attendance_concern')
export class AttendanceConcern {
  @PrimaryColumn('uuid')
  id: string;

  @Index('IDX_attendance_concern_enrollment')
  @Column('uuid', { name: 'enrollment_id' })
  enrollmentId: string;

  @ManyToOne(() => Enrollment, (enrollment) => enrollment.attendanceConcerns, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrollment_id' })
  enrollment: Enrollment;

  @Column('date', { name: 'reported_on' })
  reportedOn: string;

  @Column('text')
  description: string;

  /** The staff member's name as shown to partners. */
  @Column('text', { name: 'reported_by' })
  reportedBy: string;

  @Column('text', { name: 'reported_by_user_id' })
  reportedByUserId: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
