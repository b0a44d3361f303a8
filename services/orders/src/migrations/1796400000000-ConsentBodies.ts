import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent keeps its body (SECURITY.md "Who creates a relation"): one mirrored row per consent, with
 * the organisation unit it is given to and its scope, instead of one yes/no flag that let a social
 * worker of any unit read every consented youth. The flag named no body, so nothing can be carried
 * over: until partners sends a youth's consents again, no social worker sees the youth (the safe side).
 */
export class ConsentBodies1796400000000 implements MigrationInterface {
  name = 'ConsentBodies1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "youth_consent" ("id" uuid NOT NULL, "youth_id" uuid NOT NULL, "body_id" uuid NOT NULL, "scope" text NOT NULL, "given_on" date NOT NULL, "withdrawn_on" date, CONSTRAINT "PK_youth_consent" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_youth_consent_youth" ON "youth_consent" ("youth_id")`);
    await queryRunner.query(`CREATE INDEX "ix_youth_consent_body" ON "youth_consent" ("body_id")`);
    await queryRunner.query(`ALTER TABLE "youth" DROP COLUMN "consent_to_social_services"`);
    await queryRunner.query(`ALTER TABLE "youth" DROP COLUMN "consent_given_on"`);
    await queryRunner.query(`ALTER TABLE "youth" DROP COLUMN "consent_withdrawn_on"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "youth" ADD "consent_withdrawn_on" date`);
    await queryRunner.query(`ALTER TABLE "youth" ADD "consent_given_on" date`);
    await queryRunner.query(`ALTER TABLE "youth" ADD "consent_to_social_services" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`DROP TABLE "youth_consent"`);
  }
}
