import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One support at a time: the caseworker's recorded reason for an order beside an open one of the same youth in the same period. */
export class OverlapJustification1796500000000 implements MigrationInterface {
  name = 'OverlapJustification1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mentor_order" ADD "overlap_justification" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mentor_order" DROP COLUMN "overlap_justification"`);
  }
}
