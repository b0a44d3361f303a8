import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The partners schema: organisations, institutions, enrollments, youth guides, consents, feedback, the youth link replica. */
export class PartnersSchema1763900000000 implements MigrationInterface {
  name = 'PartnersSchema1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."organisation_kind" AS ENUM('MUNICIPAL_UNIT', 'KUI', 'SOCIAL_SERVICES', 'INSTITUTION', 'PRISON_AND_PROBATION', 'PSYCHIATRY')`);
    await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL, "kind" "public"."organisation_kind" NOT NULL, "name" text NOT NULL, "cvr" character varying(8) NOT NULL, "municipality_code" character varying(3) NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."institution_type" AS ENUM('VOCATIONAL', 'ADULT_EDUCATION', 'PRODUCTION_SCHOOL', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "institution" ("id" uuid NOT NULL, "institution_number" character varying(6) NOT NULL, "type" "public"."institution_type" NOT NULL, "approved" boolean NOT NULL, "address" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f60ee4ff0719b7df54830b39087" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_institution_number" ON "institution" ("institution_number")`);
    await queryRunner.query(`CREATE TYPE "public"."enrollment_status" AS ENUM('ACTIVE', 'COMPLETED', 'TRANSFERRED', 'DROPPED_OUT')`);
    await queryRunner.query(`CREATE TABLE "enrollment" ("id" uuid NOT NULL, "youth_id" uuid NOT NULL, "institution_id" uuid NOT NULL, "programme" text NOT NULL, "start_date" date NOT NULL, "expected_end_date" date, "status" "public"."enrollment_status" NOT NULL DEFAULT 'ACTIVE', "ended_on" date, "created_by" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7e200c699fa93865cdcdd025885" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_enrollment_youth" ON "enrollment" ("youth_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_enrollment_active" ON "enrollment" ("youth_id", "institution_id") WHERE "status" = 'ACTIVE'`);
    await queryRunner.query(`CREATE INDEX "IDX_enrollment_institution_status" ON "enrollment" ("institution_id", "status")`);
    await queryRunner.query(`CREATE TABLE "attendance_concern" ("id" uuid NOT NULL, "enrollment_id" uuid NOT NULL, "reported_on" date NOT NULL, "description" text NOT NULL, "reported_by" text NOT NULL, "reported_by_user_id" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c2040aa11ca828bb8e2b72e0f64" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_attendance_concern_enrollment" ON "attendance_concern" ("enrollment_id")`);
    await queryRunner.query(`CREATE TABLE "collaboration_feedback" ("id" uuid NOT NULL, "order_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "rating" integer NOT NULL, "comment" text, "given_on" date NOT NULL, "given_by" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_collaboration_feedback_rating" CHECK ("rating" BETWEEN 1 AND 5), CONSTRAINT "PK_30d0ebccca679ab7f9c5e1d7da0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_collaboration_feedback_order_organisation" ON "collaboration_feedback" ("order_id", "organisation_id")`);
    await queryRunner.query(`CREATE TABLE "consent" ("id" uuid NOT NULL, "youth_id" uuid NOT NULL, "body_id" uuid NOT NULL, "body_kind" "public"."organisation_kind" NOT NULL, "scope" text NOT NULL, "given_on" date NOT NULL, "withdrawn_on" date, "recorded_by" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_consent_youth" ON "consent" ("youth_id")`);
    await queryRunner.query(`CREATE TABLE "idempotency_key" ("caller" text NOT NULL, "key" text NOT NULL, "operation" text NOT NULL, "record_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1482d923e254705fd82e4d392f6" PRIMARY KEY ("caller", "key"))`);
    await queryRunner.query(`CREATE TABLE "youth_guide_assignment" ("id" uuid NOT NULL, "youth_id" uuid NOT NULL, "guide_user_id" uuid NOT NULL, "guide_name" text NOT NULL, "kui_organisation_id" uuid NOT NULL, "from_date" date NOT NULL, "to_date" date, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b6d03049b3443f33727cab58442" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_youth_guide_assignment_youth" ON "youth_guide_assignment" ("youth_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_youth_guide_assignment_guide" ON "youth_guide_assignment" ("guide_user_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_youth_guide_assignment_open" ON "youth_guide_assignment" ("youth_id") WHERE "to_date" IS NULL`);
    await queryRunner.query(`CREATE TABLE "youth_link" ("youth_id" uuid NOT NULL, "caseworker_unit_id" uuid NOT NULL, "provider_ids" uuid array NOT NULL DEFAULT '{}', "mentor_ids" uuid array NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e26c143f027d1efe902deb240fc" PRIMARY KEY ("youth_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_youth_link_caseworker_unit" ON "youth_link" ("caseworker_unit_id")`);
    await queryRunner.query(`ALTER TABLE "institution" ADD CONSTRAINT "FK_f60ee4ff0719b7df54830b39087" FOREIGN KEY ("id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrollment" ADD CONSTRAINT "FK_471507b1983b681bf0f41cc31bb" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attendance_concern" ADD CONSTRAINT "FK_fd28a95efb2da9484da9361bf1b" FOREIGN KEY ("enrollment_id") REFERENCES "enrollment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent" ADD CONSTRAINT "FK_dd50ca39ee7f8c3f57ffecfe2bc" FOREIGN KEY ("body_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "youth_guide_assignment" ADD CONSTRAINT "FK_53e3f499b5214d0240b35990d11" FOREIGN KEY ("kui_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "youth_guide_assignment" DROP CONSTRAINT "FK_53e3f499b5214d0240b35990d11"`);
    await queryRunner.query(`ALTER TABLE "consent" DROP CONSTRAINT "FK_dd50ca39ee7f8c3f57ffecfe2bc"`);
    await queryRunner.query(`ALTER TABLE "attendance_concern" DROP CONSTRAINT "FK_fd28a95efb2da9484da9361bf1b"`);
    await queryRunner.query(`ALTER TABLE "enrollment" DROP CONSTRAINT "FK_471507b1983b681bf0f41cc31bb"`);
    await queryRunner.query(`ALTER TABLE "institution" DROP CONSTRAINT "FK_f60ee4ff0719b7df54830b39087"`);
    await queryRunner.query(`DROP TABLE "youth_link"`);
    await queryRunner.query(`DROP TABLE "youth_guide_assignment"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
    await queryRunner.query(`DROP TABLE "consent"`);
    await queryRunner.query(`DROP TABLE "collaboration_feedback"`);
    await queryRunner.query(`DROP TABLE "attendance_concern"`);
    await queryRunner.query(`DROP TABLE "enrollment"`);
    await queryRunner.query(`DROP TYPE "public"."enrollment_status"`);
    await queryRunner.query(`DROP TABLE "institution"`);
    await queryRunner.query(`DROP TYPE "public"."institution_type"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_kind"`);
  }
}
