import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { Order } from './Order.js';

/** The written mentor agreement (aftale om mentorstøtte): the six items, snapshotted when signed. */
@Entity('mentor_agreement')
@Unique('uq_agreement_order', ['orderId'])
export class MentorAgreement {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'order_id' })
  orderId: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_agreement_order' })
  order?: Order;

  @Column('text')
  goal: string;

  @Column('text', { name: 'mentor_name' })
  mentorName: string;

  @Column('text', { name: 'mentor_contact' })
  mentorContact: string;

  @Column('text', { array: true, default: () => "'{}'" })
  tasks: string[];

  @Column('date', { name: 'start_date' })
  startDate: string;

  @Column('date', { name: 'end_date' })
  endDate: string;

  @Column('double precision', { name: 'weekly_hours' })
  weeklyHours: number;

  @Column('double precision', { name: 'total_hours' })
  totalHours: number;

  @Column('text', { name: 'complaint_guidance' })
  complaintGuidance: string;

  @Column('date', { name: 'signed_on' })
  signedOn: string;

  @Column('uuid', { name: 'signed_by', nullable: true })
  signedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
