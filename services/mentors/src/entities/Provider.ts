import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** Leverandør: a provider the municipality buys mentor support from. */
@Entity({ name: 'provider' })
@Check('CHK_provider_agreement_period', `"agreement_end_date" IS NULL OR ("agreement_start_date" IS NOT NULL AND "agreement_end_date" >= "agreement_start_date")`)
export class Provider {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Index('UQ_provider_cvr', { unique: true })
  @Column('char', { length: 8 })
  cvr: string;

  /** The activity catalogue of the provider's solution description; an order may only ask for these. */
  @Column('text', { array: true })
  activities: string[];

  @Column('int', { name: 'price_per_hour_ore' })
  pricePerHourOre: number;

  @Column('text', { name: 'municipality_codes', array: true })
  municipalityCodes: string[];

  /** The first day of the provider's agreement (rammeaftale) with the municipality; null when not recorded. */
  @Column('date', { name: 'agreement_start_date', nullable: true })
  agreementStartDate: string | null;

  /** The agreement's last day, once it has ended or an end is agreed; null while it runs on. */
  @Column('date', { name: 'agreement_end_date', nullable: true })
  agreementEndDate: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
