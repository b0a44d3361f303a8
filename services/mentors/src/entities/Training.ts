import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { numericAsNumber } from './columns.js';
import { Mentor } from './Mentor.js';

/** Oplæring: a training course the mentor took. */
@Entity({ name: 'training' })
export class Training {
  @PrimaryColumn('uuid')
  id: string;

  @Index('IDX_training_mentor')
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
