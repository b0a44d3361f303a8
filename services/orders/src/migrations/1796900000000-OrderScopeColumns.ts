import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The caseworker unit and youth guide of an order's youth, stored on the order row, so the lists
 * scope orders on the row itself (with the list's sort key in the same index) instead of through
 * the youth table. They are the youth's, never the order's own: a trigger copies them when an order
 * is written or moved to another youth, and another carries a youth's change to all its orders,
 * so no write path (commands, replication, seed, tests, a hand-made fix) can leave them behind. An
 * access decision made from a stale copy would open or close the wrong case.
 */
export class OrderScopeColumns1796900000000 implements MigrationInterface {
  name = 'OrderScopeColumns1796900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mentor_order" ADD "caseworker_unit_id" uuid`);
    await queryRunner.query(`ALTER TABLE "mentor_order" ADD "youth_guide_id" uuid`);
    await queryRunner.query(
      `UPDATE "mentor_order" o SET "caseworker_unit_id" = y."caseworker_unit_id", "youth_guide_id" = y."youth_guide_id" FROM "youth" y WHERE y."id" = o."youth_id"`,
    );
    await queryRunner.query(`ALTER TABLE "mentor_order" ALTER COLUMN "caseworker_unit_id" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_order_caseworker_unit_reference" ON "mentor_order" ("caseworker_unit_id", "reference") `);
    await queryRunner.query(`CREATE INDEX "ix_order_youth_guide_reference" ON "mentor_order" ("youth_guide_id", "reference") `);
    await queryRunner.query(
      `CREATE FUNCTION "order_scope_from_youth"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         SELECT y."caseworker_unit_id", y."youth_guide_id" INTO NEW."caseworker_unit_id", NEW."youth_guide_id" FROM "youth" y WHERE y."id" = NEW."youth_id";
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_order_scope_from_youth" BEFORE INSERT OR UPDATE OF "youth_id", "caseworker_unit_id", "youth_guide_id" ON "mentor_order"
       FOR EACH ROW EXECUTE FUNCTION "order_scope_from_youth"()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "youth_scope_to_orders"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE "mentor_order" SET "caseworker_unit_id" = NEW."caseworker_unit_id", "youth_guide_id" = NEW."youth_guide_id" WHERE "youth_id" = NEW."id";
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_youth_scope_to_orders" AFTER UPDATE OF "caseworker_unit_id", "youth_guide_id" ON "youth"
       FOR EACH ROW WHEN (OLD."caseworker_unit_id" IS DISTINCT FROM NEW."caseworker_unit_id" OR OLD."youth_guide_id" IS DISTINCT FROM NEW."youth_guide_id")
       EXECUTE FUNCTION "youth_scope_to_orders"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_youth_scope_to_orders" ON "youth"`);
    await queryRunner.query(`DROP FUNCTION "youth_scope_to_orders"()`);
    await queryRunner.query(`DROP TRIGGER "tr_order_scope_from_youth" ON "mentor_order"`);
    await queryRunner.query(`DROP FUNCTION "order_scope_from_youth"()`);
    await queryRunner.query(`DROP INDEX "ix_order_youth_guide_reference"`);
    await queryRunner.query(`DROP INDEX "ix_order_caseworker_unit_reference"`);
    await queryRunner.query(`ALTER TABLE "mentor_order" DROP COLUMN "youth_guide_id"`);
    await queryRunner.query(`ALTER TABLE "mentor_order" DROP COLUMN "caseworker_unit_id"`);
  }
}
