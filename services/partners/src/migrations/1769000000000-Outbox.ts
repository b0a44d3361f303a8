import { createInboxTable, createOutboxTable, dropInboxTable, dropOutboxTable } from '@mentor/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Replication through a transactional outbox (issue 13): the youth links partners decides access
 * from wait in `outbox_event` until delivered; `inbox_sequence` keeps, per youth, the newest event
 * of orders' youth links applied here.
 */
export class Outbox1769000000000 implements MigrationInterface {
  name = 'Outbox1769000000000';

  async up(runner: QueryRunner): Promise<void> {
    await createOutboxTable(runner);
    await createInboxTable(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropInboxTable(runner);
    await dropOutboxTable(runner);
  }
}
