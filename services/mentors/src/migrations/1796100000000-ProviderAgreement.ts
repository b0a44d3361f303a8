import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The provider's agreement period, which decides the experience reports it owes (DESIGN rule 14). */
export class ProviderAgreement1796100000000 implements MigrationInterface {
  name = 'ProviderAgreement1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "provider" ADD "agreement_start_date" date`);
    await queryRunner.query(`ALTER TABLE "provider" ADD "agreement_end_date" date`);
    await queryRunner.query(
      `ALTER TABLE "provider" ADD CONSTRAINT "CHK_provider_agreement_period" CHECK ("agreement_end_date" IS NULL OR ("agreement_start_date" IS NOT NULL AND "agreement_end_date" >= "agreement_start_date"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "provider" DROP CONSTRAINT "CHK_provider_agreement_period"`);
    await queryRunner.query(`ALTER TABLE "provider" DROP COLUMN "agreement_end_date"`);
    await queryRunner.query(`ALTER TABLE "provider" DROP COLUMN "agreement_start_date"`);
  }
}
