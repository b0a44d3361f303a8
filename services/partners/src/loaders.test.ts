import { demoUsers, demoYouth } from '@mentor/testkit';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLoaders } from './loaders.js';
import { startPartners, type PartnersHarness } from './testing/harness.js';

const YOUTHS = 20;

const query = `#graphql
  query Youths($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Youth {
        enrollments { institution { name } attendanceConcerns { description } }
        youthGuide { guideName }
        consents { body { name } }
      }
    }
  }
`;

describe('partners loaders', () => {
  let partners: PartnersHarness;

  beforeAll(async () => {
    partners = await startPartners('partners_loaders', { youths: YOUTHS });
  });

  // Each test that counts statements spies on them itself.
  afterEach(() => {
    vi.restoreAllMocks();
  });

  afterAll(async () => {
    await partners?.stop();
  });

  it('resolves the lists and the rules\' relations of many youths with one SQL statement per relation', async () => {
    const statements: string[] = [];
    const original = PostgresQueryRunner.prototype.query;
    vi.spyOn(PostgresQueryRunner.prototype, 'query').mockImplementation(function (this: PostgresQueryRunner, ...args: Parameters<typeof original>) {
      statements.push(args[0]);
      return original.apply(this, args);
    });

    // The caseworker's own unit: every youth but the Frederiksberg ones (9, 19).
    const ownUnit = Array.from({ length: YOUTHS }, (_, index) => demoYouth(index)).filter((youth) => youth.caseworkerUnitId === demoUsers.caseworker!.org);
    async function read(youths: typeof ownUnit) {
      statements.length = 0;
      const response = await partners.call<{ _entities: { enrollments: unknown[] }[] }>(demoUsers.caseworker!, query, {
        representations: youths.map((youth) => ({ __typename: 'Youth', id: youth.id })),
      });
      expect(response.body.errors).toBeUndefined();
      return { entities: response.body.data!._entities, statements: [...statements] };
    }

    const few = await read(ownUnit.slice(0, 2));
    const many = await read(ownUnit);
    expect(many.entities.filter((youth) => youth.enrollments.length > 0).length).toBe(18);

    const from = (table: string) => many.statements.filter((sql) => new RegExp(`FROM "${table}"`).test(sql)).length;
    expect(from('enrollment')).toBe(1);
    expect(from('institution')).toBe(1);
    expect(from('attendance_concern')).toBe(1);
    expect(from('youth_guide_assignment')).toBe(1);
    expect(from('consent')).toBe(1);
    expect(from('organisation')).toBe(1);
    // The field rules' relation facts: one statement for every youth, enrollment, concern, guide and consent.
    expect(many.statements.filter((sql) => sql.includes('FROM unnest($1::uuid[]) AS y(id) LEFT JOIN youth_link')).length).toBe(1);
    // The audit trail: one INSERT for the request, as for 2 youths as for 18: not one per field or youth.
    const audits = (run: { statements: string[] }) => run.statements.filter((sql) => sql.includes('INSERT INTO audit_entry')).length;
    expect(audits(few)).toBe(1);
    expect(audits(many)).toBe(1);
    expect(many.statements.length).toBe(8);
    // One record per youth per request.
    const records = (await partners.db.query(`SELECT count(*)::int AS n FROM audit_record GROUP BY request_id ORDER BY n`)) as { n: number }[];
    expect(records.map((row) => row.n)).toEqual([2, ownUnit.length]);
  });

  it('knows a youth\'s relations without a promise once they are read, and not before', async () => {
    const loaders = createLoaders(partners.db, demoUsers.caseworker!);
    const youth = demoYouth(0);
    expect(loaders.knownYouthRelations(youth.id)).toBeUndefined();
    const loaded = await loaders.youthRelations.load(youth.id);
    expect(loaded.caseworkerUnitId).toBe(youth.caseworkerUnitId);
    expect(loaders.knownYouthRelations(youth.id)).toBe(loaded);
    expect(loaders.knownYouthRelations(demoYouth(1).id)).toBeUndefined();
    // Not an id: answered (no relations), but never known, so the rules' id check still runs for it.
    expect(await loaders.youthRelations.load('not-an-id')).toMatchObject({ providerIds: [], caseworkerUnitId: null });
    expect(loaders.knownYouthRelations('not-an-id')).toBeUndefined();
  });

  it("reads every id of a youth's relations, as the tables hold them", async () => {
    // A second provider and mentor on one youth's link, so those lists hold more than one id.
    const youth = demoYouth(2);
    const [link] = (await partners.db.query(`SELECT provider_ids, mentor_ids FROM youth_link WHERE youth_id = $1`, [youth.id])) as { provider_ids: string[]; mentor_ids: string[] }[];
    expect(link).toBeDefined();
    const extraProvider = '00000000-0000-4000-8000-0000000000a1';
    const extraMentor = '00000000-0000-4000-8000-0000000000a2';
    await partners.db.query(`UPDATE youth_link SET provider_ids = provider_ids || $2::uuid, mentor_ids = mentor_ids || $3::uuid WHERE youth_id = $1`, [youth.id, extraProvider, extraMentor]);
    try {
      const [enrolled] = (await partners.db.query(`SELECT array_agg(DISTINCT institution_id::text) AS ids FROM enrollment WHERE youth_id = $1`, [youth.id])) as { ids: string[] | null }[];
      // Staff who also hold another relation's role read their relations in the statement, every institution included.
      const asStaff = await createLoaders(partners.db, { ...demoUsers.institution!, roles: ['INSTITUTION_STAFF', 'YOUTH_GUIDE'] }).youthRelations.load(youth.id);
      const asCaseworker = await createLoaders(partners.db, demoUsers.caseworker!).youthRelations.load(youth.id);
      expect(asCaseworker.providerIds.sort()).toEqual([...link!.provider_ids, extraProvider].sort());
      expect(asCaseworker.mentorIds.sort()).toEqual([...link!.mentor_ids, extraMentor].sort());
      expect(enrolled!.ids?.length).toBeGreaterThan(0);
      expect(asStaff.institutionIds.sort()).toEqual(enrolled!.ids!.sort());
      // None read: an empty list, not a list of one empty id.
      expect(asCaseworker.institutionIds).toEqual([]);
      expect(asCaseworker.consentBodyIds).toEqual([]);
      const unknown = await createLoaders(partners.db, demoUsers.caseworker!).youthRelations.load('00000000-0000-4000-8000-0000000000ff');
      expect(unknown).toMatchObject({ providerIds: [], mentorIds: [], institutionIds: [], consentBodyIds: [] });
    } finally {
      await partners.db.query(`UPDATE youth_link SET provider_ids = $2::uuid[], mentor_ids = $3::uuid[] WHERE youth_id = $1`, [youth.id, link!.provider_ids, link!.mentor_ids]);
    }
  });

  it("works out institution staff's relations from the enrollments they may see, with no statement of their own", async () => {
    const staff = demoUsers.institution!;
    const rows = (await partners.db.query(
      `SELECT y.youth_id, bool_or(e.institution_id = $1) AS here FROM youth_link y LEFT JOIN enrollment e ON e.youth_id = y.youth_id GROUP BY y.youth_id`,
      [staff.org],
    )) as { youth_id: string; here: boolean | null }[];
    const enrolled = rows.filter((row) => row.here).map((row) => row.youth_id);
    const elsewhere = rows.filter((row) => !row.here).map((row) => row.youth_id);
    expect(enrolled.length).toBeGreaterThan(0);
    expect(elsewhere.length).toBeGreaterThan(0);
    // An ended enrollment at the institution still relates the youth to it (the school keeps its history).
    const ended = enrolled[0]!;
    const [kept] = (await partners.db.query(`SELECT json_agg(e) AS rows FROM enrollment e WHERE youth_id = $1 AND institution_id = $2`, [ended, staff.org])) as { rows: { id: string; status: string; ended_on: string | null }[] }[];
    await partners.db.query(`UPDATE enrollment SET status = 'COMPLETED', ended_on = COALESCE(ended_on, start_date) WHERE youth_id = $1 AND institution_id = $2`, [ended, staff.org]);
    try {
      const statements: string[] = [];
      const original = PostgresQueryRunner.prototype.query;
      vi.spyOn(PostgresQueryRunner.prototype, 'query').mockImplementation(function (this: PostgresQueryRunner, ...args: Parameters<typeof original>) {
        statements.push(args[0]);
        return original.apply(this, args);
      });
      const loaders = createLoaders(partners.db, staff);
      const ids = [...enrolled, ...elsewhere];
      const relations = await loaders.youthRelations.loadMany(ids);
      expect(relations.map((facts) => (facts instanceof Error ? facts : facts.institutionIds))).toEqual(ids.map((id) => (enrolled.includes(id) ? [staff.org] : [])));
      expect(loaders.knownYouthRelations(ended)?.institutionIds).toEqual([staff.org]);
      // The enrollments the field then answers with are the ones read: one statement, the enrollments'.
      const shown = await loaders.enrollmentsByYouth.loadMany(ids);
      expect(statements).toHaveLength(1);
      expect(statements[0]).toContain('FROM "enrollment" e');
      expect(shown.flat().every((row) => !(row instanceof Error) && row.institutionId === staff.org)).toBe(true);
      // Nothing else about the youth is read for them: no unit, provider, mentor, guide or consent.
      expect(relations.filter((facts) => !(facts instanceof Error) && (facts.caseworkerUnitId || facts.providerIds.length || facts.mentorIds.length || facts.guideUserId || facts.consentBodyIds.length))).toEqual([]);
    } finally {
      for (const row of kept!.rows) await partners.db.query(`UPDATE enrollment SET status = $2, ended_on = $3 WHERE id = $1`, [row.id, row.status, row.ended_on]);
    }
  });

  it('reads only the relation facts a grant the caller holds could use', async () => {
    const [guided] = (await partners.db.query(
      `SELECT youth_id FROM youth_guide_assignment WHERE from_date <= current_date AND (to_date IS NULL OR to_date >= current_date) AND youth_id IN (SELECT youth_id FROM consent) AND youth_id IN (SELECT youth_id FROM enrollment) LIMIT 1`,
    )) as { youth_id: string }[];
    expect(guided).toBeDefined();
    const relationsAs = (identity: typeof demoUsers.caseworker) => createLoaders(partners.db, identity!).youthRelations.load(guided!.youth_id);
    const full = { guide: expect.any(String), institutions: [expect.any(String)], consents: [expect.any(String)] };
    const facts = (relations: Awaited<ReturnType<typeof relationsAs>>) => ({ guide: relations.guideUserId, institutions: relations.institutionIds.slice(0, 1), consents: relations.consentBodyIds.slice(0, 1) });
    // Each role reads the facts of its own relations, and none of another's.
    expect(facts(await relationsAs(demoUsers['youth-guide']))).toEqual({ ...full, institutions: [], consents: [] });
    expect(facts(await relationsAs(demoUsers.institution))).toEqual({ guide: null, institutions: full.institutions, consents: [] });
    expect(facts(await relationsAs(demoUsers['social-worker']))).toEqual({ guide: null, institutions: [], consents: full.consents });
    expect(facts(await relationsAs(demoUsers.mentor))).toEqual({ guide: null, institutions: [], consents: [] });
  });
});
