import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The first result of a create mutation, per caller and key, so a repeat returns it instead of creating another. */
@Entity('idempotency_key')
export class IdempotencyKey {
  @PrimaryColumn('text')
  caller: string;

  @PrimaryColumn('text')
  key: string;

  @Column('text')
  operation: string;

  /** The id of what the first request created. */
  @Column('uuid', { name: 'result_id' })
  resultId: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
