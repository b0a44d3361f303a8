import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case flow (DESIGN §6): the youth's recorded consent to home visits, which sessions at home
 * now require, and the day an order became ACTIVE, which delivery, weekly contact and the national
 * report are counted from.
 */
export class CaseFlow1796200000000 implements MigrationInterface {
  name = 'CaseFlow1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "youth" ADD "home_visit_consent" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "youth" ADD "home_visit_consent_on" date`);
    await queryRunner.query(`ALTER TABLE "mentor_order" ADD "activated_on" date`);
    // Until now the mentor vouched for the consent session by session; those youths have given it.
    await queryRunner.query(
      `UPDATE "youth" y SET "home_visit_consent" = TRUE, "home_visit_consent_on" = s.first_visit
       FROM (SELECT o."youth_id", min(s."date") AS first_visit FROM "mentor_session" s JOIN "mentor_order" o ON o."id" = s."order_id"
             WHERE s."home_visit_consent" GROUP BY o."youth_id") s
       WHERE y."id" = s."youth_id"`,
    );
    // An order with a signed agreement has been ACTIVE: from the signing, or its start if signed before it.
    await queryRunner.query(
      `UPDATE "mentor_order" o SET "activated_on" = greatest(a."signed_on", o."start_date")
       FROM "mentor_agreement" a WHERE a."order_id" = o."id" AND o."status" IN ('ACTIVE', 'COMPLETED', 'CANCELLED')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mentor_order" DROP COLUMN "activated_on"`);
    await queryRunner.query(`ALTER TABLE "youth" DROP COLUMN "home_visit_consent_on"`);
    await queryRunner.query(`ALTER TABLE "youth" DROP COLUMN "home_visit_consent"`);
  }
}
