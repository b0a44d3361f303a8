import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A replica of the relations the orders subgraph owns (caseworker unit, providers, mentors), so
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

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
