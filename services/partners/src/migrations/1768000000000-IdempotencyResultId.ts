import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The idempotency_key table takes the shape every service shares (packages/common persistence.ts,
 * `claimIdempotencyKey`): the id the first request created is its `result_id`.
 */
export class IdempotencyResultId1768000000000 implements MigrationInterface {
  name = 'IdempotencyResultId1768000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_key" RENAME COLUMN "record_id" TO "result_id"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_key" RENAME COLUMN "result_id" TO "record_id"`);
  }
}
