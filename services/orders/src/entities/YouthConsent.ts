import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A youth's consent to share with one body (organisation unit), owned by partners and mirrored here
 * for access decisions: a social worker sees a youth only under a consent to their own unit that is
 * in force today. The id is the consent's id in partners.
 */
@Entity('youth_consent')
export class YouthConsent {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'PK_youth_consent' })
  id: string;

  @Index('ix_youth_consent_youth')
  @Column('uuid', { name: 'youth_id' })
  youthId: string;

  @Index('ix_youth_consent_body')
  @Column('uuid', { name: 'body_id' })
  bodyId: string;

  /** What the youth consented to share, as recorded in partners. */
  @Column('text')
  scope: string;

  @Column('date', { name: 'given_on' })
  givenOn: string;

  @Column('date', { name: 'withdrawn_on', nullable: true })
  withdrawnOn: string | null;
}
