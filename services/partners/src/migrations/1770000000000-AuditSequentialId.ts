import { auditSequentialIdDown, auditSequentialIdUp } from '@mentor/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit record's key numbered in the order written, instead of a random UUID. */
export class AuditSequentialId1770000000000 implements MigrationInterface {
  name = 'AuditSequentialId1770000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of auditSequentialIdUp) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of auditSequentialIdDown) await queryRunner.query(statement);
  }
}
