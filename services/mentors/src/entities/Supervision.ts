import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { numericAsNumber } from './columns.js';
import { Mentor } from './Mentor.js';

/** Supervision: individual or group supervision of the mentor in the mentor role. */
@Entity({ name: 'supervision' })
export class Supervision {
  @PrimaryColumn('uuid')
  id: string;

  @Index('IDX_supervision_mentor')
  @Column('uuid', { name: 'mentor_id' })
  mentorId: string;

  @ManyToOne(() => Mentor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Mentor;

  @Column('date', { name: 'held_on' })
  heldOn: string;

  @Column('text')
  topic: string;

  @Column('numeric', { precision: 4, scale: 1, transformer: numericAsNumber })
  hours: number;

  @Column('text', { name: 'given_by' })
  givenBy: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
