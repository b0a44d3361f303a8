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

  @Column('uuid', { name: 'record_id' })
  recordId: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
