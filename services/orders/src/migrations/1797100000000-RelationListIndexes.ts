import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A provider's and an institution's order lists read a page in their sort order from an index on
 * the parent and the reference, and count from it alone; the indexes on the parent column alone
 * are covered by them.
 */
export class RelationListIndexes1797100000000 implements MigrationInterface {
  name = 'RelationListIndexes1797100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_order_provider_reference" ON "mentor_order" ("provider_id", "reference") `);
    await queryRunner.query(`CREATE INDEX "ix_order_institution_reference" ON "mentor_order" ("institution_id", "reference") `);
    await queryRunner.query(`DROP INDEX "ix_order_provider"`);
    await queryRunner.query(`DROP INDEX "ix_order_institution"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_order_institution" ON "mentor_order" ("institution_id") `);
    await queryRunner.query(`CREATE INDEX "ix_order_provider" ON "mentor_order" ("provider_id") `);
    await queryRunner.query(`DROP INDEX "ix_order_institution_reference"`);
    await queryRunner.query(`DROP INDEX "ix_order_provider_reference"`);
  }
}
