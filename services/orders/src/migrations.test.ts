import { randomUUID } from 'node:crypto';
import { auditLogEntries, openDatabase } from '@mentor/common';
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

test('the audit records move into entries and back, each youth keeping one record per request and user', async () => {
  const [youth, other] = [randomUUID(), randomUUID()];
  await db.undoLastMigration({ transaction: 'each' });
  await db.query(
    `INSERT INTO audit_record (at, user_id, role, unit, youth_id, allowed_fields, denied_fields, purpose, request_id, client_request_id, outcome) VALUES
     ('2026-03-01T10:00:00Z', 'u1', 'CASEWORKER', 'unit', $1, '{Youth.cpr,Youth.firstName}', '{}', 'list', 'moved-1', 'client-1', 'ALLOWED'),
     ('2026-03-01T10:00:00Z', 'u1', 'CASEWORKER', 'unit', $2, '{}', '{Youth.cpr}', 'list', 'moved-1', 'client-1', 'DENIED'),
     ('2026-03-01T10:00:01Z', 'u1', 'CASEWORKER', 'unit', NULL, '{search:NAME}', '{}', 'search', 'moved-2', NULL, 'ALLOWED')`,
    [youth, other],
  );
  const records = () =>
    db.query(`SELECT user_id, youth_id, allowed_fields, denied_fields, purpose, request_id, client_request_id, outcome FROM audit_record WHERE request_id LIKE 'moved-%' ORDER BY request_id, youth_id`);
  const before = await records();
  await db.runMigrations({ transaction: 'each' });
  expect(await db.query(`SELECT count(*)::int AS n FROM audit_entry WHERE request_id LIKE 'moved-%'`)).toEqual([{ n: 3 }]);
  expect(await records()).toEqual(before);

  // A second write under the same request merges into the youth's record, as the old key merged rows.
  await db.query(
    `INSERT INTO audit_entry (user_id, role, unit, youth_ids, allowed_fields, denied_fields, purpose, request_id, outcome)
     VALUES ('u1', 'CASEWORKER', 'unit', ARRAY[$1::uuid, $2::uuid], '{Youth.lastName}', '{}', 'later', 'moved-1', 'ALLOWED')`,
    [youth, other],
  );
  const mergedOf = {
    [youth]: expect.objectContaining({ youth_id: youth, allowed_fields: ['Youth.cpr', 'Youth.firstName', 'Youth.lastName'], denied_fields: [], purpose: 'list', outcome: 'ALLOWED' }),
    [other]: expect.objectContaining({ youth_id: other, allowed_fields: ['Youth.lastName'], denied_fields: ['Youth.cpr'], purpose: 'list', outcome: 'PARTIAL' }),
  };
  // PostgreSQL orders uuids as their lower-case text sorts.
  const merged = [youth, other].sort().map((id) => mergedOf[id]);
  expect((await records()).slice(0, 2)).toEqual(merged);
  // The youth's log reads the same merged record, through the entries that name the youth.
  expect(await auditLogEntries(db, other)).toEqual([
    expect.objectContaining({ userId: 'u1', fields: ['Youth.lastName'], deniedFields: ['Youth.cpr'], purpose: 'list', requestId: 'moved-1', outcome: 'PARTIAL' }),
  ]);

  await db.undoLastMigration({ transaction: 'each' });
  expect((await records()).slice(0, 2)).toEqual(merged);
  expect(await records()).toHaveLength(3);
  await db.runMigrations({ transaction: 'each' });
  expect((await records()).slice(0, 2)).toEqual(merged);
});
