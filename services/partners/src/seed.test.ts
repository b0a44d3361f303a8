import { openDatabase } from '@mentor/common';
import { createTestDatabase, demoId, demoInstitutions, demoOrder, demoOrganisations, demoUnits, demoYouth } from '@mentor/testkit';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceSpec } from './data-source.js';
import { seed } from './seed.js';

const YOUTHS = 40;

describe('partners seed', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('partners_seed');
    db = await openDatabase(dataSourceSpec(database.url));
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  async function count(sql: string, parameters: unknown[] = []): Promise<number> {
    const [row] = (await db.query(sql, parameters)) as { n: number }[];
    return row!.n;
  }

  it('loads the shared demo plan once, so ids line up with the other subgraphs', async () => {
    expect(await seed(db, { youths: YOUTHS })).toEqual({ seeded: true });
    expect(await seed(db, { youths: YOUTHS })).toEqual({ seeded: false });

    const youths = Array.from({ length: YOUTHS }, (_, index) => demoYouth(index));
    expect(await count(`SELECT count(*)::int AS n FROM organisation`)).toBe(demoOrganisations.length + demoInstitutions.length);
    expect(await count(`SELECT count(*)::int AS n FROM institution WHERE approved`)).toBe(demoInstitutions.filter((institution) => institution.approved).length);
    expect(await count(`SELECT count(*)::int AS n FROM youth_link`)).toBe(YOUTHS);

    // Every youth is actively enrolled where the plan says.
    const active = (await db.query(`SELECT youth_id, institution_id FROM enrollment WHERE status = 'ACTIVE'`)) as { youth_id: string; institution_id: string }[];
    expect(new Map(active.map((row) => [row.youth_id, row.institution_id]))).toEqual(new Map(youths.map((youth) => [youth.id, youth.institutionId])));
    expect(await count(`SELECT count(*)::int AS n FROM enrollment WHERE status <> 'ACTIVE' AND ended_on IS NOT NULL`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*)::int AS n FROM attendance_concern`)).toBeGreaterThan(0);

    const guides = (await db.query(`SELECT youth_id, guide_user_id FROM youth_guide_assignment WHERE to_date IS NULL`)) as { youth_id: string; guide_user_id: string }[];
    expect(new Map(guides.map((row) => [row.youth_id, row.guide_user_id]))).toEqual(
      new Map(youths.filter((youth) => youth.youthGuideId).map((youth) => [youth.id, youth.youthGuideId])),
    );

    const consenting = youths.filter((youth) => youth.consentToSocialServices).map((youth) => youth.id).sort();
    const consents = (await db.query(`SELECT youth_id FROM consent WHERE body_id = $1 AND withdrawn_on IS NULL ORDER BY youth_id`, [demoUnits.socialServices])) as { youth_id: string }[];
    expect(consents.map((row) => row.youth_id)).toEqual(consenting);

    const completedOrders = youths.map(demoOrder).filter((order) => order.status === 'COMPLETED');
    const rated = (await db.query(`SELECT DISTINCT order_id FROM collaboration_feedback ORDER BY order_id`)) as { order_id: string }[];
    expect(rated.map((row) => row.order_id)).toEqual(completedOrders.map((order) => order.id).sort());
    expect(await count(`SELECT count(*)::int AS n FROM collaboration_feedback WHERE rating NOT BETWEEN 1 AND 5`)).toBe(0);

    const [link] = (await db.query(`SELECT caseworker_unit_id, provider_ids, mentor_ids FROM youth_link WHERE youth_id = $1`, [youths[0]!.id])) as {
      caseworker_unit_id: string;
      provider_ids: string[];
      mentor_ids: string[];
    }[];
    const order = demoOrder(youths[0]!);
    expect(link).toEqual({ caseworker_unit_id: youths[0]!.caseworkerUnitId, provider_ids: [order.providerId], mentor_ids: [order.mentorId] });
    const draft = youths.find((youth) => demoOrder(youth).status === 'DRAFT')!;
    const [{ provider_ids: draftProviders }] = (await db.query(`SELECT provider_ids FROM youth_link WHERE youth_id = $1`, [draft.id])) as { provider_ids: string[] }[];
    expect(draftProviders).toEqual([]);
    expect(await count(`SELECT count(*)::int AS n FROM enrollment WHERE id = $1`, [demoId('enrollment', 0)])).toBe(1);
  });
});
