import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceName } from '@mentor/common';
import { demoUsers } from '@mentor/testkit';
import { startTestStack, type Caller, type GraphQLRequest, type TestStack } from '../support/stack.js';
import { allowedProblems, deniedProblems, leaked, type ResponseBody } from './expectations.js';
import { columns } from './matrix.js';
import { personalValues, relatedSubjects, YOUTHS } from './world.js';

/**
 * DESIGN §4 "Audit": every allowed and every denied read of a youth's personal fields leaves one
 * record per youth per request, in the subgraph that owns the data, with the purpose (the client's
 * operation) and the request id; the auditor, and nobody else, reads them back through the gateway.
 * The request id is the gateway's own (answered as `x-request-id`), never the client's, which is
 * kept beside it; refused attempts at youths, searches and exports are recorded too.
 */

let system: TestStack;

const caseworker = demoUsers.caseworker!;
const mentor = demoUsers.mentor!;
const provider = demoUsers.provider!;
const column = (role: string) => columns.find((candidate) => candidate.role === role)!;
/** A youth the caseworker, the mentor and the provider all relate to. */
const youth = relatedSubjects(column('MENTOR')).find((subject) => relatedSubjects(column('CASEWORKER')).includes(subject) && subject.order.providerId === provider.org)!.youth;

interface AuditRow {
  youth_id: string;
  user_id: string;
  role: string;
  unit: string;
  allowed_fields: string[];
  denied_fields: string[];
  purpose: string;
  request_id: string;
  client_request_id: string | null;
  outcome: string;
  at: Date;
}

beforeAll(async () => {
  system = await startTestStack({ youths: YOUTHS });
});

afterAll(async () => {
  await system?.stop();
});

/** A named operation through the gateway, with the request id the gateway made for it, which the subgraphs record. */
async function traced(user: Caller, request: GraphQLRequest, clientRequestId = `audit-${randomUUID()}`) {
  const response = await system.send(user, request, { 'x-request-id': clientRequestId });
  const requestId = response.headers.get('x-request-id')!;
  return { requestId, ...response };
}

function rows(service: ServiceName, requestId: string): Promise<AuditRow[]> {
  return system.databases[service].query(`SELECT * FROM audit_record WHERE request_id = $1 ORDER BY youth_id`, [requestId]);
}

const mentions = (fields: string[], field: string) => fields.some((name) => name === field || name.endsWith(`.${field}`));

