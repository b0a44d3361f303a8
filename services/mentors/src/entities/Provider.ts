import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** Leverandør: a provider the municipality buys mentor support from. */
@Entity({ name: 'provider' })
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

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
