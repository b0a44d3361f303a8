import { randomUUID } from 'node:crypto';
import { type TokenRequest } from '@mentor/common';
import { demoId, demoOrganisations, demoProviders, demoUnits, demoUsers, demoYouth, demoYouthGuides, orderableInstitutions } from '@mentor/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordYouthRelationsMutation } from './replication.js';
import { danishToday } from '../rules/dates.js';
import { deadUrl } from '../testing/orders-stub.js';
import { errorsByPath, firstError, startPartners, type PartnersHarness } from '../testing/harness.js';

const users = demoUsers as Record<string, TokenRequest>;
const today = danishToday();
const school = orderableInstitutions[0]!.id;
const psychiatry = demoOrganisations.find((organisation) => organisation.kind === 'PSYCHIATRY')!.id;

/** Staff of the institution a demo youth's order is delivered at. */
const staffOf = (institutionId: string): TokenRequest => ({ ...users.institution!, sub: demoId('user', `replication-staff-${institutionId}`), org: institutionId });

const tables = ['enrollment', 'youth_guide_assignment', 'consent', 'idempotency_key'];

describe('partners replicates the relations it owns to the orders subgraph, inside the transaction', () => {
  let partners: PartnersHarness;

  beforeAll(async () => {
    partners = await startPartners('partners_replication', { youths: 20 });
    // Youths 3 and 6 have left the school their placed order is delivered at, so its staff may enroll them again.
    await partners.db.query(`UPDATE enrollment SET status = 'COMPLETED', ended_on = start_date WHERE youth_id = ANY($1) AND status = 'ACTIVE'`, [[demoYouth(3).id, demoYouth(6).id]]);
  });

  afterAll(async () => {
    await partners?.stop();
  });

  afterEach(() => {
    partners.orders.answerWith = null;
    partners.peers.orders = partners.orders.url;
  });

  async function snapshot() {
    return Promise.all(tables.map(async (table) => partners.db.query(`SELECT * FROM ${table} ORDER BY 1`)));
  }

  async function mutate(caller: TokenRequest, query: string, input: Record<string, unknown>, requestId = randomUUID()) {
    return partners.call<Record<string, { id: string }>>(caller, `#graphql\n${query}`, { input }, { 'x-request-id': requestId });
  }

  /** The one call the stub received since `from`, checked to speak for the caller and carry the request id. */
  async function oneCallSince(from: number, caller: TokenRequest, requestId: string) {
    const calls = partners.orders.calls.slice(from);
    expect(calls.length).toBe(1);
    const [call] = calls;
    expect(call!.query).toBe(recordYouthRelationsMutation);
    expect(call!.requestId).toBe(requestId);
    expect((await partners.identities.verifyToken(call!.authorization.replace(/^Bearer /, ''))).sub).toBe(caller.sub);
    expect(partners.orders.refused).toBe(0);
    return call!.variables.input;
  }

  const enroll = 'mutation($input: EnrollYouthInput!) { enrollYouth(input: $input) { id } }';
  const end = 'mutation($input: UpdateEnrollmentStatusInput!) { updateEnrollmentStatus(input: $input) { id } }';
  const consent = 'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }';
  const withdraw = 'mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }';
  const assign = 'mutation($input: AssignYouthGuideInput!) { assignYouthGuide(input: $input) { id } }';
  const endGuide = 'mutation($input: EndYouthGuideAssignmentInput!) { endYouthGuideAssignment(input: $input) { id } }';

  it('sends the active institutions when a youth is enrolled and when an enrollment ends', async () => {
    const youth = demoYouth(3);
    const staff = staffOf(youth.institutionId);
    let from = partners.orders.calls.length;
    let requestId = randomUUID();
    const enrolled = await mutate(staff, enroll, { youthId: youth.id, institutionId: youth.institutionId, programme: 'Grundforløb 1 – Teknologi', startDate: today }, requestId);
    expect(enrolled.body.errors).toBeUndefined();
    expect(await oneCallSince(from, staff, requestId)).toEqual({ youthId: youth.id, enrolledInstitutionIds: [youth.institutionId] });

    from = partners.orders.calls.length;
    requestId = randomUUID();
    const ended = await mutate(staff, end, { enrollmentId: enrolled.body.data!.enrollYouth!.id, status: 'DROPPED_OUT', endedOn: today }, requestId);
    expect(ended.body.errors).toBeUndefined();
    expect(await oneCallSince(from, staff, requestId)).toEqual({ youthId: youth.id, enrolledInstitutionIds: [] });
  });

  it("sends the youth's consents to social services, each with its body, scope and dates, when one is recorded or withdrawn, and nothing for other bodies", async () => {
    const youth = demoYouth(1);
    const caseworker = users.caseworker!;
    let from = partners.orders.calls.length;
    let requestId = randomUUID();
    const recorded = await mutate(caseworker, consent, { youthId: youth.id, bodyId: demoUnits.socialServices, scope: 'Handicap og bolig', givenOn: today }, requestId);
    expect(recorded.body.errors).toBeUndefined();
    const consentId = recorded.body.data!.recordConsent!.id;
    const sent = { id: consentId, bodyId: demoUnits.socialServices, scope: 'Handicap og bolig', givenOn: today };
    expect(await oneCallSince(from, caseworker, requestId)).toEqual({ youthId: youth.id, consents: [{ ...sent, withdrawnOn: null }] });

    from = partners.orders.calls.length;
    requestId = randomUUID();
    const withdrawn = await mutate(caseworker, withdraw, { consentId, withdrawnOn: today }, requestId);
    expect(withdrawn.body.errors).toBeUndefined();
    expect(await oneCallSince(from, caseworker, requestId)).toEqual({ youthId: youth.id, consents: [{ ...sent, withdrawnOn: today }] });

    from = partners.orders.calls.length;
    const toPsychiatry = await mutate(caseworker, consent, { youthId: youth.id, bodyId: psychiatry, scope: 'Udskrivning', givenOn: today });
    expect(toPsychiatry.body.errors).toBeUndefined();
    expect(partners.orders.calls.length).toBe(from);
  });

  it("sends the new youth guide when the youth's caseworker assigns one", async () => {
    const youth = demoYouth(4);
    const caseworker = users.caseworker!;
    const newGuide = demoYouthGuides[3]!;
    const from = partners.orders.calls.length;
    const requestId = randomUUID();
    const assigned = await mutate(caseworker, assign, { youthId: youth.id, kuiOrganisationId: demoUnits.kui, guideUserId: newGuide.id, guideName: newGuide.name, fromDate: today }, requestId);
    expect(assigned.body.errors).toBeUndefined();
    expect(await oneCallSince(from, caseworker, requestId)).toEqual({ youthId: youth.id, youthGuideId: newGuide.id });
  });

  it('clears the youth guide when KUI ends the open assignment', async () => {
    const youth = demoYouth(10);
    expect(youth.youthGuideId).not.toBeNull();
    const guide = users['youth-guide']!;
    const from = partners.orders.calls.length;
    const requestId = randomUUID();
    const ended = await mutate(guide, endGuide, { assignmentId: demoId('youth-guide-assignment', 10), toDate: today }, requestId);
    expect(ended.body.errors).toBeUndefined();
    expect(await oneCallSince(from, guide, requestId)).toEqual({ youthId: youth.id, clearYouthGuide: true });
  });

  const writes: { name: string; caller: TokenRequest; query: string; input: () => Record<string, unknown> }[] = [
    {
      name: 'enrollYouth',
      caller: staffOf(demoYouth(6).institutionId),
      query: enroll,
      input: () => ({ youthId: demoYouth(6).id, institutionId: demoYouth(6).institutionId, programme: 'Grundforløb 2 – Frisør', startDate: today }),
    },
    { name: 'updateEnrollmentStatus', caller: users.institution!, query: end, input: () => ({ enrollmentId: demoId('enrollment', 14), status: 'COMPLETED', endedOn: today }) },
    {
      name: 'recordConsent',
      caller: users.caseworker!,
      query: consent,
      input: () => ({ youthId: demoYouth(2).id, bodyId: demoUnits.socialServices, scope: 'Misbrug og bolig', givenOn: today }),
    },
    { name: 'withdrawConsent', caller: users.caseworker!, query: withdraw, input: () => ({ consentId: demoId('consent', 5), withdrawnOn: today }) },
    {
      name: 'assignYouthGuide',
      caller: users.caseworker!,
      query: assign,
      input: () => ({ youthId: demoYouth(8).id, kuiOrganisationId: demoUnits.kui, guideUserId: demoYouthGuides[2]!.id, guideName: demoYouthGuides[2]!.name, fromDate: today }),
    },
    { name: 'endYouthGuideAssignment', caller: users['youth-guide']!, query: endGuide, input: () => ({ assignmentId: demoId('youth-guide-assignment', 12), toDate: today }) },
  ];

  it.each(writes)('stores nothing and answers SERVICE_UNAVAILABLE when the orders subgraph is down: $name', async ({ name, caller, query, input }) => {
    partners.peers.orders = await deadUrl();
    const before = await snapshot();
    // With an idempotency key where the mutation takes one: its claim is rolled back too.
    const idempotent = name === 'enrollYouth' || name === 'recordConsent' || name === 'assignYouthGuide';
    const response = await mutate(caller, query, idempotent ? { ...input(), idempotencyKey: randomUUID() } : input());
    expect(response.body.data ?? null).toBeNull();
    expect(errorsByPath(response)).toEqual({ [name]: 'SERVICE_UNAVAILABLE' });
    expect(await snapshot()).toEqual(before);
  });

  it.each(writes)('stores nothing when the orders subgraph refuses, and passes its refusal on: $name', async ({ name, caller, query, input }) => {
    partners.orders.answerWith = 'FORBIDDEN';
    const before = await snapshot();
    const response = await mutate(caller, query, input());
    expect(errorsByPath(response)).toEqual({ [name]: 'FORBIDDEN' });
    expect(await snapshot()).toEqual(before);
  });

  it.each(writes)('stores and sends once the orders subgraph answers: $name', async ({ caller, query, input }) => {
    const from = partners.orders.calls.length;
    const response = await mutate(caller, query, input());
    expect(response.body.errors).toBeUndefined();
    expect(partners.orders.calls.length).toBe(from + 1);
  });
});

