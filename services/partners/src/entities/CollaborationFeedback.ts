import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A partner's rating of the cooperation around one order (success criterion 4). One per order and
 * organisation; giving it again revises it. The organisation may be a provider, which lives in the
 * mentors subgraph, so there is no foreign key.
 */
@Entity('collaboration_feedback')
@Index('UQ_collaboration_feedback_order_organisation', ['orderId', 'organisationId'], { unique: true })
@Check('CHK_collaboration_feedback_rating', `"rating" BETWEEN 1 AND 5`)
export class CollaborationFeedback {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'order_id' })
  orderId: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId: string;

  @Column('int')
  rating: number;

  @Column('text', { nullable: true })
  comment: string | null;

  @Column('date', { name: 'given_on' })
  givenOn: string;

  @Column('text', { name: 'given_by' })
  givenBy: string;

  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
