import { auditTableDown, auditTableUp } from '@mentor/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit trail of reads and changes of youths' personal data, one record per youth per request. */
export class AuditRecord1795360000000 implements MigrationInterface {
  name = 'AuditRecord1795360000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of auditTableUp) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of auditTableDown) await queryRunner.query(statement);
  }
}
