import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The record rules the mutations check, held by the database as well: institution numbers, CVR and
 * municipality codes by format, an enrollment ended exactly when it is no longer ACTIVE and never
 * before it started, a consent not withdrawn before it was given, a guide assignment not ending
 * before it began.
 */
export class RecordChecks1765000000000 implements MigrationInterface {
  name = 'RecordChecks1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "CHK_organisation_municipality_code" CHECK ("municipality_code" ~ '^[0-9]{3}$')`);
    await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "CHK_organisation_cvr" CHECK ("cvr" ~ '^[0-9]{8}$')`);
    await queryRunner.query(`ALTER TABLE "institution" ADD CONSTRAINT "CHK_institution_number" CHECK ("institution_number" ~ '^[0-9]{6}$')`);
    await queryRunner.query(
      `ALTER TABLE "enrollment" ADD CONSTRAINT "CHK_enrollment_dates" CHECK (("expected_end_date" IS NULL OR "expected_end_date" > "start_date") AND ("ended_on" IS NULL OR "ended_on" >= "start_date"))`,
    );
    await queryRunner.query(`ALTER TABLE "enrollment" ADD CONSTRAINT "CHK_enrollment_ended" CHECK (("status" = 'ACTIVE') = ("ended_on" IS NULL))`);
    await queryRunner.query(`ALTER TABLE "consent" ADD CONSTRAINT "CHK_consent_withdrawn" CHECK ("withdrawn_on" IS NULL OR "withdrawn_on" >= "given_on")`);
    await queryRunner.query(`ALTER TABLE "youth_guide_assignment" ADD CONSTRAINT "CHK_youth_guide_assignment_dates" CHECK ("to_date" IS NULL OR "to_date" >= "from_date")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "youth_guide_assignment" DROP CONSTRAINT "CHK_youth_guide_assignment_dates"`);
    await queryRunner.query(`ALTER TABLE "consent" DROP CONSTRAINT "CHK_consent_withdrawn"`);
    await queryRunner.query(`ALTER TABLE "enrollment" DROP CONSTRAINT "CHK_enrollment_ended"`);
    await queryRunner.query(`ALTER TABLE "enrollment" DROP CONSTRAINT "CHK_enrollment_dates"`);
    await queryRunner.query(`ALTER TABLE "institution" DROP CONSTRAINT "CHK_institution_number"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "CHK_organisation_cvr"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "CHK_organisation_municipality_code"`);
  }
}
