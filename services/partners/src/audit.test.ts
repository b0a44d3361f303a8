import { OPERATION_HEADER, type TokenRequest } from '@mentor/common';
import { demoUsers, demoYouth, recordingLogger } from '@mentor/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorsByPath, startPartners, type PartnersHarness } from './testing/harness.js';

const users = demoUsers as Record<string, TokenRequest>;
// Youth 2 has a guide, attendance concerns and an enrollment; youth 0 a consent to social services too.
const youth = demoYouth(0);
const withConcerns = demoYouth(2);

const youthQuery = `#graphql
  query Youth($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Youth {
        id
        enrollments { programme attendanceConcerns { description } }
        youthGuide { guideName }
        consents { scope }
      }
    }
  }
`;

interface AuditRow {
  user_id: string;
  role: string;
  unit: string;
  allowed_fields: string[];
  denied_fields: string[];
  purpose: string;
  outcome: string;
}

describe('partners audit trail of personal data reads', () => {
  let partners: PartnersHarness;
  const recorded = recordingLogger('partners');

  beforeAll(async () => {
    partners = await startPartners('partners_audit', { youths: 20, log: recorded.log });
  });

  afterAll(async () => {
    await partners?.stop();
  });

  beforeEach(async () => {
    await partners.db.query('DELETE FROM audit_entry');
  });

  async function recordsOf(youthId: string): Promise<AuditRow[]> {
    return partners.db.query(
      `SELECT user_id, role, unit, allowed_fields, denied_fields, purpose, outcome FROM audit_record WHERE youth_id = $1 ORDER BY at`,
      [youthId],
    );
  }

  function read(caller: TokenRequest, youthIds: string[], operation?: string) {
    return partners.call<{ _entities: Record<string, unknown>[] }>(
      caller,
      youthQuery,
      { representations: youthIds.map((id) => ({ __typename: 'Youth', id })) },
      operation ? { [OPERATION_HEADER]: operation } : undefined,
    );
  }

  it('leaves exactly one record per youth for an allowed read, with the fields, the caller and the purpose', async () => {
    const caseworker = users.caseworker!;
    const response = await read(caseworker, [youth.id, withConcerns.id], 'CaseworkerYouthOverview');
    expect(response.body.errors).toBeUndefined();

    const [record, ...more] = await recordsOf(withConcerns.id);
    expect(more).toEqual([]);
    expect(record).toEqual({
      user_id: caseworker.sub,
      role: 'CASEWORKER',
      unit: caseworker.org,
      allowed_fields: expect.arrayContaining([
        'Youth.enrollments',
        'Youth.youthGuide',
        'Youth.consents',
        'Enrollment.programme',
        'Enrollment.attendanceConcerns',
        'AttendanceConcern.description',
        'YouthGuideAssignment.guideName',
      ]),
      denied_fields: [],
      purpose: 'CaseworkerYouthOverview (query _entities)',
      outcome: 'ALLOWED',
    });
    expect(record!.allowed_fields.length).toBe(7);
    expect((await recordsOf(youth.id)).map((row) => [row.outcome, row.allowed_fields.includes('Consent.scope')])).toEqual([['ALLOWED', true]]);
  });

  it('leaves a DENIED record when every field is refused, and PARTIAL when some are', async () => {
    const provider = users.provider!;
    const denied = await read(provider, [youth.id], 'ProviderYouth');
    expect(errorsByPath(denied)).toEqual({ '_entities.0.enrollments': 'FORBIDDEN', '_entities.0.youthGuide': 'FORBIDDEN', '_entities.0.consents': 'FORBIDDEN' });
    expect(await recordsOf(youth.id)).toEqual([
      {
        user_id: provider.sub,
        role: 'PROVIDER_COORDINATOR',
        unit: provider.org,
        allowed_fields: [],
        denied_fields: expect.arrayContaining(['Youth.enrollments', 'Youth.youthGuide', 'Youth.consents']),
        purpose: 'ProviderYouth (query _entities)',
        outcome: 'DENIED',
      },
    ]);

    await partners.db.query('DELETE FROM audit_entry');
    await read(users.mentor!, [youth.id]);
    const [partial] = await recordsOf(youth.id);
    expect(partial).toMatchObject({ outcome: 'PARTIAL', purpose: 'unnamed operation (query _entities)' });
    expect(partial!.allowed_fields).toEqual(expect.arrayContaining(['Youth.enrollments', 'Enrollment.programme']));
    expect(partial!.denied_fields.sort()).toEqual(['Youth.consents', 'Youth.youthGuide']);
  });

  it('audits the enrollments an institution lists, one record per youth', async () => {
    const staff = users.institution!;
    const response = await partners.call<{ institution: { enrollments: { edges: { node: { youth: { id: string } } }[] } } }>(
      staff,
      `#graphql
        query Students($id: ID!) { institution(id: $id) { enrollments(first: 100) { edges { node { programme youth { id } } } } } }
      `,
      { id: staff.org },
    );
    expect(response.body.errors).toBeUndefined();
    const students = response.body.data!.institution.enrollments.edges.map((edge) => edge.node.youth.id).sort();
    expect(students.length).toBeGreaterThan(1);
    const rows: { youth_id: string; outcome: string }[] = await partners.db.query(`SELECT youth_id, outcome FROM audit_record ORDER BY youth_id`);
    expect(rows.map((row) => row.youth_id)).toEqual(students);
    expect(new Set(rows.map((row) => row.outcome))).toEqual(new Set(['ALLOWED']));
  });

  it('answers without any data when the audit records cannot be written, and logs that without personal data', async () => {
    const caseworker = users.caseworker!;
    const before = recorded.lines.length;
    await partners.db.query('ALTER TABLE audit_entry RENAME TO audit_entry_off');
    let response: Awaited<ReturnType<typeof read>>;
    try {
      response = await read(caseworker, [youth.id, withConcerns.id], 'CaseworkerYouthOverview');
    } finally {
      await partners.db.query('ALTER TABLE audit_entry_off RENAME TO audit_entry');
    }
    // Not even the ids: the whole answer is withheld, with one error that says why.
    expect(response.body).toEqual({ data: null, errors: [{ message: expect.any(String), extensions: { code: 'AUDIT_UNAVAILABLE' } }] });
    const logged = recorded.lines.slice(before);
    expect(logged).toEqual([
      expect.objectContaining({ level: 50, msg: 'the audit records could not be stored; the response carries no data', youths: 2, err: { name: 'QueryFailedError', code: '42P01' } }),
    ]);
    const text = JSON.stringify(logged);
    for (const secret of [youth.id, withConcerns.id, caseworker.sub]) expect(text).not.toContain(secret);
    expect(await recordsOf(youth.id)).toEqual([]);

    // Writable again, the same read is answered.
    const again = await read(caseworker, [youth.id]);
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data!._entities[0]!.enrollments).not.toBeNull();
  });

  it('writes the records of a request in one statement, however many levels of the answer they come from', async () => {
    // The youths' enrollments and then the enrollments' fields: two levels, one INSERT. Each
    // statement here runs in a transaction of its own, so one statement leaves one xmin.
    const requestId = 'partners-audit-one-insert';
    const response = await partners.call(
      users.institution!,
      '#graphql\nquery Students($id: ID!) { institution(id: $id) { enrollments(first: 100) { edges { node { programme status attendanceConcerns { description } youth { id } } } } } }',
      { id: users.institution!.org },
      { 'x-request-id': requestId },
    );
    expect(response.body.errors).toBeUndefined();
    const [writes] = (await partners.db.query(`SELECT (SELECT count(*)::int FROM audit_record WHERE request_id = $1) AS rows, (SELECT count(DISTINCT xmin::text)::int FROM audit_entry WHERE request_id = $1) AS statements`, [requestId])) as {
      rows: number;
      statements: number;
    }[];
    expect(writes!.rows).toBeGreaterThan(1);
    expect(writes!.statements).toBe(1);
  });

  it('audits what a mutation answers under the youth, one record for the request', async () => {
    const staff = users.institution!;
    // A youth whose placed order is at the school, and who has left it: its staff may enroll them again.
    const student = demoYouth(7);
    await partners.db.query(`UPDATE enrollment SET status = 'COMPLETED', ended_on = start_date WHERE youth_id = $1 AND status = 'ACTIVE'`, [student.id]);
    const requestId = 'partners-audit-mutation';
    const response = await partners.call<{ enrollYouth: { youth: { id: string }; programme: string } }>(
      staff,
      '#graphql\nmutation Enroll($input: EnrollYouthInput!) { enrollYouth(input: $input) { id youth { id } programme status } }',
      { input: { youthId: student.id, institutionId: staff.org, programme: 'Grundforløb 1', startDate: '2025-08-11' } },
      { 'x-request-id': requestId },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.enrollYouth).toMatchObject({ youth: { id: student.id }, programme: 'Grundforløb 1' });
    const rows: { youth_id: string; allowed_fields: string[]; outcome: string }[] = await partners.db.query(
      'SELECT youth_id, allowed_fields, outcome FROM audit_record WHERE request_id = $1',
      [requestId],
    );
    expect(rows).toEqual([{ youth_id: student.id, allowed_fields: expect.arrayContaining(['Enrollment.id', 'Enrollment.youth', 'Enrollment.programme', 'Enrollment.status']), outcome: 'ALLOWED' }]);
  });

  it('lets an auditor read the records, with their dates and purposes, within a period', async () => {
    await read(users.caseworker!, [youth.id], 'CaseworkerYouthOverview');
    await read(users.provider!, [youth.id], 'ProviderYouth');
    const auditor = users.auditor!;
    const query = `#graphql
      query Log($representations: [_Any!]!, $from: DateTime, $to: DateTime) {
        _entities(representations: $representations) {
          ... on AuditLog { youthId partnerRecords(from: $from, to: $to) { at userId role unit fields deniedFields purpose requestId outcome } }
        }
      }
    `;
    const representations = [{ __typename: 'AuditLog', youthId: youth.id }];
    type Log = { _entities: { youthId: string; partnerRecords: Record<string, unknown>[] }[] };
    const response = await partners.call<Log>(auditor, query, { representations });
    expect(response.body.errors).toBeUndefined();
    const records = response.body.data!._entities[0]!.partnerRecords;
    expect(records.map((record) => [record.userId, record.role, record.purpose, record.outcome])).toEqual([
      [users.caseworker!.sub, 'CASEWORKER', 'CaseworkerYouthOverview (query _entities)', 'ALLOWED'],
      [users.provider!.sub, 'PROVIDER_COORDINATOR', 'ProviderYouth (query _entities)', 'DENIED'],
    ]);
    expect(records[0]).toMatchObject({ unit: users.caseworker!.org, deniedFields: [], at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), requestId: expect.any(String) });
    expect(records[0]!.fields).toEqual(expect.arrayContaining(['Youth.enrollments', 'Consent.scope']));

    const future = await partners.call<Log>(auditor, query, { representations, from: new Date(Date.now() + 60_000).toISOString() });
    expect(future.body.data!._entities[0]!.partnerRecords).toEqual([]);
    const past = await partners.call<Log>(auditor, query, { representations, to: new Date(Date.now() - 3_600_000).toISOString() });
    expect(past.body.data!._entities[0]!.partnerRecords).toEqual([]);
  });
});

