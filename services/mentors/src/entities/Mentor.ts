import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { mentorKinds, mentorStatuses, numericAsNumber, type MentorKind, type MentorStatus } from './columns.js';
import { Provider } from './Provider.js';

/** A mentor employed by (or volunteering with) a provider. The id doubles as the mentor's user id. */
@Entity({ name: 'mentor' })
@Index('IDX_mentor_provider_name', ['providerId', 'lastName', 'firstName', 'id'])
@Index('IDX_mentor_name', ['lastName', 'firstName', 'id'])
export class Mentor {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'provider_id' })
  providerId: string;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Provider;

  @Column('text', { name: 'first_name' })
  firstName: string;

  @Column('text', { name: 'last_name' })
  lastName: string;

  @Column('text', { nullable: true })
  phone: string | null;

  @Column('text', { nullable: true })
  email: string | null;

  @Column({ type: 'enum', enum: mentorKinds, enumName: 'mentor_kind' })
  kind: MentorKind;

  /** ISO 639-1 codes. */
  @Column('text', { array: true })
  languages: string[];

  @Column('text', { name: 'target_groups', array: true })
  targetGroups: string[];

  @Column('numeric', { name: 'capacity_hours_per_week', precision: 4, scale: 1, transformer: numericAsNumber })
  capacityHoursPerWeek: number;

  @Column({ type: 'enum', enum: mentorStatuses, enumName: 'mentor_status', default: 'ACTIVE' })
  status: MentorStatus;

  /** Raised by every change; a mutation given a stale `expectedVersion` is refused. */
  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
