import { AuditTrail, AuditUnavailable, countedDataSource, createLogger, type Identity } from '@mentor/common';
import { createTestIdentityProvider, demoOrder, demoUsers, demoYouth, recordingLogger, TEST_SIGNING_SECRET } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { today } from './dates.js';
import { createServer } from './server.js';
import { startHarness, type OrdersHarness } from './testing/harness.js';

const caseworker = demoUsers.caseworker!;
const provider = demoUsers.provider!;
const auditor = demoUsers.auditor!;
const youth0 = demoYouth(0);
const order0 = demoOrder(youth0);

interface StoredRecord {
  youth_id: string;
  user_id: string;
  role: string;
  unit: string;
  allowed_fields: string[];
  denied_fields: string[];
  purpose: string;
  outcome: string;
}

let harness: OrdersHarness;
let requests = 0;

const recorded = recordingLogger('orders');

beforeAll(async () => {
  harness = await startHarness('orders_audit', { youths: 20, log: recorded.log });
});

afterAll(async () => {
  await harness?.stop();
});

/** Sends a request under a fresh request id and the client operation the gateway would pass on; returns the id. */
async function read(identity: Identity, query: string, variables: Record<string, unknown> = {}, operation = 'AuditTest') {
  const requestId = `audit-test-${++requests}`;
  const response = await harness.call<Record<string, unknown>>(identity, query, variables, { 'x-request-id': requestId, 'x-client-operation': operation });
  return { requestId, response };
}

async function recordsOf(requestId: string): Promise<StoredRecord[]> {
  const rows: StoredRecord[] = await harness.db.query(
    'SELECT youth_id, user_id, role, unit, allowed_fields, denied_fields, purpose, outcome FROM audit_record WHERE request_id = $1 ORDER BY youth_id',
    [requestId],
  );
  return rows.map((row) => ({ ...row, allowed_fields: [...row.allowed_fields].sort(), denied_fields: [...row.denied_fields].sort() }));
}