describe('partners receives the relations the orders subgraph owns (recordYouthLink)', () => {
  let partners: PartnersHarness;

  beforeAll(async () => {
    partners = await startPartners('partners_youth_link', { youths: 20 });
  });

  afterAll(async () => {
    await partners?.stop();
  });

  const recordLink = '#graphql\nmutation($input: YouthLinkInput!) { recordYouthLink(input: $input) }';
  const enrollments = `#graphql
    query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Youth { enrollments { programme } } } }
  `;

  async function link(youthId: string) {
    const [row] = (await partners.db.query(`SELECT caseworker_unit_id, provider_ids, mentor_ids FROM youth_link WHERE youth_id = $1`, [youthId])) as unknown[];
    return row ?? null;
  }

  it('upserts a youth\'s unit, providers and mentors, and access follows at once', async () => {
    const youth = demoYouth(1);
    const provider = demoProviders[1]!.id;
    const newMentor: TokenRequest = { sub: randomUUID(), roles: ['MENTOR'], org: provider, name: 'Ny Mentor' };
    const before = await partners.call<{ _entities: { enrollments: unknown }[] }>(newMentor, enrollments, { representations: [{ __typename: 'Youth', id: youth.id }] });
    expect(firstError(before).code).toBe('FORBIDDEN');

    const coordinator: TokenRequest = { sub: randomUUID(), roles: ['PROVIDER_COORDINATOR'], org: provider, name: 'Koordinator' };
    const input = { youthId: youth.id, caseworkerUnitId: youth.caseworkerUnitId, providerIds: [provider], mentorIds: [newMentor.sub] };
    const response = await partners.call<{ recordYouthLink: boolean }>(coordinator, recordLink, { input });
    expect(response.body).toEqual({ data: { recordYouthLink: true } });
    expect(await link(youth.id)).toEqual({ caseworker_unit_id: youth.caseworkerUnitId, provider_ids: [provider], mentor_ids: [newMentor.sub] });

    const after = await partners.call<{ _entities: { enrollments: unknown[] }[] }>(newMentor, enrollments, { representations: [{ __typename: 'Youth', id: youth.id }] });
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data!._entities[0]!.enrollments.length).toBeGreaterThan(0);
  });

  it('creates the link of a newly registered youth for the caseworker of its unit', async () => {
    const youthId = randomUUID();
    const caseworker = users.caseworker!;
    const response = await partners.call(caseworker, recordLink, { input: { youthId, caseworkerUnitId: caseworker.org, providerIds: [], mentorIds: [] } });
    expect(response.body.errors).toBeUndefined();
    expect(await link(youthId)).toEqual({ caseworker_unit_id: caseworker.org, provider_ids: [], mentor_ids: [] });
  });

  it('refuses another unit\'s caseworker, a provider the youth has no order with, and a move to another unit, changing nothing', async () => {
    const youth = demoYouth(2);
    const before = await link(youth.id);
    const frederiksberg = users['caseworker-frb']!;
    const attempts: [TokenRequest, Record<string, unknown>][] = [
      [frederiksberg, { youthId: youth.id, caseworkerUnitId: frederiksberg.org, providerIds: [], mentorIds: [] }],
      [users.caseworker!, { youthId: demoYouth(9).id, caseworkerUnitId: users.caseworker!.org, providerIds: [], mentorIds: [] }],
      [users.provider!, { youthId: demoYouth(1).id, caseworkerUnitId: demoYouth(1).caseworkerUnitId, providerIds: [users.provider!.org], mentorIds: [] }],
      [users.provider!, { youthId: youth.id, caseworkerUnitId: demoUnits.frederiksberg, providerIds: [users.provider!.org], mentorIds: [] }],
    ];
    for (const [caller, input] of attempts) {
      const response = await partners.call(caller, recordLink, { input });
      expect(errorsByPath(response)).toEqual({ recordYouthLink: 'FORBIDDEN' });
    }
    expect(await link(youth.id)).toEqual(before);
    expect(await link(demoYouth(9).id)).toMatchObject({ caseworker_unit_id: demoUnits.frederiksberg });
  });

  it('refuses malformed ids, naming the field, and stores nothing', async () => {
    const youthId = randomUUID();
    const caseworker = users.caseworker!;
    const bad = await partners.call(caseworker, recordLink, { input: { youthId, caseworkerUnitId: caseworker.org, providerIds: [], mentorIds: ['nope'] } });
    expect(firstError(bad)).toEqual({ code: 'BAD_USER_INPUT', field: 'mentorIds', rule: 'id' });
    const badYouth = await partners.call(caseworker, recordLink, { input: { youthId: 'x', caseworkerUnitId: caseworker.org, providerIds: [], mentorIds: [] } });
    expect(firstError(badYouth)).toEqual({ code: 'BAD_USER_INPUT', field: 'youthId', rule: 'id' });
    expect(await link(youthId)).toBeNull();
  });
});
