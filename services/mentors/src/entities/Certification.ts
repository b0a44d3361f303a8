import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { mentorKinds, type MentorKind } from './columns.js';
import { Mentor } from './Mentor.js';

/** Certificering: given by the mentor's nearest manager, with an action-oriented task description. */
@Entity({ name: 'certification' })
export class Certification {
  @PrimaryColumn('uuid')
  id: string;

  @Index('IDX_certification_mentor')
  @Column('uuid', { name: 'mentor_id' })
  mentorId: string;

  @ManyToOne(() => Mentor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Mentor;

  @Column({ type: 'enum', enum: mentorKinds, enumName: 'mentor_kind' })
  kind: MentorKind;

  @Column('text', { name: 'issued_by' })
  issuedBy: string;

  /** ISO date (YYYY-MM-DD). */
  @Column('date', { name: 'issued_on' })
  issuedOn: string;

  /** The last day the certification is valid. */
  @Column('date', { name: 'valid_until' })
  validUntil: string;

  @Column('text', { name: 'task_description' })
  taskDescription: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
