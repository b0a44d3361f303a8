import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Providers, mentors and their certification, screening, training and supervision records. */
export class MentorsSchema1763900000000 implements MigrationInterface {
  name = 'MentorsSchema1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "provider" ("id" uuid NOT NULL, "name" text NOT NULL, "cvr" character(8) NOT NULL, "activities" text array NOT NULL, "price_per_hour_ore" integer NOT NULL, "municipality_codes" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6ab2f66d8987bf1bfdd6136a2d5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_provider_cvr" ON "provider" ("cvr")`);
    await queryRunner.query(`CREATE TYPE "public"."mentor_kind" AS ENUM('SOCIAL', 'PROFESSIONAL', 'DISCHARGE_COORDINATOR', 'RELEASE_COORDINATOR', 'STUDY_START_COORDINATOR', 'COMPANY', 'VOLUNTEER')`);
    await queryRunner.query(`CREATE TYPE "public"."mentor_status" AS ENUM('ACTIVE', 'INACTIVE')`);
    await queryRunner.query(`CREATE TABLE "mentor" ("id" uuid NOT NULL, "provider_id" uuid NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "phone" text, "email" text, "kind" "public"."mentor_kind" NOT NULL, "languages" text array NOT NULL, "target_groups" text array NOT NULL, "capacity_hours_per_week" numeric(4,1) NOT NULL, "status" "public"."mentor_status" NOT NULL DEFAULT 'ACTIVE', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9fcebd0a40237e9b6defcbd9d74" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_mentor_name" ON "mentor" ("last_name", "first_name", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_mentor_provider_name" ON "mentor" ("provider_id", "last_name", "first_name", "id")`);
    await queryRunner.query(`CREATE TABLE "certification" ("id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "kind" "public"."mentor_kind" NOT NULL, "issued_by" text NOT NULL, "issued_on" date NOT NULL, "valid_until" date NOT NULL, "task_description" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a7364bd3e4a407f67d8165b820c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_certification_mentor" ON "certification" ("mentor_id")`);
    await queryRunner.query(`CREATE TABLE "experience_report" ("id" uuid NOT NULL, "provider_id" uuid NOT NULL, "year" integer NOT NULL, "themes" text array NOT NULL, "text" text NOT NULL, "submitted_on" date, "published" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3d3a5fc347960d73976e4c46909" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_experience_report_provider_year" ON "experience_report" ("provider_id", "year")`);
    await queryRunner.query(`CREATE TABLE "idempotency_key" ("caller" text NOT NULL, "key" text NOT NULL, "operation" text NOT NULL, "result_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1482d923e254705fd82e4d392f6" PRIMARY KEY ("caller", "key"))`);
    await queryRunner.query(`CREATE TYPE "public"."screening_kind" AS ENUM('CHILD_PROTECTION', 'CRIMINAL_RECORD')`);
    await queryRunner.query(`CREATE TYPE "public"."screening_result" AS ENUM('CLEAR', 'NOT_CLEAR')`);
    await queryRunner.query(`CREATE TABLE "screening" ("id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "kind" "public"."screening_kind" NOT NULL, "checked_on" date NOT NULL, "result" "public"."screening_result" NOT NULL, "checked_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5111bc526c9133721aeffb9a578" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_screening_mentor" ON "screening" ("mentor_id")`);
    await queryRunner.query(`CREATE TABLE "supervision" ("id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "held_on" date NOT NULL, "topic" text NOT NULL, "hours" numeric(4,1) NOT NULL, "given_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b5d162a80314f2d5e9e1cf712a2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_supervision_mentor" ON "supervision" ("mentor_id")`);
    await queryRunner.query(`CREATE TABLE "training" ("id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "held_on" date NOT NULL, "topic" text NOT NULL, "hours" numeric(4,1) NOT NULL, "given_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c436c96be3adf1aa439ef471427" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_training_mentor" ON "training" ("mentor_id")`);
    await queryRunner.query(`ALTER TABLE "mentor" ADD CONSTRAINT "FK_f7e677e2ad16d97a519d0e8a56e" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certification" ADD CONSTRAINT "FK_2c894005236014d8bfef452368c" FOREIGN KEY ("mentor_id") REFERENCES "mentor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "experience_report" ADD CONSTRAINT "FK_5bff11a3add10a4be18a7827e71" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "screening" ADD CONSTRAINT "FK_3b2ce7d0e5694011c11d38514a5" FOREIGN KEY ("mentor_id") REFERENCES "mentor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supervision" ADD CONSTRAINT "FK_cb2f114e4cec4521ca44cbd4e73" FOREIGN KEY ("mentor_id") REFERENCES "mentor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training" ADD CONSTRAINT "FK_e7d8e51677a1a30e763419ef45d" FOREIGN KEY ("mentor_id") REFERENCES "mentor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "training"`);
    await queryRunner.query(`DROP TABLE "supervision"`);
    await queryRunner.query(`DROP TABLE "screening"`);
    await queryRunner.query(`DROP TYPE "public"."screening_result"`);
    await queryRunner.query(`DROP TYPE "public"."screening_kind"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
    await queryRunner.query(`DROP TABLE "experience_report"`);
    await queryRunner.query(`DROP TABLE "certification"`);
    await queryRunner.query(`DROP TABLE "mentor"`);
    await queryRunner.query(`DROP TYPE "public"."mentor_status"`);
    await queryRunner.query(`DROP TYPE "public"."mentor_kind"`);
    await queryRunner.query(`DROP TABLE "provider"`);
  }
}
