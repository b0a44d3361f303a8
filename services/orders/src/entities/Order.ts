import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { GoalKind, OrderStatus, OutcomeKind, TargetGroup } from '../domain.js';
import { ServiceStandard } from './ServiceStandard.js';
import { Youth } from './Youth.js';

/** Ordre: the municipality's purchase of mentor support for one youth from one provider. */
@Entity('mentor_order')
@Unique('uq_order_reference', ['reference'])
@Check('ck_order_status', `"status" IN ('DRAFT', 'PLACED', 'ACCEPTED', 'ACTIVE', 'COMPLETED', 'REJECTED', 'CANCELLED')`)
@Check('ck_order_hours', `"weekly_hours" > 0 AND "weeks" > 0 AND "end_date" >= "start_date"`)
@Check('ck_order_satisfaction', `"youth_satisfaction" BETWEEN 1 AND 5`)
// The lists' scopes with their sort key (loaders.ts, orderSort): a unit's or a guide's newest orders read from one index.
@Index('ix_order_caseworker_unit_reference', ['caseworkerUnitId', 'reference'])
@Index('ix_order_youth_guide_reference', ['youthGuideId', 'reference'])
// A provider's and an institution's orders, newest first, page by page (loaders.ts, ordersOf).
@Index('ix_order_provider_reference', ['providerId', 'reference'])
@Index('ix_order_institution_reference', ['institutionId', 'reference'])
export class Order {
  @PrimaryColumn('uuid')
  id: string;

  /** ORD-2026-000123, numbered from a sequence. */
  @Column('text')
  reference: string;

  @Index('ix_order_youth')
  @Column('uuid', { name: 'youth_id' })
  youthId: string;

  @ManyToOne(() => Youth, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'youth_id', foreignKeyConstraintName: 'fk_order_youth' })
  youth?: Youth;

  /**
   * The youth's caseworker unit and youth guide, copied onto the order so the lists scope on the
   * order row alone. Database triggers keep them the youth's (migration 1796900000000): they are
   * written on every insert and on every change of the youth, whatever the write path.
   */
  @Column('uuid', { name: 'caseworker_unit_id' })
  caseworkerUnitId: string;

  @Column('uuid', { name: 'youth_guide_id', nullable: true })
  youthGuideId: string | null;

  /** A provider in the mentors subgraph: a federation key, no foreign key. */
  @Column('uuid', { name: 'provider_id' })
  providerId: string;

  @Index('ix_order_mentor')
  @Column('uuid', { name: 'mentor_id', nullable: true })
  mentorId: string | null;

  /** An institution in the partners subgraph. */
  @Column('uuid', { name: 'institution_id' })
  institutionId: string;

  @Column('uuid', { name: 'service_standard_id', nullable: true })
  serviceStandardId: string | null;

  @ManyToOne(() => ServiceStandard, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_standard_id', foreignKeyConstraintName: 'fk_order_service_standard' })
  serviceStandard?: ServiceStandard;

  @Column('text', { name: 'target_group' })
  targetGroup: TargetGroup;

  @Column('text', { name: 'legal_basis' })
  legalBasis: string;

  @Column('text', { name: 'goal_kind' })
  goalKind: GoalKind;

  @Column('text')
  goal: string;

  @Column('text', { array: true, default: () => "'{}'" })
  tasks: string[];

  @Column('text', { name: 'requested_activities', array: true, default: () => "'{}'" })
  requestedActivities: string[];

  /** Average hours per week in 1:1 contact. */
  @Column('double precision', { name: 'weekly_hours' })
  weeklyHours: number;

  /** All granted weeks, extensions included. */
  @Column('int')
  weeks: number;

  @Column('date', { name: 'start_date' })
  startDate: string;

  @Column('date', { name: 'end_date' })
  endDate: string;

  @Column('text', { name: 'delivery_municipality_code' })
  deliveryMunicipalityCode: string;

  @Index('ix_order_status')
  @Column('text')
  status: OrderStatus;

  @Column('text', { name: 'sps_clarification', nullable: true })
  spsClarification: string | null;

  @Column('date', { name: 'sps_clarified_on', nullable: true })
  spsClarifiedOn: string | null;

  /** Why the caseworker placed this order beside an open one of the same youth in the same period. */
  @Column('text', { name: 'overlap_justification', nullable: true })
  overlapJustification: string | null;

  @Column('text', { name: 'rejection_reason', nullable: true })
  rejectionReason: string | null;

  @Column('text', { name: 'cancellation_reason', nullable: true })
  cancellationReason: string | null;

  @Column('text', { name: 'outcome_kind', nullable: true })
  outcomeKind: OutcomeKind | null;

  @Column('int', { name: 'youth_satisfaction', nullable: true })
  youthSatisfaction: number | null;

  @Column('text', { name: 'outcome_note', nullable: true })
  outcomeNote: string | null;

  /** The day the order became ACTIVE (agreement signed, mentor assigned); null for an order that never was. */
  @Column('date', { name: 'activated_on', nullable: true })
  activatedOn: string | null;

  /** When the order became COMPLETED, REJECTED or CANCELLED; a mentor keeps access for the grace period after (access/scope.ts, MENTOR_GRACE_DAYS). */
  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  /** The idempotency key of the request that created it (the claim is in `idempotency_key`). */
  @Column('text', { name: 'idempotency_key', nullable: true })
  idempotencyKey: string | null;

  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