describe('reads of personal data are audited', () => {
  test('an allowed read leaves one record for the youth, with every field read, the caller and the purpose', async () => {
    const { requestId, response } = await read(
      caseworker,
      '#graphql\nquery YouthCard($id: ID!) { youth(id: $id) { id firstName cpr healthNotes orders { totalCount } } }',
      { id: youth0.id },
      'CaseworkerYouthCard',
    );
    expect(response.body.errors).toBeUndefined();
    expect(await recordsOf(requestId)).toEqual([
      {
        youth_id: youth0.id,
        user_id: caseworker.sub,
        role: 'CASEWORKER',
        unit: caseworker.org,
        allowed_fields: ['Youth.cpr', 'Youth.firstName', 'Youth.healthNotes', 'Youth.orders'],
        denied_fields: [],
        purpose: 'CaseworkerYouthCard (query youth)',
        outcome: 'ALLOWED',
      },
    ]);
  });

  test('a list leaves one record per youth listed, not one per field', async () => {
    const { requestId, response } = await read(caseworker, '#graphql\n{ youths(first: 5) { edges { node { id firstName lastName phone } } } }');
    const ids = (response.body.data!.youths as { edges: { node: { id: string } }[] }).edges.map((edge) => edge.node.id);
    expect(ids).toHaveLength(5);
    const records = await recordsOf(requestId);
    expect(records.map((record) => record.youth_id).sort()).toEqual([...ids].sort());
    for (const record of records) expect(record).toMatchObject({ allowed_fields: ['Youth.firstName', 'Youth.lastName', 'Youth.phone'], outcome: 'ALLOWED' });
    // Stored as one row: the five youths were read alike.
    const stored = (await harness.db.query('SELECT youth_ids::text[] AS youth_ids FROM audit_entry WHERE request_id = $1', [requestId])) as { youth_ids: string[] }[];
    expect(stored.map((row) => [...row.youth_ids].sort())).toEqual([[...ids].sort()]);
  });

  test('youths read differently are stored apart, each row with its own fields and outcome', async () => {
    // A youth of another unit is refused by id; the own youths' names are read.
    const elsewhere = Array.from({ length: 20 }, (_, index) => demoYouth(index)).find((youth) => youth.caseworkerUnitId !== caseworker.org)!;
    const query = '#graphql\nquery Two($own: ID!, $other: ID!, $third: ID!) { a: youth(id: $own) { firstName } b: youth(id: $third) { firstName } c: youth(id: $other) { firstName } }';
    const { requestId } = await read(caseworker, query, { own: youth0.id, third: demoYouth(1).id, other: elsewhere.id });
    const stored = (await harness.db.query('SELECT youth_ids::text[] AS youth_ids, allowed_fields, denied_fields, outcome FROM audit_entry WHERE request_id = $1 ORDER BY outcome', [requestId])) as {
      youth_ids: string[];
      allowed_fields: string[];
      outcome: string;
    }[];
    expect(stored.map((row) => [[...row.youth_ids].sort(), row.allowed_fields, row.outcome])).toEqual([
      [[youth0.id, demoYouth(1).id].sort(), ['Youth.firstName'], 'ALLOWED'],
      [[elsewhere.id], [], 'REFUSED'],
    ]);
  });

  test('reads through _entities are audited alike, the id alone is not', async () => {
    const entities = '#graphql\nquery E($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { id specialNeeds } } }';
    const { requestId } = await read(caseworker, entities, { r: [{ __typename: 'Youth', id: youth0.id }, { __typename: 'Youth', id: demoYouth(1).id }] });
    const records = await recordsOf(requestId);
    expect(records.map((record) => [record.youth_id, record.allowed_fields])).toEqual(
      [youth0.id, demoYouth(1).id].sort().map((id) => [id, ['Youth.specialNeeds']]),
    );
    const idOnly = await read(caseworker, '#graphql\nquery E($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { id } } }', { r: [{ __typename: 'Youth', id: youth0.id }] });
    expect(await recordsOf(idOnly.requestId)).toEqual([]);
  });

  test('the order’s case content, its journal notes and Order.youth go into the youth’s one record', async () => {
    const { requestId, response } = await read(
      caseworker,
      '#graphql\nquery O($id: ID!) { order(id: $id) { goal tasks agreement { goal } status youth { firstName } sessions(first: 3) { edges { node { journalNote } } } } }',
      { id: order0.id },
    );
    expect(response.body.errors).toBeUndefined();
    expect(await recordsOf(requestId)).toEqual([
      expect.objectContaining({
        youth_id: youth0.id,
        allowed_fields: ['MentorSession.journalNote', 'Order.agreement', 'Order.goal', 'Order.tasks', 'Youth.firstName'],
        outcome: 'ALLOWED',
      }),
    ]);
  });

  test('a refused read is audited too: DENIED when nothing was given, PARTIAL when some was', async () => {
    const denied = await read(provider, '#graphql\nquery Y($id: ID!) { youth(id: $id) { id cpr healthNotes } }', { id: youth0.id });
    expect(denied.response.body.data).toEqual({ youth: { id: youth0.id, cpr: null, healthNotes: null } });
    expect(await recordsOf(denied.requestId)).toEqual([
      expect.objectContaining({ youth_id: youth0.id, user_id: provider.sub, role: 'PROVIDER_COORDINATOR', allowed_fields: [], denied_fields: ['Youth.cpr', 'Youth.healthNotes'], outcome: 'DENIED' }),
    ]);
    const partial = await read(provider, '#graphql\nquery Y($id: ID!) { youth(id: $id) { firstName cpr } }', { id: youth0.id });
    expect(await recordsOf(partial.requestId)).toEqual([
      expect.objectContaining({ allowed_fields: ['Youth.firstName'], denied_fields: ['Youth.cpr'], outcome: 'PARTIAL' }),
    ]);
  });

  test('a youth the caller does not relate to is null, and the attempt leaves one REFUSED record', async () => {
    const frb = demoUsers['caseworker-frb']!;
    const { requestId, response } = await read(frb, '#graphql\nquery Y($id: ID!) { youth(id: $id) { firstName cpr } }', { id: youth0.id });
    expect(response.body).toEqual({ data: { youth: null } });
    expect(await recordsOf(requestId)).toEqual([
      expect.objectContaining({ youth_id: youth0.id, user_id: frb.sub, allowed_fields: [], denied_fields: ['Query.youth'], outcome: 'REFUSED' }),
    ]);
  });

  test('a change to a youth’s case is audited under the mutation, with the fields it returns', async () => {
    const { requestId, response } = await read(
      caseworker,
      '#graphql\nmutation F($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id date } }',
      { input: { orderId: order0.id, date: today(), statusAssessment: 'Møder stabilt.', progression: 'SOME', nextStep: 'Fortsæt forløbet.' } },
      'CaseworkerFollowUp',
    );
    expect(response.body.errors).toBeUndefined();
    expect(await recordsOf(requestId)).toEqual([
      expect.objectContaining({ youth_id: youth0.id, allowed_fields: ['Mutation.recordFollowUp'], purpose: 'CaseworkerFollowUp (mutation recordFollowUp)', outcome: 'ALLOWED' }),
    ]);
  });
});

