import { openDatabase } from '@mentor/common';
import { createTestDatabase } from '@mentor/testkit';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DataSource } from 'typeorm';
import { dataSourceSpec, migrations } from './data-source.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('orders_migrations');
  db = await openDatabase(dataSourceSpec(database.url));
});

afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

test('a fresh database migrates up to exactly what the entities describe', async () => {
  const applied: { name: string }[] = await db.query('SELECT name FROM migrations ORDER BY id');
  expect(applied.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));
  const pending = await db.driver.createSchemaBuilder().log();
  expect(pending.upQueries.map((query) => query.query)).toEqual([]);
});

test('the order reference sequence exists and counts up', async () => {
  const [first] = await db.query(`SELECT nextval('order_reference_seq')::int AS value`);
  const [second] = await db.query(`SELECT nextval('order_reference_seq')::int AS value`);
  expect(second.value).toBe(first.value + 1);
});

test('the migrations can be undone and applied again', async () => {
  for (let index = 0; index < migrations.length; index++) await db.undoLastMigration({ transaction: 'each' });
  const tables: { table_name: string }[] = await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
  expect(tables).toEqual([]);
  await db.runMigrations({ transaction: 'each' });
  expect((await db.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
});
