import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Provider } from './Provider.js';

/** Erfaringsopsamling: the provider's annual experience report; public once submitted. */
@Entity({ name: 'experience_report' })
@Index('UQ_experience_report_provider_year', ['providerId', 'year'], { unique: true })
export class ExperienceReport {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'provider_id' })
  providerId: string;

  @ManyToOne(() => Provider, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Provider;

  /** The agreement year the report covers. */
  @Column('int')
  year: number;

  @Column('text', { array: true })
  themes: string[];

  @Column('text')
  text: string;

  /** Null while the report is a draft. */
  @Column('date', { name: 'submitted_on', nullable: true })
  submittedOn: string | null;

  @Column('boolean', { default: false })
  published: boolean;

  /** Raised by every change; a mutation given a stale `expectedVersion` is refused. */
  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
