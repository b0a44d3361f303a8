import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ScheduleKind } from '../domain.js';
import { Order } from './Order.js';

/** A weekly or monthly plan (uge-/måneds­skema) handed to the youth at least a day before it takes effect. */
@Entity('schedule')
export class Schedule {
  @PrimaryColumn('uuid')
  id: string;

  @Index('ix_schedule_order')
  @Column('uuid', { name: 'order_id' })
  orderId: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_schedule_order' })
  order?: Order;

  @Column('text')
  kind: ScheduleKind;

  @Column('date', { name: 'valid_from' })
  validFrom: string;

  @Column('date', { name: 'valid_to' })
  validTo: string;

  @Column('timestamptz', { name: 'published_at' })
  publishedAt: Date;

  @Column('uuid', { name: 'published_by', nullable: true })
  publishedBy: string | null;

  /** The idempotency key of the request that created it (the claim is in `idempotency_key`). */
  @Column('text', { name: 'idempotency_key', nullable: true })
  idempotencyKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