describe('reads of personal fields through the gateway', () => {
  it('an allowed read leaves exactly one ALLOWED record for the youth, with the operation as its purpose', async () => {
    const { requestId, body } = await traced('caseworker', {
      query: `#graphql
        query CaseReview($id: ID!) { youth(id: $id) { firstName cpr healthNotes caseNotes } }`,
      variables: { id: youth.id },
      operationName: 'CaseReview',
    });
    expect(allowedProblems(body, ['youth'], ['firstName', 'cpr'])).toEqual([]);
    const [record, ...more] = await rows('orders', requestId);
    expect(more).toEqual([]);
    expect(record).toMatchObject({ youth_id: youth.id, user_id: caseworker.sub, unit: caseworker.org, outcome: 'ALLOWED', denied_fields: [] });
    expect(record!.role).toContain('CASEWORKER');
    expect(record!.purpose).toContain('CaseReview');
    expect(['firstName', 'cpr', 'healthNotes'].filter((field) => !mentions(record!.allowed_fields, field))).toEqual([]);
    expect(await rows('partners', requestId), 'nothing of the partners subgraph was read').toEqual([]);
  });

  it("takes the purpose from the operation the client runs, never from a purpose header the client sends", async () => {
    const request = {
      query: `#graphql
        query CaseReview($id: ID!) { youth(id: $id) { cpr } }`,
      variables: { id: youth.id },
      operationName: 'CaseReview',
    };
    const { headers } = await system.send('caseworker', request, { 'x-request-id': `audit-${randomUUID()}`, 'x-client-operation': 'RoutineStatistics' });
    const requestId = headers.get('x-request-id')!;
    const [record, ...more] = await rows('orders', requestId);
    expect(more).toEqual([]);
    expect(record!.purpose).toContain('CaseReview');
    expect(record!.purpose).not.toContain('RoutineStatistics');
  });

  it('leaves one record per youth per request, however many fields, aliases and paths read it', async () => {
    const { requestId, body } = await traced('caseworker', {
      query: `#graphql
        query CaseOverview($id: ID!) {
          first: youth(id: $id) { cpr }
          again: youth(id: $id) { healthNotes caseNotes }
          orders(first: 20) { edges { node { youth { id firstName cpr } } } }
          youths(first: 10) { edges { node { id lastName } } }
        }`,
      variables: { id: youth.id },
      operationName: 'CaseOverview',
    });
    expect(body.errors).toBeUndefined();
    const read = new Set<string>([youth.id]);
    for (const edge of body.data!.orders.edges) read.add(edge.node.youth.id);
    for (const edge of body.data!.youths.edges) read.add(edge.node.id);
    const records = await rows('orders', requestId);
    expect(records.map((record) => record.youth_id).sort()).toEqual([...read].sort());
    const mine = records.find((record) => record.youth_id === youth.id)!;
    expect(['cpr', 'healthNotes', 'caseNotes'].filter((field) => !mentions(mine.allowed_fields, field))).toEqual([]);
    expect(records.every((record) => record.purpose.includes('CaseOverview'))).toBe(true);
  });

  it('a denied read leaves one DENIED record with the refused fields', async () => {
    const { requestId, body } = await traced('mentor', {
      query: `#graphql
        query MentorPeek($id: ID!) { youth(id: $id) { cpr healthNotes caseNotes } }`,
      variables: { id: youth.id },
      operationName: 'MentorPeek',
    });
    const [record, ...more] = await rows('orders', requestId);
    expect(more).toEqual([]);
    expect(record).toMatchObject({ youth_id: youth.id, user_id: mentor.sub, outcome: 'DENIED', allowed_fields: [] });
    expect(record!.purpose).toContain('MentorPeek');
    expect(['cpr', 'healthNotes', 'caseNotes'].filter((field) => !mentions(record!.denied_fields, field))).toEqual([]);
    expect(deniedProblems(body, ['youth'], ['cpr', 'healthNotes', 'caseNotes'])).toEqual([]);
  });

  it('a read with allowed and denied fields leaves one PARTIAL record naming both', async () => {
    const { requestId } = await traced('mentor', {
      query: `#graphql
        query MentorCard($id: ID!) { youth(id: $id) { firstName specialNeeds cpr } }`,
      variables: { id: youth.id },
      operationName: 'MentorCard',
    });
    const [record, ...more] = await rows('orders', requestId);
    expect(more).toEqual([]);
    expect(record).toMatchObject({ youth_id: youth.id, outcome: 'PARTIAL' });
    expect(mentions(record!.allowed_fields, 'firstName') && mentions(record!.allowed_fields, 'specialNeeds')).toBe(true);
    expect(mentions(record!.denied_fields, 'cpr')).toBe(true);
  });

  it('an allowed read of enrollments leaves one record in the partners subgraph, which owns them', async () => {
    const { requestId, body } = await traced('caseworker', {
      query: `#graphql
        query SchoolStatus($id: ID!) { youth(id: $id) { firstName enrollments { programme attendanceConcerns { description } } } }`,
      variables: { id: youth.id },
      operationName: 'SchoolStatus',
    });
    expect(allowedProblems(body, ['youth'], ['enrollments.*.programme'])).toEqual([]);
    const [record, ...more] = await rows('partners', requestId);
    expect(more).toEqual([]);
    expect(record).toMatchObject({ youth_id: youth.id, user_id: caseworker.sub, outcome: 'ALLOWED' });
    expect(record!.purpose).toContain('SchoolStatus');
    expect((await rows('orders', requestId)).map((row) => row.youth_id)).toEqual([youth.id]);
  });

  it('a denied read of enrollments leaves one DENIED record in the partners subgraph', async () => {
    const { requestId, body } = await traced('provider', {
      query: `#graphql
        query ProviderSchoolPeek($id: ID!) { youth(id: $id) { enrollments { programme } } }`,
      variables: { id: youth.id },
      operationName: 'ProviderSchoolPeek',
    });
    const [record, ...more] = await rows('partners', requestId);
    expect(more).toEqual([]);
    expect(record).toMatchObject({ youth_id: youth.id, user_id: provider.sub, outcome: 'DENIED' });
    expect(record!.purpose).toContain('ProviderSchoolPeek');
    expect(deniedProblems(body, ['youth'], ['enrollments'])).toEqual([]);
  });
});

