import { createTestDatabase, openDatabase } from '@mentor/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { dataSourceSpec } from './data-source.js';
import { migrations } from './migrations/index.js';

describe('partners migrations', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('partners_migrations');
    db = await openDatabase(dataSourceSpec(database.url));
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('migrates a fresh database up to exactly the schema the entities describe', async () => {
    const tables: { table_name: string }[] = await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`);
    expect(tables.map((row) => row.table_name)).toEqual([
      'attendance_concern',
      'audit_record',
      'collaboration_feedback',
      'consent',
      'enrollment',
      'idempotency_key',
      'institution',
      'migrations',
      'organisation',
      'youth_guide_assignment',
      'youth_link',
    ]);
    const pending = await db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    expect(await db.showMigrations()).toBe(false);
  });

  it('migrates down again, leaving only the migrations table', async () => {
    for (let step = 0; step < migrations.length; step++) await db.undoLastMigration();
    const tables: { table_name: string }[] = await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.map((row) => row.table_name)).toEqual(['migrations']);
    await db.runMigrations();
    expect(await db.showMigrations()).toBe(false);
  });
});
