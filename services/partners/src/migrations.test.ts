import { randomUUID } from 'node:crypto';
import { openDatabase } from '@mentor/common';
import { createTestDatabase } from '@mentor/testkit';
import { QueryFailedError, type DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
      'audit_entry',
      'audit_record',
      'collaboration_feedback',
      'consent',
      'enrollment',
      'idempotency_key',
      'inbox_sequence',
      'institution',
      'migrations',
      'organisation',
      'outbox_event',
      'youth_guide_assignment',
      'youth_link',
    ]);
    const pending = await db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    expect(await db.showMigrations()).toBe(false);
  });

  it('holds the record rules in the database too, whatever path a row takes', async () => {
    const organisation = randomUUID();
    const youth = randomUUID();
    await db.query(`INSERT INTO organisation (id, kind, name, cvr, municipality_code) VALUES ($1, 'INSTITUTION', 'EUC Test', '29190623', '101')`, [organisation]);
    await db.query(`INSERT INTO institution (id, institution_number, type, approved, address) VALUES ($1, '280001', 'VOCATIONAL', true, 'Vej 1')`, [organisation]);
    const enrollment = (status: string, endedOn: string | null, expectedEnd: string | null) =>
      db.query(
        `INSERT INTO enrollment (id, youth_id, institution_id, programme, start_date, expected_end_date, status, ended_on, created_by) VALUES ($1, $2, $3, 'GF1', '2026-01-05', $4, $5, $6, 'test')`,
        [randomUUID(), youth, organisation, expectedEnd, status, endedOn],
      );
    const refusedBy = async (statement: Promise<unknown>) => {
      const error: unknown = await statement.then(() => null, (caught: unknown) => caught);
      return error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : 'accepted';
    };

    await enrollment('ACTIVE', null, '2027-06-30');
    await enrollment('COMPLETED', '2026-02-01', null);
    expect(await refusedBy(enrollment('DROPPED_OUT', null, null))).toBe('CHK_enrollment_ended');
    expect(await refusedBy(enrollment('ACTIVE', '2026-02-01', null))).toBe('CHK_enrollment_ended');
    expect(await refusedBy(enrollment('TRANSFERRED', '2026-01-04', null))).toBe('CHK_enrollment_dates');
    expect(await refusedBy(enrollment('ACTIVE', null, '2026-01-05'))).toBe('CHK_enrollment_dates');
    expect(await refusedBy(db.query(`UPDATE institution SET institution_number = '28001' WHERE id = $1`, [organisation]))).toBe('CHK_institution_number');
    expect(await refusedBy(db.query(`UPDATE organisation SET cvr = '2919062x' WHERE id = $1`, [organisation]))).toBe('CHK_organisation_cvr');
    expect(await refusedBy(db.query(`UPDATE organisation SET municipality_code = '10' WHERE id = $1`, [organisation]))).toBe('CHK_organisation_municipality_code');
    const consent = (withdrawnOn: string) =>
      db.query(
        `INSERT INTO consent (id, youth_id, body_id, body_kind, scope, given_on, withdrawn_on, recorded_by) VALUES ($1, $2, $3, 'INSTITUTION', 'Fravær', '2026-02-01', $4, 'test')`,
        [randomUUID(), youth, organisation, withdrawnOn],
      );
    await consent('2026-02-01');
    expect(await refusedBy(consent('2026-01-31'))).toBe('CHK_consent_withdrawn');
    const assignment = (toDate: string) =>
      db.query(
        `INSERT INTO youth_guide_assignment (id, youth_id, guide_user_id, guide_name, kui_organisation_id, from_date, to_date) VALUES ($1, $2, $3, 'Line Bach', $4, '2026-02-01', $5)`,
        [randomUUID(), youth, randomUUID(), organisation, toDate],
      );
    await assignment('2026-02-01');
    expect(await refusedBy(assignment('2026-01-31'))).toBe('CHK_youth_guide_assignment_dates');
  });

  it('migrates down again, leaving only the migrations table', async () => {
    for (let step = 0; step < migrations.length; step++) await db.undoLastMigration();
    const tables: { table_name: string }[] = await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.map((row) => row.table_name)).toEqual(['migrations']);
    await db.runMigrations();
    expect(await db.showMigrations()).toBe(false);
  });
});
