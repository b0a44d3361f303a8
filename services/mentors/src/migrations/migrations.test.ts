import { openDatabase } from '@mentor/common';
import { createTestDatabase } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { dataSourceSpec } from '../data-source.js';

describe('migrations', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('mentors_migrations');
    db = await openDatabase(dataSourceSpec(database.url));
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('migrate a fresh database up to exactly the entities', async () => {
    const applied: { name: string }[] = await db.query('SELECT name FROM migrations ORDER BY id');
    expect(applied.map((row) => row.name)).toEqual(['MentorsSchema1763900000000', 'ProviderAgreement1796100000000']);
    const pending = await db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('migrate down again, one migration at a time, to an empty schema', async () => {
    await db.undoLastMigration({ transaction: 'each' });
    const columns: { column_name: string }[] = await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'provider' AND column_name LIKE 'agreement%'`);
    expect(columns).toEqual([]);
    await db.undoLastMigration({ transaction: 'each' });
    const tables: { tablename: string }[] = await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    expect(tables.map((row) => row.tablename)).toEqual(['migrations']);
    await db.runMigrations({ transaction: 'each' });
    expect((await db.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
