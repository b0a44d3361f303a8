import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The records an idempotent command creates, by the command's name: the owner column held the caller's id. */
const created = [
  { operation: 'registerYouth', table: 'youth', owner: 'created_by', constraint: 'uq_youth_idempotency' },
  { operation: 'placeOrder', table: 'mentor_order', owner: 'created_by', constraint: 'uq_order_idempotency' },
  { operation: 'publishSchedule', table: 'schedule', owner: 'published_by', constraint: 'uq_schedule_idempotency' },
  { operation: 'logSession', table: 'mentor_session', owner: 'mentor_id', constraint: 'uq_session_idempotency' },
  { operation: 'recordFollowUp', table: 'follow_up', owner: 'recorded_by', constraint: 'uq_follow_up_idempotency' },
  { operation: 'recordEffectAssessment', table: 'effect_assessment', owner: 'recorded_by', constraint: 'uq_effect_assessment_idempotency' },
];

/**
 * One idempotency scheme for every service (packages/common, claimIdempotencyKey): the keys move
 * from a unique constraint per table to the `idempotency_key` table, backfilled from the records
 * so a repeat of a request made before this migration still answers with its first result. The
 * records keep their `idempotency_key` column, as the key that created them.
 */
export class IdempotencyKeys1796600000000 implements MigrationInterface {
  name = 'IdempotencyKeys1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("caller" text NOT NULL, "key" text NOT NULL, "operation" text NOT NULL, "result_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_idempotency_key" PRIMARY KEY ("caller", "key"))`,
    );
    for (const { operation, table, owner, constraint } of created) {
      // A caller who used one key for two commands keeps the first: a later repeat of the other is refused as a reused key.
      await queryRunner.query(
        `INSERT INTO "idempotency_key" ("caller", "key", "operation", "result_id", "created_at")
         SELECT "${owner}"::text, "idempotency_key", $1, "id", "created_at" FROM "${table}"
         WHERE "${owner}" IS NOT NULL AND "idempotency_key" IS NOT NULL
         ORDER BY "created_at"
         ON CONFLICT ("caller", "key") DO NOTHING`,
        [operation],
      );
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${constraint}"`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, owner, constraint } of [...created].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${constraint}" UNIQUE ("${owner}", "idempotency_key")`);
    }
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
