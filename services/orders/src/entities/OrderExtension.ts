import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Order } from './Order.js';

/** A further grant of weeks on an order (forlængelse). */
@Entity('order_extension')
export class OrderExtension {
  @PrimaryColumn('uuid')
  id: string;

  @Index('ix_order_extension_order')
  @Column('uuid', { name: 'order_id' })
  orderId: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_order_extension_order' })
  order?: Order;

  @Column('int')
  weeks: number;

  @Column('date', { name: 'previous_end_date' })
  previousEndDate: string;

  @Column('date', { name: 'new_end_date' })
  newEndDate: string;

  @Column('text', { name: 'special_justification', nullable: true })
  specialJustification: string | null;

  @Column('uuid', { name: 'granted_by', nullable: true })
  grantedBy: string | null;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;
}
