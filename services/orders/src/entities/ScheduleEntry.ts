import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Schedule } from './Schedule.js';

/** One planned meeting: when, where and which activity. */
@Entity('schedule_entry')
export class ScheduleEntry {
  @PrimaryColumn('uuid')
  id: string;

  @Index('ix_schedule_entry_schedule')
  @Column('uuid', { name: 'schedule_id' })
  scheduleId: string;

  @ManyToOne(() => Schedule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'schedule_id', foreignKeyConstraintName: 'fk_schedule_entry_schedule' })
  schedule?: Schedule;

  @Column('date')
  date: string;

  /** HH:MM, local time. */
  @Column('text', { name: 'start_time' })
  startTime: string;

  @Column('text', { name: 'end_time' })
  endTime: string;

  @Column('double precision')
  hours: number;

  @Column('text')
  place: string;

  @Column('text')
  activity: string;
}
