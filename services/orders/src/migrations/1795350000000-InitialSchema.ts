import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The orders schema: youths, orders and what hangs off them, the service standards, and the order reference sequence. */
export class InitialSchema1795350000000 implements MigrationInterface {
  name = 'InitialSchema1795350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "service_standard" ("id" uuid NOT NULL, "municipality_code" text NOT NULL, "name" text NOT NULL, "version" integer NOT NULL, "effective_from" date NOT NULL, "rules" jsonb NOT NULL, CONSTRAINT "uq_service_standard_version" UNIQUE ("municipality_code", "name", "version"), CONSTRAINT "PK_cbe2e7eaa623f68ce92164a5da8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "youth" ("id" uuid NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "cpr" text NOT NULL, "birth_date" date NOT NULL, "address" text NOT NULL, "phone" text, "email" text, "target_group" text NOT NULL, "legal_basis" text NOT NULL, "special_needs" text, "health_notes" text, "case_notes" text, "caseworker_unit_id" uuid NOT NULL, "youth_guide_id" uuid, "consent_to_social_services" boolean NOT NULL DEFAULT false, "consent_given_on" date, "consent_withdrawn_on" date, "institution_ids" uuid array NOT NULL DEFAULT '{}', "created_by" uuid, "idempotency_key" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_youth_idempotency" UNIQUE ("created_by", "idempotency_key"), CONSTRAINT "uq_youth_cpr" UNIQUE ("cpr"), CONSTRAINT "PK_0775a892ec133870a85fd01b340" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_youth_caseworker_unit" ON "youth" ("caseworker_unit_id")`);
    await queryRunner.query(`CREATE INDEX "ix_youth_youth_guide" ON "youth" ("youth_guide_id")`);
    await queryRunner.query(`CREATE TABLE "mentor_order" ("id" uuid NOT NULL, "reference" text NOT NULL, "youth_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "mentor_id" uuid, "institution_id" uuid NOT NULL, "service_standard_id" uuid, "target_group" text NOT NULL, "legal_basis" text NOT NULL, "goal_kind" text NOT NULL, "goal" text NOT NULL, "tasks" text array NOT NULL DEFAULT '{}', "requested_activities" text array NOT NULL DEFAULT '{}', "weekly_hours" double precision NOT NULL, "weeks" integer NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "delivery_municipality_code" text NOT NULL, "status" text NOT NULL, "sps_clarification" text, "sps_clarified_on" date, "rejection_reason" text, "cancellation_reason" text, "outcome_kind" text, "youth_satisfaction" integer, "outcome_note" text, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "idempotency_key" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_order_idempotency" UNIQUE ("created_by", "idempotency_key"), CONSTRAINT "uq_order_reference" UNIQUE ("reference"), CONSTRAINT "ck_order_satisfaction" CHECK ("youth_satisfaction" BETWEEN 1 AND 5), CONSTRAINT "ck_order_hours" CHECK ("weekly_hours" > 0 AND "weeks" > 0 AND "end_date" >= "start_date"), CONSTRAINT "ck_order_status" CHECK ("status" IN ('DRAFT', 'PLACED', 'ACCEPTED', 'ACTIVE', 'COMPLETED', 'REJECTED', 'CANCELLED')), CONSTRAINT "PK_840f186728d9a1e9ce6427a8b48" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_order_youth" ON "mentor_order" ("youth_id")`);
    await queryRunner.query(`CREATE INDEX "ix_order_provider" ON "mentor_order" ("provider_id")`);
    await queryRunner.query(`CREATE INDEX "ix_order_mentor" ON "mentor_order" ("mentor_id")`);
    await queryRunner.query(`CREATE INDEX "ix_order_institution" ON "mentor_order" ("institution_id")`);
    await queryRunner.query(`CREATE INDEX "ix_order_status" ON "mentor_order" ("status")`);
    await queryRunner.query(`CREATE TABLE "effect_assessment" ("id" uuid NOT NULL, "order_id" uuid NOT NULL, "date" date NOT NULL, "effect" text NOT NULL, "assessment" text NOT NULL, "recommendation" text NOT NULL, "recorded_by" uuid, "idempotency_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_effect_assessment_idempotency" UNIQUE ("recorded_by", "idempotency_key"), CONSTRAINT "PK_6b17c1e4ab08838f15dd05996f1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_effect_assessment_order" ON "effect_assessment" ("order_id")`);
    await queryRunner.query(`CREATE TABLE "follow_up" ("id" uuid NOT NULL, "order_id" uuid NOT NULL, "date" date NOT NULL, "status_assessment" text NOT NULL, "progression" text NOT NULL, "next_step" text NOT NULL, "recorded_by" uuid, "idempotency_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_follow_up_idempotency" UNIQUE ("recorded_by", "idempotency_key"), CONSTRAINT "PK_5c0a5f5b32937e47e0ab09d596c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_follow_up_order" ON "follow_up" ("order_id")`);
    await queryRunner.query(`CREATE TABLE "mentor_agreement" ("id" uuid NOT NULL, "order_id" uuid NOT NULL, "goal" text NOT NULL, "mentor_name" text NOT NULL, "mentor_contact" text NOT NULL, "tasks" text array NOT NULL DEFAULT '{}', "start_date" date NOT NULL, "end_date" date NOT NULL, "weekly_hours" double precision NOT NULL, "total_hours" double precision NOT NULL, "complaint_guidance" text NOT NULL, "signed_on" date NOT NULL, "signed_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_agreement_order" UNIQUE ("order_id"), CONSTRAINT "PK_55749c0fe83f828c700bb47c0e3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "mentor_session" ("id" uuid NOT NULL, "order_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "date" date NOT NULL, "minutes" integer NOT NULL, "form" text NOT NULL, "place" text, "special_reason" text, "home_visit_consent" boolean NOT NULL DEFAULT false, "activities" text array NOT NULL DEFAULT '{}', "journal_note" text NOT NULL, "phase" text NOT NULL, "idempotency_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_session_idempotency" UNIQUE ("mentor_id", "idempotency_key"), CONSTRAINT "ck_session_minutes" CHECK ("minutes" > 0), CONSTRAINT "PK_6ded39484c533532ecf68edd261" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_session_order" ON "mentor_session" ("order_id")`);
    await queryRunner.query(`CREATE TABLE "order_extension" ("id" uuid NOT NULL, "order_id" uuid NOT NULL, "weeks" integer NOT NULL, "previous_end_date" date NOT NULL, "new_end_date" date NOT NULL, "special_justification" text, "granted_by" uuid, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f0a179bae49a15a1c0e5de672a1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_order_extension_order" ON "order_extension" ("order_id")`);
    await queryRunner.query(`CREATE TABLE "schedule" ("id" uuid NOT NULL, "order_id" uuid NOT NULL, "kind" text NOT NULL, "valid_from" date NOT NULL, "valid_to" date NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_by" uuid, "idempotency_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_schedule_idempotency" UNIQUE ("published_by", "idempotency_key"), CONSTRAINT "PK_1c05e42aec7371641193e180046" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_schedule_order" ON "schedule" ("order_id")`);
    await queryRunner.query(`CREATE TABLE "schedule_entry" ("id" uuid NOT NULL, "schedule_id" uuid NOT NULL, "date" date NOT NULL, "start_time" text NOT NULL, "end_time" text NOT NULL, "hours" double precision NOT NULL, "place" text NOT NULL, "activity" text NOT NULL, CONSTRAINT "PK_3600430a8792b80c5080826616a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_schedule_entry_schedule" ON "schedule_entry" ("schedule_id")`);
    await queryRunner.query(`ALTER TABLE "mentor_order" ADD CONSTRAINT "fk_order_youth" FOREIGN KEY ("youth_id") REFERENCES "youth"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentor_order" ADD CONSTRAINT "fk_order_service_standard" FOREIGN KEY ("service_standard_id") REFERENCES "service_standard"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "effect_assessment" ADD CONSTRAINT "fk_effect_assessment_order" FOREIGN KEY ("order_id") REFERENCES "mentor_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "follow_up" ADD CONSTRAINT "fk_follow_up_order" FOREIGN KEY ("order_id") REFERENCES "mentor_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentor_agreement" ADD CONSTRAINT "fk_agreement_order" FOREIGN KEY ("order_id") REFERENCES "mentor_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentor_session" ADD CONSTRAINT "fk_session_order" FOREIGN KEY ("order_id") REFERENCES "mentor_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "order_extension" ADD CONSTRAINT "fk_order_extension_order" FOREIGN KEY ("order_id") REFERENCES "mentor_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "schedule" ADD CONSTRAINT "fk_schedule_order" FOREIGN KEY ("order_id") REFERENCES "mentor_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "schedule_entry" ADD CONSTRAINT "fk_schedule_entry_schedule" FOREIGN KEY ("schedule_id") REFERENCES "schedule"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Order references (ORD-2026-000123) are numbered from a sequence so concurrent orders never share one.
    await queryRunner.query(`CREATE SEQUENCE "order_reference_seq" AS bigint START WITH 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SEQUENCE "order_reference_seq"`);
    await queryRunner.query(`ALTER TABLE "schedule_entry" DROP CONSTRAINT "fk_schedule_entry_schedule"`);
    await queryRunner.query(`ALTER TABLE "schedule" DROP CONSTRAINT "fk_schedule_order"`);
    await queryRunner.query(`ALTER TABLE "order_extension" DROP CONSTRAINT "fk_order_extension_order"`);
    await queryRunner.query(`ALTER TABLE "mentor_session" DROP CONSTRAINT "fk_session_order"`);
    await queryRunner.query(`ALTER TABLE "mentor_agreement" DROP CONSTRAINT "fk_agreement_order"`);
    await queryRunner.query(`ALTER TABLE "follow_up" DROP CONSTRAINT "fk_follow_up_order"`);
    await queryRunner.query(`ALTER TABLE "effect_assessment" DROP CONSTRAINT "fk_effect_assessment_order"`);
    await queryRunner.query(`ALTER TABLE "mentor_order" DROP CONSTRAINT "fk_order_service_standard"`);
    await queryRunner.query(`ALTER TABLE "mentor_order" DROP CONSTRAINT "fk_order_youth"`);
    await queryRunner.query(`DROP INDEX "public"."ix_schedule_entry_schedule"`);
    await queryRunner.query(`DROP TABLE "schedule_entry"`);
    await queryRunner.query(`DROP INDEX "public"."ix_schedule_order"`);
    await queryRunner.query(`DROP TABLE "schedule"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_extension_order"`);
    await queryRunner.query(`DROP TABLE "order_extension"`);
    await queryRunner.query(`DROP INDEX "public"."ix_session_order"`);
    await queryRunner.query(`DROP TABLE "mentor_session"`);
    await queryRunner.query(`DROP TABLE "mentor_agreement"`);
    await queryRunner.query(`DROP INDEX "public"."ix_follow_up_order"`);
    await queryRunner.query(`DROP TABLE "follow_up"`);
    await queryRunner.query(`DROP INDEX "public"."ix_effect_assessment_order"`);
    await queryRunner.query(`DROP TABLE "effect_assessment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_institution"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_mentor"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_provider"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_youth"`);
    await queryRunner.query(`DROP TABLE "mentor_order"`);
    await queryRunner.query(`DROP INDEX "public"."ix_youth_youth_guide"`);
    await queryRunner.query(`DROP INDEX "public"."ix_youth_caseworker_unit"`);
    await queryRunner.query(`DROP TABLE "youth"`);
    await queryRunner.query(`DROP TABLE "service_standard"`);
  }
}
