import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A replica of the relations the orders subgraph owns (caseworker unit, providers, mentors, orders), so
 * this subgraph decides access from data it stores itself (DESIGN §2).
 */
@Entity('youth_link')
export class YouthLink {
  @PrimaryColumn('uuid', { name: 'youth_id' })
  youthId: string;

  @Index('IDX_youth_link_caseworker_unit')
  @Column('uuid', { name: 'caseworker_unit_id' })
  caseworkerUnitId: string;

  @Column('uuid', { name: 'provider_ids', array: true, default: () => `'{}'` })
  providerIds: string[];

  @Column('uuid', { name: 'mentor_ids', array: true, default: () => `'{}'` })
  mentorIds: string[];

  /** Every order of the youth: collaboration feedback on one is read by the youth's unit. */
  @Column('uuid', { name: 'order_ids', array: true, default: () => `'{}'` })
  orderIds: string[];

  /** The institutions of the youth's placed orders (not DRAFT, REJECTED or CANCELLED): where staff may enroll the youth. */
  @Column('uuid', { name: 'placed_institution_ids', array: true, default: () => `'{}'` })
  placedInstitutionIds: string[];

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