describe('reads through _entities straight at a subgraph', () => {
  const entities = (service: ServiceName, user: Caller, selection: string, operation: string) => {
    const requestId = `audit-${randomUUID()}`;
    return system
      .subgraph(
        service,
        user,
        {
          query: `#graphql
            query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Youth { ${selection} } } }`,
          variables: { representations: [{ __typename: 'Youth', id: youth.id }] },
        },
        { headers: { 'x-request-id': requestId, 'x-client-operation': operation } },
      )
      .then((response) => ({ requestId, ...response }));
  };

  it('an allowed read at the orders subgraph leaves one ALLOWED record', async () => {
    const { requestId, body } = await entities('orders', 'caseworker', 'cpr healthNotes', 'EntityCaseReview');
    expect(allowedProblems(body, ['_entities', 0], ['cpr', 'healthNotes'])).toEqual([]);
    const [record, ...more] = await rows('orders', requestId);
    expect(more).toEqual([]);
    expect(record).toMatchObject({ youth_id: youth.id, outcome: 'ALLOWED' });
    expect(record!.purpose).toContain('EntityCaseReview');
  });

  it('a denied read at the orders subgraph leaves one DENIED record', async () => {
    const { requestId, body } = await entities('orders', 'mentor', 'cpr healthNotes', 'EntityMentorPeek');
    const [record, ...more] = await rows('orders', requestId);
    expect(more).toEqual([]);
    expect(record).toMatchObject({ youth_id: youth.id, outcome: 'DENIED' });
    expect(record!.purpose).toContain('EntityMentorPeek');
    expect(deniedProblems(body, ['_entities', 0], ['cpr', 'healthNotes'])).toEqual([]);
  });

  it('an allowed read at the partners subgraph leaves one ALLOWED record', async () => {
    const { requestId, body } = await entities('partners', 'caseworker', 'enrollments { programme }', 'EntitySchoolStatus');
    expect(allowedProblems(body, ['_entities', 0], ['enrollments.*.programme'])).toEqual([]);
    const [record, ...more] = await rows('partners', requestId);
    expect(more).toEqual([]);
    expect(record).toMatchObject({ youth_id: youth.id, outcome: 'ALLOWED' });
    expect(record!.purpose).toContain('EntitySchoolStatus');
  });
});

