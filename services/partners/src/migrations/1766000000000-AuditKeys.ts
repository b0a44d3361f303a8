import { auditKeysDown, auditKeysUp } from '@mentor/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Audit records keyed on the gateway's request id, the user and the youth; the client's request id beside them; records of searches and exports without a youth. */
export class AuditKeys1766000000000 implements MigrationInterface {
  name = 'AuditKeys1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of auditKeysUp) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of auditKeysDown) await queryRunner.query(statement);
  }
}
