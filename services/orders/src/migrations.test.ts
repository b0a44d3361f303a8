import { randomUUID } from 'node:crypto';
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

test("an order's scope columns follow its youth: copied when the order is written, carried when the youth's unit or guide changes", async () => {
  const [unit, otherUnit, guide] = [randomUUID(), randomUUID(), randomUUID()];
  const [youth] = (await db.query(
    `INSERT INTO youth (id, cpr, first_name, last_name, birth_date, address, target_group, legal_basis, caseworker_unit_id)
     VALUES ($1, '0101051234', 'Test', 'Person', '2005-01-01', 'Vej 1', 'RELEASED_FROM_PRISON', 'LAB_31', $2) RETURNING id`,
    [randomUUID(), unit],
  )) as { id: string }[];
  const orderColumns = async () =>
    (await db.query('SELECT caseworker_unit_id, youth_guide_id FROM mentor_order WHERE youth_id = $1', [youth!.id])) as { caseworker_unit_id: string; youth_guide_id: string | null }[];
  await db.query(
    `INSERT INTO mentor_order (id, reference, youth_id, provider_id, institution_id, target_group, legal_basis, goal_kind, goal, weekly_hours, weeks, start_date, end_date, delivery_municipality_code, status, caseworker_unit_id)
     VALUES ($1, 'T-1', $2, $3, $4, 'RELEASED_FROM_PRISON', 'LAB_31', 'EDUCATION', 'Mål', 1, 4, '2026-01-05', '2026-02-01', '101', 'DRAFT', $5)`,
    [randomUUID(), youth!.id, randomUUID(), randomUUID(), otherUnit],
  );
  // The copy is the youth's, whatever the writer put there.
  expect(await orderColumns()).toEqual([{ caseworker_unit_id: unit, youth_guide_id: null }]);
  await db.query('UPDATE youth SET youth_guide_id = $2 WHERE id = $1', [youth!.id, guide]);
  expect(await orderColumns()).toEqual([{ caseworker_unit_id: unit, youth_guide_id: guide }]);
  await db.query('UPDATE youth SET caseworker_unit_id = $2, youth_guide_id = NULL WHERE id = $1', [youth!.id, otherUnit]);
  expect(await orderColumns()).toEqual([{ caseworker_unit_id: otherUnit, youth_guide_id: null }]);
});