describe('partners audit retention', () => {
  let partners: PartnersHarness;

  afterAll(async () => {
    await partners?.stop();
  });

  it('purges records older than the retention period when the server starts', async () => {
    partners = await startPartners('partners_audit_retention', { youths: 2, auditRetentionDays: 30, beforeStart: async (db) => {
      await db.query(
        `INSERT INTO audit_entry (at, user_id, role, unit, youth_ids, allowed_fields, denied_fields, purpose, request_id, outcome)
         VALUES (now() - interval '31 days', 'u', 'CASEWORKER', 'x', ARRAY[$1::uuid], '{Youth.enrollments}', '{}', 'old', 'r-old', 'ALLOWED'),
                (now() - interval '29 days', 'u', 'CASEWORKER', 'x', ARRAY[$1::uuid], '{Youth.enrollments}', '{}', 'kept', 'r-kept', 'ALLOWED')`,
        [youth.id],
      );
    } });
    // The purge runs beside the start, so it is waited for; a loaded machine may take seconds.
    const purposes = async () => ((await partners.db.query(`SELECT purpose FROM audit_record ORDER BY at`)) as { purpose: string }[]).map((row) => row.purpose);
    await expect.poll(purposes, { timeout: 15_000, interval: 50 }).toEqual(['kept']);
  });
});
