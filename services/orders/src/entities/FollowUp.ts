import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Progression } from '../domain.js';
import { Order } from './Order.js';

/** The caseworker's follow-up (opfølgning), due at least every 13 weeks. */
@Entity('follow_up')
export class FollowUp {
  @PrimaryColumn('uuid')
  id: string;

  @Index('ix_follow_up_order')
  @Column('uuid', { name: 'order_id' })
  orderId: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_follow_up_order' })
  order?: Order;

  @Column('date')
  date: string;

  @Column('text', { name: 'status_assessment' })
  statusAssessment: string;

  @Column('text')
  progression: Progression;

  @Column('text', { name: 'next_step' })
  nextStep: string;

  @Column('uuid', { name: 'recorded_by', nullable: true })
  recordedBy: string | null;

  /** The idempotency key of the request that created it (the claim is in `idempotency_key`). */
  @Column('text', { name: 'idempotency_key', nullable: true })
  idempotencyKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
