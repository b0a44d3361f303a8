import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { SessionForm, SessionPhase, SessionPlace } from '../domain.js';
import { Order } from './Order.js';

/** One logged contact between mentor and youth (kontaktlog), with the journal note. */
@Entity('mentor_session')
@Check('ck_session_minutes', `"minutes" > 0`)
export class MentorSession {
  @PrimaryColumn('uuid')
  id: string;

  @Index('ix_session_order')
  @Column('uuid', { name: 'order_id' })
  orderId: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_session_order' })
  order?: Order;

  @Column('uuid', { name: 'mentor_id' })
  mentorId: string;

  @Column('date')
  date: string;

  @Column('int')
  minutes: number;

  @Column('text')
  form: SessionForm;

  @Column('text', { nullable: true })
  place: SessionPlace | null;

  @Column('text', { name: 'special_reason', nullable: true })
  specialReason: string | null;

  @Column('boolean', { name: 'home_visit_consent', default: false })
  homeVisitConsent: boolean;

  @Column('text', { array: true, default: () => "'{}'" })
  activities: string[];

  @Column('text', { name: 'journal_note' })
  journalNote: string;

  @Column('text')
  phase: SessionPhase;

  /** The idempotency key of the request that created it (the claim is in `idempotency_key`). */
  @Column('text', { name: 'idempotency_key', nullable: true })
  idempotencyKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