describe('the audit log', () => {
  const LOG = `#graphql
    query Log($youthId: ID!, $from: DateTime, $to: DateTime) {
      auditLog(youthId: $youthId) { youthId records(from: $from, to: $to) { at userId role unit fields deniedFields purpose requestId outcome } }
    }
  `;
  type Log = { auditLog: { youthId: string; records: { at: string; userId: string; role: string; fields: string[]; deniedFields: string[]; purpose: string; requestId: string; outcome: string }[] } | null };

  test('an auditor extracts a youth’s history: who read what, when, why and with what outcome', async () => {
    const before = new Date().toISOString();
    const card = await read(caseworker, '#graphql\nquery Y($id: ID!) { youth(id: $id) { firstName address } }', { id: youth0.id }, 'CaseworkerYouthCard');
    const refused = await read(provider, '#graphql\nquery Y($id: ID!) { youth(id: $id) { cpr } }', { id: youth0.id }, 'ProviderYouth');
    const response = await harness.call<Log>(auditor, LOG, { youthId: youth0.id, from: before });
    expect(response.body.errors).toBeUndefined();
    const log = response.body.data!.auditLog!;
    expect(log.youthId).toBe(youth0.id);
    expect(log.records.map((record) => ({ ...record, fields: [...record.fields].sort(), at: typeof record.at }))).toEqual([
      {
        at: 'string',
        userId: caseworker.sub,
        role: 'CASEWORKER',
        unit: caseworker.org,
        fields: ['Youth.address', 'Youth.firstName'],
        deniedFields: [],
        purpose: 'CaseworkerYouthCard (query youth)',
        requestId: card.requestId,
        outcome: 'ALLOWED',
      },
      { at: 'string', userId: provider.sub, role: 'PROVIDER_COORDINATOR', unit: provider.org, fields: [], deniedFields: ['Youth.cpr'], purpose: 'ProviderYouth (query youth)', requestId: refused.requestId, outcome: 'DENIED' },
    ]);
    const whole = await harness.call<Log>(auditor, LOG, { youthId: youth0.id });
    expect(whole.body.data!.auditLog!.records.length).toBeGreaterThan(log.records.length);
    const none = await harness.call<Log>(auditor, LOG, { youthId: youth0.id, to: '2000-01-01T00:00:00Z' });
    expect(none.body.data!.auditLog!.records).toEqual([]);
  });

  test('only auditors read it; to everyone else it is refused alike, and _entities gives them nothing', async () => {
    const asCaseworker = await harness.call<Log>(caseworker, LOG, { youthId: youth0.id });
    expect(asCaseworker.body.data).toEqual({ auditLog: null });
    expect(asCaseworker.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const entities = '#graphql\nquery E($r: [_Any!]!) { _entities(representations: $r) { ... on AuditLog { youthId records { outcome } } } }';
    const asAuditor = await harness.call<{ _entities: { youthId: string; records: unknown[] }[] }>(auditor, entities, { r: [{ __typename: 'AuditLog', youthId: youth0.id }] });
    expect(asAuditor.body.data!._entities[0]!.records.length).toBeGreaterThan(0);
    expect((await harness.call(caseworker, entities, { r: [{ __typename: 'AuditLog', youthId: youth0.id }] })).body).toEqual({ data: { _entities: [null] } });
  });

  describe('found by CPR number', () => {
    const BY_CPR = `#graphql
      query LogByCpr($cpr: String!) { auditLogByCpr(cpr: $cpr) { youthId records { userId role fields deniedFields purpose outcome } } }
    `;
    type ByCpr = { auditLogByCpr: { youthId: string; records: { userId: string; role: string; fields: string[]; deniedFields: string[]; purpose: string; outcome: string }[] } | null };
    const cprOf = async (youthId: string) => ((await harness.db.query('SELECT cpr FROM youth WHERE id = $1', [youthId])) as { cpr: string }[])[0]!.cpr;
    /** A valid CPR number no youth has. */
    async function unknownCpr(): Promise<string> {
      for (let serial = 1000; ; serial++) {
        const cpr = `010203-${serial}`;
        if (!((await harness.db.query('SELECT 1 FROM youth WHERE cpr = $1', [cpr])) as unknown[]).length) return cpr;
      }
    }
    const search = async (cpr: string) => {
      const { requestId, response } = await read(auditor, BY_CPR, { cpr }, 'AuditorAuditLogByCpr');
      expect(response.body.errors).toBeUndefined();
      return { requestId, log: (response.body.data as ByCpr).auditLogByCpr! };
    };
    /** What a log shows but who read and when: its records' purposes, fields and outcomes. */
    const shape = (log: ByCpr['auditLogByCpr']) => log!.records.map(({ role, fields, deniedFields, purpose, outcome }) => ({ role, fields: [...fields].sort(), deniedFields, purpose, outcome }));

    test('gives the youth’s log, the same as by id, and records the search by its kind, never the number', async () => {
      const cpr = await cprOf(youth0.id);
      const byId = await harness.call<Log>(auditor, LOG, { youthId: youth0.id });
      const { requestId, log } = await search(cpr.replace('-', ''));
      expect(log.youthId).toBe(youth0.id);
      expect(log.records.length).toBeGreaterThanOrEqual(byId.body.data!.auditLog!.records.length);
      // The search without a youth, and under the youth it found, as with the log's reading; the record without a youth sorts last.
      expect(await recordsOf(requestId)).toEqual([
        expect.objectContaining({ youth_id: youth0.id, user_id: auditor.sub, allowed_fields: ['AuditLog.records', 'Query.auditLogByCpr(search: CPR)'], outcome: 'ALLOWED' }),
        expect.objectContaining({ youth_id: null, user_id: auditor.sub, allowed_fields: ['Query.auditLogByCpr(search: CPR)'], outcome: 'ALLOWED' }),
      ]);
      const digits = cpr.replace('-', '');
      const leaked = await harness.db.query(
        `SELECT count(*)::int AS n FROM audit_record WHERE array_to_string(allowed_fields || denied_fields, ' ') || purpose LIKE $1 OR array_to_string(allowed_fields || denied_fields, ' ') || purpose LIKE $2`,
        [`%${cpr}%`, `%${digits}%`],
      );
      expect(leaked).toEqual([{ n: 0 }]);
    });

    test('an unknown CPR number answers exactly as a youth whose history is empty, asked once and again', async () => {
      // A youth whose records are past retention: the history is empty, yet the youth exists.
      const purged = demoYouth(19);
      await harness.db.query('DELETE FROM audit_entry WHERE youth_ids @> ARRAY[$1::uuid]', [purged.id]);
      const [known, unknown] = [await cprOf(purged.id), await unknownCpr()];
      const first = { known: await search(known), unknown: await search(unknown) };
      expect(first.known.log).toEqual({ youthId: purged.id, records: [] });
      expect(first.unknown.log.records).toEqual([]);
      expect(first.unknown.log.youthId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      // Both searches were recorded alike, under the id each answered with.
      const stored = async (requestId: string, youthId: string) => (await recordsOf(requestId)).map((record) => ({ ...record, youth_id: record.youth_id === youthId ? 'answered' : record.youth_id }));
      expect(await stored(first.unknown.requestId, first.unknown.log.youthId)).toEqual(await stored(first.known.requestId, purged.id));
      // Asked again, each shows the first search, and the unknown number the same id.
      const again = { known: await search(known), unknown: await search(unknown) };
      expect(again.unknown.log.youthId).toBe(first.unknown.log.youthId);
      expect(shape(again.unknown.log)).toEqual(shape(again.known.log));
      expect(shape(again.known.log)).toEqual([{ role: 'AUDITOR', fields: ['AuditLog.records', 'Query.auditLogByCpr(search: CPR)'], deniedFields: [], purpose: 'AuditorAuditLogByCpr (query auditLogByCpr)', outcome: 'ALLOWED' }]);
    });

    test('a term that is not a CPR number is refused at the field; a caller who is not an auditor is refused and recorded without the number', async () => {
      const bad = await harness.call<ByCpr>(auditor, BY_CPR, { cpr: 'Rasmus' });
      expect(bad.body.errors?.map((error) => [error.extensions?.code, error.extensions?.field, error.extensions?.rule])).toEqual([['BAD_USER_INPUT', 'cpr', 'cprFormat']]);
      const cpr = await cprOf(youth0.id);
      const { requestId, response } = await read(caseworker, BY_CPR, { cpr }, 'CaseworkerPeek');
      expect(response.body.data).toEqual({ auditLogByCpr: null });
      expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(await recordsOf(requestId)).toEqual([
        expect.objectContaining({ youth_id: null, user_id: caseworker.sub, allowed_fields: [], denied_fields: ['Query.auditLogByCpr(search: CPR)'], outcome: 'REFUSED' }),
      ]);
    });
  });

  test('an auditor reads no youth data, only the log', async () => {
    const response = await harness.call(auditor, '#graphql\nquery Y($id: ID!) { youth(id: $id) { firstName } }', { id: youth0.id });
    expect(response.body.data).toEqual({ youth: null });
    expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('when the audit trail cannot be written', () => {
  async function withoutAuditTable<T>(run: () => Promise<T>): Promise<T> {
    await harness.db.query('ALTER TABLE audit_entry RENAME TO audit_entry_off');
    try {
      return await run();
    } finally {
      await harness.db.query('ALTER TABLE audit_entry_off RENAME TO audit_entry');
    }
  }
  const withheld = { data: null, errors: [{ message: expect.any(String), extensions: { code: 'AUDIT_UNAVAILABLE' } }] };

  test('the answer carries no data at all, not even what is not personal, and the log names no one', async () => {
    const before = recorded.lines.length;
    const response = await withoutAuditTable(() =>
      harness.call(caseworker, '#graphql\nquery Y($id: ID!) { youth(id: $id) { id firstName cpr orders { totalCount } } }', { id: youth0.id }),
    );
    expect(response.body).toEqual(withheld);
    const logged = recorded.lines.slice(before);
    expect(logged).toEqual([
      expect.objectContaining({ level: 50, msg: 'the audit records could not be stored; the response carries no data', youths: 1, err: { name: 'QueryFailedError', code: '42P01' } }),
    ]);
    const [stored] = (await harness.db.query('SELECT cpr, first_name AS "firstName" FROM youth WHERE id = $1', [youth0.id])) as { cpr: string; firstName: string }[];
    const text = JSON.stringify(logged);
    for (const secret of [youth0.id, stored!.cpr, stored!.firstName, caseworker.sub]) expect(text).not.toContain(secret);

    const after = await harness.call(caseworker, '#graphql\nquery Y($id: ID!) { youth(id: $id) { cpr } }', { id: youth0.id });
    expect(after.body.errors).toBeUndefined();
  });

  test('an order with audited case content is withheld whole; one with none of it is answered', async () => {
    const audited = await withoutAuditTable(() => harness.call(caseworker, '#graphql\nquery O($id: ID!) { order(id: $id) { status goal } }', { id: order0.id }));
    expect(audited.body).toEqual(withheld);
    const plain = await withoutAuditTable(() => harness.call(caseworker, '#graphql\nquery O($id: ID!) { order(id: $id) { status } }', { id: order0.id }));
    expect(plain.body).toEqual({ data: { order: { status: 'ACTIVE' } } });
  });

  test('a change to a youth’s case is not made when its record cannot be stored: the youth, an order, a record on an order', async () => {
    const stateOf = async () =>
      (await harness.db.query(
        `SELECT y.home_visit_consent AS consent, y.version AS "youthVersion", o.status, o.version AS "orderVersion",
                (SELECT count(*)::int FROM follow_up f WHERE f.order_id = o.id) AS "followUps"
         FROM youth y JOIN mentor_order o ON o.youth_id = y.id WHERE o.id = $1`,
        [order0.id],
      ))[0] as Record<string, unknown>;
    const before = await stateOf();
    expect(before).toMatchObject({ status: 'ACTIVE' });
    const changes: [string, string, Record<string, unknown>][] = [
      ['recordHomeVisitConsent', 'RecordHomeVisitConsentInput', { youthId: youth0.id, consent: !before.consent }],
      ['cancelOrder', 'CancelOrderInput', { orderId: order0.id, reason: 'Den unge er flyttet.' }],
      ['recordFollowUp', 'RecordFollowUpInput', { orderId: order0.id, date: today(), statusAssessment: 'Møder stabilt.', progression: 'SOME', nextStep: 'Fortsæt forløbet.' }],
    ];
    const logged = recorded.lines.length;
    for (const [mutation, type, input] of changes) {
      // Only the id is asked for, which is no personal data: the record that fails is the change's own.
      const response = await withoutAuditTable(() => harness.call(caseworker, `#graphql\nmutation C($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input }));
      expect(response.body.data ?? null, mutation).toBeNull();
      expect(response.body.errors?.map((error) => error.extensions?.code), mutation).toEqual(['AUDIT_UNAVAILABLE']);
      expect(await stateOf(), mutation).toEqual(before);
    }
    const lines = recorded.lines.slice(logged);
    expect(lines.filter((line) => line.msg === 'the audit record of a change could not be stored; the change was not made')).toHaveLength(changes.length);
    for (const secret of [youth0.id, order0.id, caseworker.sub]) expect(JSON.stringify(lines)).not.toContain(secret);
    // With the table back, the same change is made and its record is there.
    const { requestId, response } = await read(caseworker, '#graphql\nmutation C($input: RecordHomeVisitConsentInput!) { recordHomeVisitConsent(input: $input) { id } }', {
      input: { youthId: youth0.id, consent: !before.consent },
    });
    expect(response.body.errors).toBeUndefined();
    expect(await stateOf()).toMatchObject({ consent: !before.consent, youthVersion: (before.youthVersion as number) + 1 });
    expect(await recordsOf(requestId)).toEqual([expect.objectContaining({ youth_id: youth0.id, allowed_fields: ['Mutation.recordHomeVisitConsent'] })]);
  });
});

describe('requests that finish together', () => {
  /** A request's trail on its own view of the data source (as the server makes it), with a youth's name read. */
  function trailOf(requestId: string, youthId: string) {
    const counted = countedDataSource(harness.db);
    const audit = new AuditTrail(counted.db, caseworker, requestId);
    audit.purpose = `batch test ${requestId}`;
    audit.readNow(youthId, 'Youth.firstName', true);
    audit.readNow(youthId, 'Youth.cpr', false);
    return { requestId, youthId, audit, counted };
  }
  const youths = [0, 1, 2, 3, 4].map((index) => demoYouth(index).id);

  test('share one INSERT, and each request’s record is its own', async () => {
    const trails = youths.map((youthId, index) => trailOf(`batch-${index}-${Date.now()}`, youthId));
    await Promise.all(trails.map(({ audit }) => audit.store()));
    // The first request's rows go at once; the four that came while they were written go in one INSERT.
    expect(trails.map(({ counted }) => counted.count())).toEqual([1, 1, 0, 0, 0]);
    for (const { requestId, youthId } of trails) {
      expect(await recordsOf(requestId)).toEqual([
        { youth_id: youthId, user_id: caseworker.sub, role: caseworker.roles.join(','), unit: caseworker.org, allowed_fields: ['Youth.firstName'], denied_fields: ['Youth.cpr'], purpose: `batch test ${requestId}`, outcome: 'PARTIAL' },
      ]);
    }
  });

  test('one request’s row that cannot be stored fails that request alone', async () => {
    const trails = youths.map((youthId, index) => trailOf(`batch-bad-${index}-${Date.now()}`, youthId));
    // An id the database refuses as a uuid: the INSERT of the four waiting requests fails, and each is tried again alone.
    trails[2]!.audit.refuse('not-a-uuid', 'Query.youth');
    const settled = await Promise.allSettled(trails.map(({ audit }) => audit.store()));
    expect(settled.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((settled[2] as PromiseRejectedResult).reason).toBeInstanceOf(AuditUnavailable);
    expect(trails.map(({ counted }) => counted.count())).toEqual([1, 2, 1, 1, 1]);
    for (const [index, { requestId, youthId }] of trails.entries()) {
      expect((await recordsOf(requestId)).map((record) => record.youth_id)).toEqual(index === 2 ? [] : [youthId]);
    }
  });

  test('a request alone is written at once, in one INSERT', async () => {
    const only = trailOf(`batch-alone-${Date.now()}`, youths[0]!);
    await only.audit.store();
    expect(only.counted.count()).toBe(1);
    expect(await recordsOf(only.requestId)).toHaveLength(1);
  });
});

describe('retention', () => {
  test('a subgraph with a retention period purges older records when it starts', async () => {
    const insert = `INSERT INTO audit_entry (at, user_id, role, unit, youth_ids, allowed_fields, denied_fields, purpose, request_id, outcome)
      VALUES (now() - make_interval(days => $1), 'u', 'CASEWORKER', 'unit', ARRAY[$2::uuid], '{Youth.cpr}', '{}', 'test', $3, 'ALLOWED')`;
    await harness.db.query(insert, [200, youth0.id, 'retention-old']);
    await harness.db.query(insert, [10, youth0.id, 'retention-recent']);
    const identities = await createTestIdentityProvider();
    const second = await createServer({ db: harness.db, verifyToken: identities.verifyToken, signingSecret: TEST_SIGNING_SECRET, log: createLogger('orders', 'silent'), auditRetentionDays: 180 });
    try {
      const kept = async () =>
        ((await harness.db.query(`SELECT request_id FROM audit_record WHERE request_id LIKE 'retention-%' ORDER BY request_id`)) as { request_id: string }[]).map((row) => row.request_id);
      await expect.poll(kept, { timeout: 15_000 }).toEqual(['retention-recent']);
    } finally {
      await second.stop();
    }
  });
});
