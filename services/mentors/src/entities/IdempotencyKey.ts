import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The first result of a create mutation per caller and key, so a repeated request returns it. */
@Entity({ name: 'idempotency_key' })
export class IdempotencyKey {
  @PrimaryColumn('text')
  caller: string;

  @PrimaryColumn('text')
  key: string;

  @Column('text')
  operation: string;

  @Column('uuid', { name: 'result_id' })
  resultId: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
