import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { screeningKinds, screeningResults, type ScreeningKind, type ScreeningResult } from './columns.js';
import { Mentor } from './Mentor.js';

/** The result of a børneattest or straffeattest check. The certificate itself is never stored. */
@Entity({ name: 'screening' })
export class Screening {
  @PrimaryColumn('uuid')
  id: string;

  @Index('IDX_screening_mentor')
  @Column('uuid', { name: 'mentor_id' })
  mentorId: string;

  @ManyToOne(() => Mentor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Mentor;

  @Column({ type: 'enum', enum: screeningKinds, enumName: 'screening_kind' })
  kind: ScreeningKind;

  @Column('date', { name: 'checked_on' })
  checkedOn: string;

  @Column({ type: 'enum', enum: screeningResults, enumName: 'screening_result' })
  result: ScreeningResult;

  @Column('text', { name: 'checked_by' })
  checkedBy: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
