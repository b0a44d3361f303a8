import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What partners must know from orders before it lets a relation be created (SECURITY.md "Who
 * creates a relation"): the youth's orders, so collaboration feedback is read by the unit whose
 * order it is, and the institutions of the youth's placed orders, so a school enrolls only a youth
 * whose order is delivered there. Links written before this carry neither until orders next sends
 * the youth's link: until then they open nothing, which is the safe side.
 */
export class RelationFacts1767000000000 implements MigrationInterface {
  name = 'RelationFacts1767000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "youth_link" ADD "order_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "youth_link" ADD "placed_institution_ids" uuid array NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "youth_link" DROP COLUMN "placed_institution_ids"`);
    await queryRunner.query(`ALTER TABLE "youth_link" DROP COLUMN "order_ids"`);
  }
}
