import { auditTableDown, auditTableUp } from '@mentor/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit trail of reads of youths' enrollments, attendance concerns, consents and youth guides (DESIGN §4 "Audit"). */
export class AuditRecord1764000000000 implements MigrationInterface {
  name = 'AuditRecord1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of auditTableUp) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of auditTableDown) await queryRunner.query(statement);
  }
}
