import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { EffectLevel, Recommendation } from '../domain.js';
import { Order } from './Order.js';

/** The assessment of the support's effect, made with the youth at least 14 days before the end. */
@Entity('effect_assessment')
export class EffectAssessment {
  @PrimaryColumn('uuid')
  id: string;

  @Index('ix_effect_assessment_order')
  @Column('uuid', { name: 'order_id' })
  orderId: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_effect_assessment_order' })
  order?: Order;

  @Column('date')
  date: string;

  @Column('text')
  effect: EffectLevel;

  @Column('text')
  assessment: string;

  @Column('text')
  recommendation: Recommendation;

  @Column('uuid', { name: 'recorded_by', nullable: true })
  recordedBy: string | null;

  /** The idempotency key of the request that created it (the claim is in `idempotency_key`). */
  @Column('text', { name: 'idempotency_key', nullable: true })
  idempotencyKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