describe('the audit log', () => {
  const auditLog = `#graphql
    query AccessHistory($id: ID!) {
      auditLog(youthId: $id) {
        youthId
        records { at userId role unit fields deniedFields purpose requestId outcome }
        partnerRecords { at userId role unit fields deniedFields purpose requestId outcome }
      }
    }`;

  /** One allowed orders read, one denied orders read and one partners read of the youth, by request id. */
  async function history() {
    const allowed = await traced('caseworker', {
      query: `#graphql
        query HistoryCaseReview($id: ID!) { youth(id: $id) { cpr } }`,
      variables: { id: youth.id },
      operationName: 'HistoryCaseReview',
    });
    const denied = await traced('mentor', {
      query: `#graphql
        query HistoryMentorPeek($id: ID!) { youth(id: $id) { healthNotes } }`,
      variables: { id: youth.id },
      operationName: 'HistoryMentorPeek',
    });
    const school = await traced('caseworker', {
      query: `#graphql
        query HistorySchoolStatus($id: ID!) { youth(id: $id) { enrollments { programme } } }`,
      variables: { id: youth.id },
      operationName: 'HistorySchoolStatus',
    });
    return { allowed: allowed.requestId, denied: denied.requestId, school: school.requestId };
  }

  it("lets the auditor extract a youth's access history, from both subgraphs, through the gateway", async () => {
    const requests = await history();
    const { body } = await system.send('auditor', { query: auditLog, variables: { id: youth.id }, operationName: 'AccessHistory' }, { 'x-request-id': `audit-${randomUUID()}` });
    expect(body.errors).toBeUndefined();
    const log = body.data!.auditLog;
    expect(log.youthId).toBe(youth.id);
    const byRequest = (records: { requestId: string }[], requestId: string) => records.filter((record) => record.requestId === requestId);
    expect(byRequest(log.records, requests.allowed)).toEqual([
      expect.objectContaining({ userId: caseworker.sub, unit: caseworker.org, outcome: 'ALLOWED', purpose: expect.stringContaining('HistoryCaseReview') }),
    ]);
    expect(byRequest(log.records, requests.denied)).toEqual([
      expect.objectContaining({ userId: mentor.sub, outcome: 'DENIED', purpose: expect.stringContaining('HistoryMentorPeek') }),
    ]);
    expect(byRequest(log.partnerRecords, requests.school)).toEqual([
      expect.objectContaining({ userId: caseworker.sub, outcome: 'ALLOWED', purpose: expect.stringContaining('HistorySchoolStatus') }),
    ]);
    // Dates and purposes, in order: the youth's data-access request is answered from this.
    const times = log.records.map((record: { at: string }) => Date.parse(record.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  for (const other of columns.filter((candidate) => candidate.role !== 'AUDITOR')) {
    it(`is refused to ${other.role}: null with FORBIDDEN, and none of it in the answer`, async () => {
      const requests = await history();
      const { body } = await system.send(other.user, { query: auditLog, variables: { id: youth.id }, operationName: 'AccessHistory' });
      expect(deniedProblems(body, [], ['auditLog.records', 'auditLog.partnerRecords'])).toEqual([]);
      expect(leaked(body, Object.values(requests))).toEqual([]);
    });
  }
});

describe('when the audit record cannot be written', () => {
  // DESIGN §4: nothing personal is released unaudited. A subgraph that cannot store a request's
  // audit records answers it without any data, so the gateway has nothing of it to pass on.
  async function withoutAuditTable<T>(service: ServiceName, run: () => Promise<T>): Promise<T> {
    await system.databases[service].query(`ALTER TABLE audit_entry RENAME TO audit_entry_unavailable`);
    try {
      return await run();
    } finally {
      await system.databases[service].query(`ALTER TABLE audit_entry_unavailable RENAME TO audit_entry`);
    }
  }
  const problems = (body: ResponseBody) => (body.errors ?? []).map((error) => `${error.path?.join('.')} ${String(error.extensions?.code)} ${String(error.extensions?.serviceName)}`);

  it('the orders subgraph withholds the whole answer, the fields a caseworker may otherwise read included', async () => {
    const secrets = await personalValues(system, youth.id);
    const { requestId, body } = await withoutAuditTable('orders', () =>
      traced('caseworker', {
        query: `#graphql
          query CaseReviewWithoutAudit($id: ID!) { youth(id: $id) { id cpr healthNotes } }`,
        variables: { id: youth.id },
        operationName: 'CaseReviewWithoutAudit',
      }),
    );
    // The only subgraph asked answered without data, so the gateway has none to give: no `data` at all.
    expect(body.data).toBeUndefined();
    expect(problems(body)).toEqual(['youth AUDIT_UNAVAILABLE orders']);
    expect(leaked(body, [youth.id, ...secrets])).toEqual([]);
    expect(await rows('orders', requestId)).toEqual([]);
  });

  it('the partners subgraph withholds the enrollments; what the orders subgraph audited is answered', async () => {
    const secrets = await personalValues(system, youth.id);
    const { requestId, body } = await withoutAuditTable('partners', () =>
      traced('caseworker', {
        query: `#graphql
          query SchoolStatusWithoutAudit($id: ID!) { youth(id: $id) { cpr enrollments { id programme } } }`,
        variables: { id: youth.id },
        operationName: 'SchoolStatusWithoutAudit',
      }),
    );
    expect(body.data).toEqual({ youth: { cpr: expect.any(String), enrollments: null } });
    // The gateway places an entity fetch's error at the entity it was fetching for.
    expect(problems(body)).toEqual(['youth AUDIT_UNAVAILABLE partners']);
    const enrollmentIds = ((await system.databases.partners.query(`SELECT id::text FROM enrollment WHERE youth_id = $1`, [youth.id])) as { id: string }[]).map((row) => row.id);
    expect(enrollmentIds.length).toBeGreaterThan(0);
    expect(leaked(body, enrollmentIds)).toEqual([]);
    expect(secrets).toEqual(expect.arrayContaining(enrollmentIds));
    expect(await rows('partners', requestId)).toEqual([]);
    expect(await rows('orders', requestId)).toEqual([expect.objectContaining({ youth_id: youth.id, outcome: 'ALLOWED' })]);
  });
});

describe('the audit key is the gateway’s, never the client’s request id', () => {
  const read = (operation: string) => ({
    query: `#graphql
      query ${operation}($id: ID!) { youth(id: $id) { firstName cpr } }`,
    variables: { id: youth.id },
    operationName: operation,
  });
  const byClientId = (clientRequestId: string): Promise<AuditRow[]> =>
    system.databases.orders.query(`SELECT * FROM audit_record WHERE client_request_id = $1 AND youth_id = $2 ORDER BY at, user_id`, [clientRequestId, youth.id]);

  it('two reads under one client id are two records, each with its own request id, time and purpose', async () => {
    const clientId = `audit-same-${randomUUID()}`;
    const first = await traced('caseworker', read('SameIdFirstRead'), clientId);
    const second = await traced('caseworker', read('SameIdSecondRead'), clientId);
    expect(first.body.errors).toBeUndefined();
    expect(second.body.errors).toBeUndefined();
    expect(first.requestId).not.toBe(clientId);
    expect(second.requestId).not.toBe(first.requestId);
    expect(first.headers.get('x-client-request-id')).toBe(clientId);
    const records = await byClientId(clientId);
    expect(records.map((record) => [record.request_id, record.user_id, record.outcome])).toEqual([
      [first.requestId, caseworker.sub, 'ALLOWED'],
      [second.requestId, caseworker.sub, 'ALLOWED'],
    ]);
    expect(records[0]!.purpose).toContain('SameIdFirstRead');
    expect(records[1]!.purpose).toContain('SameIdSecondRead');
    expect(records[1]!.at.getTime()).toBeGreaterThan(records[0]!.at.getTime());
  });

  it("another user's read under the same client id is a record of its own, and leaves the first user's as it was", async () => {
    const clientId = `audit-shared-${randomUUID()}`;
    const own = await traced('caseworker', read('SharedIdCaseworker'), clientId);
    const [before] = await rows('orders', own.requestId);
    const other = await traced('mentor', { ...read('SharedIdMentor'), query: read('SharedIdMentor').query.replace('firstName cpr', 'cpr healthNotes') }, clientId);
    const records = await byClientId(clientId);
    expect(records).toHaveLength(2);
    expect(records.find((record) => record.user_id === caseworker.sub)).toEqual(before);
    expect(records.find((record) => record.user_id === mentor.sub)).toMatchObject({
      request_id: other.requestId,
      outcome: 'DENIED',
      purpose: expect.stringContaining('SharedIdMentor'),
    });
  });

  it("a client's id that is not a plain token is neither key nor stored", async () => {
    const { requestId, headers } = await traced('caseworker', read('OddClientId'), 'x'.repeat(101));
    expect(headers.get('x-client-request-id')).toBeNull();
    expect(await rows('orders', requestId)).toEqual([expect.objectContaining({ client_request_id: null, youth_id: youth.id })]);
  });
});

describe('refused attempts, searches and exports', () => {
  const frederiksberg = demoUsers['caseworker-frb']!;
  const digits = (text: string) => text.replace(/\D/g, '');
  /** Every value of a request's records in both subgraphs, as text, to look for a search term in. */
  const recordText = async (requestId: string) => JSON.stringify([...(await rows('orders', requestId)), ...(await rows('partners', requestId))]);

  it('youth(id) of a youth outside the caller’s relation is null and leaves one REFUSED record of the attempt', async () => {
    const { requestId, body } = await traced('caseworker-frb', {
      query: `#graphql
        query OtherUnitYouth($id: ID!) { youth(id: $id) { id firstName cpr } }`,
      variables: { id: youth.id },
      operationName: 'OtherUnitYouth',
    });
    expect(body.data).toEqual({ youth: null });
    expect(await rows('orders', requestId)).toEqual([
      expect.objectContaining({ youth_id: youth.id, user_id: frederiksberg.sub, allowed_fields: [], denied_fields: ['Query.youth'], outcome: 'REFUSED', purpose: expect.stringContaining('OtherUnitYouth') }),
    ]);
  });

  it('one REFUSED record per youth id tried, also for ids of no youth, whatever the aliases', async () => {
    const nobody = randomUUID();
    const { requestId } = await traced('mentor', {
      query: `#graphql
        query Enumerate($a: ID!, $b: ID!) { a: youth(id: $a) { id } again: youth(id: $a) { id } b: youth(id: $b) { id } }`,
      variables: { a: relatedSubjects(column('CASEWORKER')).find((subject) => !relatedSubjects(column('MENTOR')).includes(subject))!.youth.id, b: nobody },
      operationName: 'Enumerate',
    });
    const records = await rows('orders', requestId);
    expect(records.map((record) => record.outcome)).toEqual(['REFUSED', 'REFUSED']);
    expect(records.map((record) => record.youth_id)).toContain(nobody);
    expect(records.every((record) => record.user_id === mentor.sub)).toBe(true);
  });

  it('a role that reads no youths is refused youth(id) and youths(search:), and both attempts are recorded', async () => {
    const auditor = demoUsers.auditor!;
    const [{ cpr }] = (await system.databases.orders.query(`SELECT cpr FROM youth WHERE id = $1`, [youth.id])) as [{ cpr: string }];
    const { requestId, body } = await traced('auditor', {
      query: `#graphql
        query AuditorPeek($id: ID!, $search: String!) { youth(id: $id) { id } youths(search: $search) { totalCount } }`,
      variables: { id: youth.id, search: cpr },
      operationName: 'AuditorPeek',
    });
    expect(body.data ?? null).toEqual(body.data ? { youth: null, youths: null } : null);
    expect((body.errors ?? []).map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect((await rows('orders', requestId)).map((record) => [record.youth_id, record.user_id, record.denied_fields, record.outcome])).toEqual([
      [youth.id, auditor.sub, ['Query.youth'], 'REFUSED'],
      [null, auditor.sub, ['Query.youths(search: CPR)'], 'REFUSED'],
    ]);
    expect(await recordText(requestId)).not.toContain(digits(cpr).slice(0, 6));
  });

  it('_entities of a youth outside the caller’s relation leaves a REFUSED record at the orders subgraph', async () => {
    const clientRequestId = `audit-${randomUUID()}`;
    const response = await system.subgraph(
      'orders',
      'caseworker-frb',
      {
        query: `#graphql
          query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Youth { id firstName } } }`,
        variables: { representations: [{ __typename: 'Youth', id: youth.id }] },
      },
      { headers: { 'x-request-id': clientRequestId, 'x-client-operation': 'EntityOtherUnit' } },
    );
    expect(response.body.data).toEqual({ _entities: [null] });
    expect(await rows('orders', clientRequestId)).toEqual([
      expect.objectContaining({ youth_id: youth.id, user_id: frederiksberg.sub, denied_fields: ['Query._entities'], outcome: 'REFUSED' }),
    ]);
  });

  it('_entities of a youth outside the caller’s relation leaves a DENIED record at the partners subgraph', async () => {
    const requestId = `audit-${randomUUID()}`;
    await system.subgraph(
      'partners',
      'caseworker-frb',
      {
        query: `#graphql
          query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Youth { enrollments { id } consents { id } } } }`,
        variables: { representations: [{ __typename: 'Youth', id: youth.id }] },
      },
      { headers: { 'x-request-id': requestId, 'x-client-operation': 'EntityOtherUnitSchool' } },
    );
    expect(await rows('partners', requestId)).toEqual([
      expect.objectContaining({ youth_id: youth.id, user_id: frederiksberg.sub, allowed_fields: [], outcome: 'DENIED', purpose: expect.stringContaining('EntityOtherUnitSchool') }),
    ]);
  });

  it('a search by CPR number is recorded as a CPR search, by the youths it found and by itself, never with the number', async () => {
    const [{ cpr }] = (await system.databases.orders.query(`SELECT cpr FROM youth WHERE id = $1`, [youth.id])) as [{ cpr: string }];
    const { requestId, body } = await traced('caseworker', {
      query: `#graphql
        query FindByCpr($search: String!) { youths(search: $search, first: 5) { edges { node { id } } } }`,
      variables: { search: cpr },
      operationName: 'FindByCpr',
    });
    expect(body.data!.youths.edges).toEqual([{ node: { id: youth.id } }]);
    const records = await rows('orders', requestId);
    expect(records.map((record) => [record.youth_id, record.allowed_fields, record.outcome])).toEqual([
      [youth.id, ['Query.youths(search: CPR)'], 'ALLOWED'],
      [null, ['Query.youths(search: CPR)'], 'ALLOWED'],
    ]);
    expect(records[1]!.purpose).toContain('FindByCpr');
    expect(await recordText(requestId)).not.toContain(digits(cpr).slice(0, 6));
  });

  it('a search that finds nobody is recorded too, and a search by name by its kind, never its text', async () => {
    const miss = await traced('caseworker', {
      query: `#graphql
        query FindNobody($search: String!) { youths(search: $search) { totalCount } }`,
      variables: { search: '010203-4455' },
      operationName: 'FindNobody',
    });
    expect(miss.body.data).toEqual({ youths: { totalCount: 0 } });
    expect(await rows('orders', miss.requestId)).toEqual([expect.objectContaining({ youth_id: null, allowed_fields: ['Query.youths(search: CPR)'], user_id: caseworker.sub })]);
    expect(await recordText(miss.requestId)).not.toContain('010203');

    const byName = await traced('mentor', {
      query: `#graphql
        query FindByName($search: String!) { youths(search: $search) { totalCount } }`,
      variables: { search: 'Zebulon Qwerty' },
      operationName: 'FindByName',
    });
    expect(await rows('orders', byName.requestId)).toEqual([expect.objectContaining({ youth_id: null, allowed_fields: ['Query.youths(search: NAME)'], user_id: mentor.sub })]);
    expect(await recordText(byName.requestId)).not.toMatch(/Zebulon|Qwerty/);
  });

  it('the national report is recorded as an export, besides the read of each youth in it', async () => {
    const { requestId, body } = await traced('caseworker-frb', {
      query: `#graphql
        query ExportNationalReport($from: Date!, $to: Date!) { nationalReport(from: $from, to: $to) }`,
      variables: { from: '2000-01-01', to: '2000-01-31' },
      operationName: 'ExportNationalReport',
    });
    expect(body.errors).toBeUndefined();
    expect(await rows('orders', requestId)).toEqual([
      expect.objectContaining({ youth_id: null, allowed_fields: ['Query.nationalReport'], user_id: frederiksberg.sub, purpose: expect.stringContaining('ExportNationalReport') }),
    ]);
  });

  it("a refused export is recorded: the audit log's under the youth, the national report's without one", async () => {
    const { requestId, body } = await traced('mentor', {
      query: `#graphql
        query MentorExports($id: ID!, $from: Date!, $to: Date!) { auditLog(youthId: $id) { youthId } nationalReport(from: $from, to: $to) }`,
      variables: { id: youth.id, from: '2000-01-01', to: '2000-01-31' },
      operationName: 'MentorExports',
    });
    expect((body.errors ?? []).map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect((await rows('orders', requestId)).map((record) => [record.youth_id, record.user_id, record.denied_fields, record.outcome])).toEqual([
      [youth.id, mentor.sub, ['Query.auditLog'], 'REFUSED'],
      [null, mentor.sub, ['Query.nationalReport'], 'REFUSED'],
    ]);
  });

  it("reading a youth's audit log is recorded under the youth in both subgraphs", async () => {
    const { requestId, body } = await traced('auditor', {
      query: `#graphql
        query ExportAccessHistory($id: ID!) { auditLog(youthId: $id) { records { outcome } partnerRecords { outcome } } }`,
      variables: { id: youth.id },
      operationName: 'ExportAccessHistory',
    });
    expect(body.errors).toBeUndefined();
    const auditor = demoUsers.auditor!;
    expect(await rows('orders', requestId)).toEqual([expect.objectContaining({ youth_id: youth.id, user_id: auditor.sub, allowed_fields: ['AuditLog.records'], outcome: 'ALLOWED' })]);
    expect(await rows('partners', requestId)).toEqual([expect.objectContaining({ youth_id: youth.id, user_id: auditor.sub, allowed_fields: ['AuditLog.partnerRecords'], outcome: 'ALLOWED' })]);
  });
});
