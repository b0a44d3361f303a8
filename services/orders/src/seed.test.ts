import { checkCpr, openDatabase } from '@mentor/common';
import { createTestDatabase, demoOrder, demoUnits, demoYouth } from '@mentor/testkit';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dataSourceSpec } from './data-source.js';
import { ageOn, today } from './dates.js';
import { seed } from './seed.js';

const YOUTHS = 36;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('orders_seed');
  db = await openDatabase(dataSourceSpec(database.url));
});

afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

describe('seed', () => {
  test('loads the demo plan once', async () => {
    expect(await seed(db, { youths: YOUTHS })).toEqual({ seeded: true });
    expect(await seed(db, { youths: YOUTHS })).toEqual({ seeded: false });
    const [{ count }] = await db.query('SELECT count(*)::int AS count FROM youth');
    expect(count).toBe(YOUTHS);
  });

  test('gives every youth and order the shared demo ids and relations', async () => {
    const youths: { id: string; caseworker_unit_id: string; youth_guide_id: string | null; consent_body_ids: string[]; institution_ids: string[] }[] = await db.query(
      `SELECT id, caseworker_unit_id, youth_guide_id, ARRAY(SELECT c.body_id FROM youth_consent c WHERE c.youth_id = youth.id AND c.withdrawn_on IS NULL) AS consent_body_ids, institution_ids FROM youth`,
    );
    const orders: { id: string; youth_id: string; provider_id: string; mentor_id: string | null; institution_id: string; status: string }[] = await db.query(
      'SELECT id, youth_id, provider_id, mentor_id, institution_id, status FROM mentor_order',
    );
    const youthById = new Map(youths.map((youth) => [youth.id, youth] as const));
    const orderById = new Map(orders.map((order) => [order.id, order] as const));
    for (let index = 0; index < YOUTHS; index++) {
      const plan = demoYouth(index);
      expect(youthById.get(plan.id)).toEqual({
        id: plan.id,
        caseworker_unit_id: plan.caseworkerUnitId,
        youth_guide_id: plan.youthGuideId,
        // The demo consents are to the social services administration, the demo social worker's unit.
        consent_body_ids: plan.consentToSocialServices ? [demoUnits.socialServices] : [],
        institution_ids: [plan.institutionId],
      });
      const order = demoOrder(plan);
      expect(orderById.get(order.id)).toEqual({
        id: order.id,
        youth_id: plan.id,
        provider_id: order.providerId,
        mentor_id: order.mentorId,
        institution_id: order.institutionId,
        status: order.status,
      });
    }
  });

  test('makes CPR numbers that are real dates, agree with the birth date and the planned age, and are unique', async () => {
    const rows: { id: string; cpr: string; birth_date: string }[] = await db.query(`SELECT id, cpr, to_char(birth_date, 'YYYY-MM-DD') AS birth_date FROM youth`);
    const ages = new Map(Array.from({ length: YOUTHS }, (_, index) => [demoYouth(index).id, demoYouth(index).age] as const));
    for (const row of rows) {
      const check = checkCpr('cpr', row.cpr);
      expect(check.violation).toBeNull();
      expect(check.birthDate).toBe(row.birth_date);
      expect(ageOn(row.birth_date, today())).toBe(ages.get(row.id));
      if (row.birth_date < '2007-01-01') expect(check.modulus11).toBe(true);
    }
    expect(new Set(rows.map((row) => row.cpr)).size).toBe(rows.length);
  });

  test('dates orders around today and never delivers more than an order grants', async () => {
    const rows: { status: string; start_date: string; end_date: string; closed_at: Date | null; total: number; delivered: number; sessions: number }[] = await db.query(`
      SELECT o.status, to_char(o.start_date, 'YYYY-MM-DD') AS start_date, to_char(o.end_date, 'YYYY-MM-DD') AS end_date, o.closed_at,
             o.weekly_hours * o.weeks * 60 AS total, coalesce(sum(s.minutes), 0)::int AS delivered, count(s.id)::int AS sessions
      FROM mentor_order o LEFT JOIN mentor_session s ON s.order_id = o.id GROUP BY o.id`);
    const now = today();
    for (const row of rows) {
      expect(row.delivered).toBeLessThanOrEqual(row.total);
      if (row.status === 'ACTIVE') {
        expect(row.start_date < now && row.end_date >= now).toBe(true);
        expect(row.sessions).toBeGreaterThan(0);
      }
      if (row.status === 'COMPLETED') {
        expect(row.end_date < now).toBe(true);
        expect(row.closed_at).not.toBeNull();
      }
      if (['DRAFT', 'PLACED', 'ACCEPTED', 'REJECTED'].includes(row.status)) expect(row.sessions).toBe(0);
    }
    const [{ sessions }] = await db.query('SELECT count(*)::int AS sessions FROM mentor_session');
    expect(sessions / YOUTHS).toBeGreaterThan(5);
  });

  test('gives delivering orders an agreement, a schedule with entries, and completed ones an outcome', async () => {
    const [counts] = await db.query(`
      SELECT count(*) FILTER (WHERE o.status IN ('ACTIVE', 'COMPLETED') AND a.id IS NULL)::int AS without_agreement,
             count(*) FILTER (WHERE o.status IN ('ACTIVE', 'COMPLETED') AND NOT EXISTS (SELECT 1 FROM schedule s JOIN schedule_entry e ON e.schedule_id = s.id WHERE s.order_id = o.id))::int AS without_schedule,
             count(*) FILTER (WHERE o.status = 'COMPLETED' AND (o.outcome_kind IS NULL OR o.sps_clarification IS NULL))::int AS completed_without_outcome,
             count(*) FILTER (WHERE o.status <> 'COMPLETED' AND o.outcome_kind IS NOT NULL)::int AS outcome_elsewhere
      FROM mentor_order o LEFT JOIN mentor_agreement a ON a.order_id = o.id`);
    expect(counts).toEqual({ without_agreement: 0, without_schedule: 0, completed_without_outcome: 0, outcome_elsewhere: 0 });
    const standards: { municipality_code: string }[] = await db.query('SELECT municipality_code FROM service_standard ORDER BY municipality_code');
    expect(standards.map((standard) => standard.municipality_code)).toEqual(['101', '270']);
  });
});
