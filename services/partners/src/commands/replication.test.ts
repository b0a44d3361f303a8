import { randomUUID } from 'node:crypto';
import { type TokenRequest } from '@mentor/common';
import { callAsServicePrincipal, demoId, demoOrganisations, demoProviders, demoUnits, demoUsers, demoYouth, demoYouthGuides, orderableInstitutions } from '@mentor/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordYouthRelationsMutation, youthRelationsOf } from './replication.js';
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

describe('partners replicates the relations it owns to the orders subgraph through its outbox, as the partners service', () => {
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

  /** Whatever is due in the outbox delivered, the background relay's round included. */
  async function drain(): Promise<void> {
    await partners.server.drainOutbox();
  }

  /** The outbox's events for orders about this youth, oldest first. */
  async function outboxOf(youthId: string): Promise<{ id: string; payload: Record<string, unknown>; delivered: boolean; last_error: string | null }[]> {
    return partners.db.query(
      `SELECT id::text AS id, payload, delivered_at IS NOT NULL AS delivered, last_error FROM outbox_event WHERE destination = 'orders' AND stream_key = $1 ORDER BY id`,
      [youthId],
    );
  }

  /**
   * The one event the write enqueued about the youth since `from` events, drained: orders got it
   * once, from the partners service as itself (no user token), sequenced by its outbox id, with the
   * youth's whole state as the transaction left it.
   */
  async function oneDeliverySince(from: number, youthId: string) {
    const events = (await outboxOf(youthId)).slice(from);
    expect(events.length).toBe(1);
    await drain();
    const calls = partners.orders.calls.filter((call) => (call.variables.input as { youthId: string }).youthId === youthId && call.variables.sequence === events[0]!.id);
    expect(calls.length).toBe(1);
    const [call] = calls;
    expect(call!).toMatchObject({ query: recordYouthRelationsMutation, principal: 'partners', authorization: '', requestId: `outbox-partners-${events[0]!.id}` });
    expect(call!.variables.input).toEqual(events[0]!.payload);
    expect(call!.variables.input).toEqual(await youthRelationsOf(partners.db.manager, youthId));
    expect((await outboxOf(youthId)).at(-1)).toMatchObject({ delivered: true, last_error: null });
    expect(partners.orders.refused).toBe(0);
    expect(partners.orders.userReplications).toBe(0);
    return call!.variables.input as Record<string, unknown>;
  }

  const eventsOf = async (youthId: string) => (await outboxOf(youthId)).length;

  const enroll = 'mutation($input: EnrollYouthInput!) { enrollYouth(input: $input) { id } }';
  const end = 'mutation($input: UpdateEnrollmentStatusInput!) { updateEnrollmentStatus(input: $input) { id } }';
  const consent = 'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }';
  const withdraw = 'mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }';
  const assign = 'mutation($input: AssignYouthGuideInput!) { assignYouthGuide(input: $input) { id } }';
  const endGuide = 'mutation($input: EndYouthGuideAssignmentInput!) { endYouthGuideAssignment(input: $input) { id } }';

  it("sends the youth's whole state, with the active institutions, when a youth is enrolled and when an enrollment ends", async () => {
    const youth = demoYouth(3);
    const staff = staffOf(youth.institutionId);
    let from = await eventsOf(youth.id);
    const enrolled = await mutate(staff, enroll, { youthId: youth.id, institutionId: youth.institutionId, programme: 'Grundforløb 1 – Teknologi', startDate: today });
    expect(enrolled.body.errors).toBeUndefined();
    expect(await oneDeliverySince(from, youth.id)).toMatchObject({ youthId: youth.id, enrolledInstitutionIds: [youth.institutionId], consents: expect.any(Array) });

    from = await eventsOf(youth.id);
    const ended = await mutate(staff, end, { enrollmentId: enrolled.body.data!.enrollYouth!.id, status: 'DROPPED_OUT', endedOn: today });
    expect(ended.body.errors).toBeUndefined();
    expect(await oneDeliverySince(from, youth.id)).toMatchObject({ youthId: youth.id, enrolledInstitutionIds: [] });
  });

  it("sends the youth's consents to social services, each with its body, scope and dates, when one is recorded or withdrawn, and nothing for other bodies", async () => {
    const youth = demoYouth(1);
    const caseworker = users.caseworker!;
    let from = await eventsOf(youth.id);
    const recorded = await mutate(caseworker, consent, { youthId: youth.id, bodyId: demoUnits.socialServices, scope: 'Handicap og bolig', givenOn: today });
    expect(recorded.body.errors).toBeUndefined();
    const consentId = recorded.body.data!.recordConsent!.id;
    const sent = { id: consentId, bodyId: demoUnits.socialServices, scope: 'Handicap og bolig', givenOn: today };
    expect((await oneDeliverySince(from, youth.id)).consents).toContainEqual({ ...sent, withdrawnOn: null });

    from = await eventsOf(youth.id);
    const withdrawn = await mutate(caseworker, withdraw, { consentId, withdrawnOn: today });
    expect(withdrawn.body.errors).toBeUndefined();
    expect((await oneDeliverySince(from, youth.id)).consents).toContainEqual({ ...sent, withdrawnOn: today });

    from = await eventsOf(youth.id);
    const calls = partners.orders.calls.length;
    const toPsychiatry = await mutate(caseworker, consent, { youthId: youth.id, bodyId: psychiatry, scope: 'Udskrivning', givenOn: today });
    expect(toPsychiatry.body.errors).toBeUndefined();
    await drain();
    expect(await eventsOf(youth.id)).toBe(from);
    expect(partners.orders.calls.length).toBe(calls);
  });

  it("sends the new youth guide when the youth's caseworker assigns one", async () => {
    const youth = demoYouth(4);
    const caseworker = users.caseworker!;
    const newGuide = demoYouthGuides[3]!;
    const from = await eventsOf(youth.id);
    const assigned = await mutate(caseworker, assign, { youthId: youth.id, kuiOrganisationId: demoUnits.kui, guideUserId: newGuide.id, guideName: newGuide.name, fromDate: today });
    expect(assigned.body.errors).toBeUndefined();
    expect(await oneDeliverySince(from, youth.id)).toMatchObject({ youthId: youth.id, youthGuideId: newGuide.id });
  });

  it('clears the youth guide when KUI ends the open assignment', async () => {
    const youth = demoYouth(10);
    expect(youth.youthGuideId).not.toBeNull();
    const guide = users['youth-guide']!;
    const from = await eventsOf(youth.id);
    const ended = await mutate(guide, endGuide, { assignmentId: demoId('youth-guide-assignment', 10), toDate: today });
    expect(ended.body.errors).toBeUndefined();
    expect(await oneDeliverySince(from, youth.id)).toMatchObject({ youthId: youth.id, youthGuideId: null });
  });

  const writes: { name: string; caller: TokenRequest; query: string; input: () => Record<string, unknown>; youthId: string }[] = [
    {
      name: 'enrollYouth',
      caller: staffOf(demoYouth(6).institutionId),
      query: enroll,
      input: () => ({ youthId: demoYouth(6).id, institutionId: demoYouth(6).institutionId, programme: 'Grundforløb 2 – Frisør', startDate: today }),
      youthId: demoYouth(6).id,
    },
    { name: 'updateEnrollmentStatus', caller: users.institution!, query: end, input: () => ({ enrollmentId: demoId('enrollment', 14), status: 'COMPLETED', endedOn: today }), youthId: demoYouth(14).id },
    {
      name: 'recordConsent',
      caller: users.caseworker!,
      query: consent,
      input: () => ({ youthId: demoYouth(2).id, bodyId: demoUnits.socialServices, scope: 'Misbrug og bolig', givenOn: today }),
      youthId: demoYouth(2).id,
    },
    { name: 'withdrawConsent', caller: users.caseworker!, query: withdraw, input: () => ({ consentId: demoId('consent', 5), withdrawnOn: today }), youthId: '' },
    {
      name: 'assignYouthGuide',
      caller: users.caseworker!,
      query: assign,
      input: () => ({ youthId: demoYouth(8).id, kuiOrganisationId: demoUnits.kui, guideUserId: demoYouthGuides[2]!.id, guideName: demoYouthGuides[2]!.name, fromDate: today }),
      youthId: demoYouth(8).id,
    },
    { name: 'endYouthGuideAssignment', caller: users['youth-guide']!, query: endGuide, input: () => ({ assignmentId: demoId('youth-guide-assignment', 12), toDate: today }), youthId: demoYouth(12).id },
  ];

  /** The youth a write is about, as the database says (a consent or an assignment names it). */
  async function youthOf(write: (typeof writes)[number]): Promise<string> {
    if (write.youthId) return write.youthId;
    const [row] = await partners.db.query('SELECT youth_id::text AS youth_id FROM consent WHERE id = $1', [write.input().consentId]);
    return row.youth_id as string;
  }

  it.each(writes)('stores nothing and sends nothing when the commit fails after the event was enqueued: $name', async (write) => {
    await drain();
    const youthId = await youthOf(write);
    const from = await eventsOf(youthId);
    const calls = partners.orders.calls.length;
    const before = await snapshot();
    // A deferred check on the outbox: it fails at COMMIT, after the change and its event are written.
    await partners.db.query(`CREATE FUNCTION refuse_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'commit refused by the test'; END $$`);
    await partners.db.query(`CREATE CONSTRAINT TRIGGER refuse_commit AFTER INSERT ON outbox_event DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_commit()`);
    let response: Awaited<ReturnType<typeof mutate>>;
    try {
      response = await mutate(write.caller, write.query, write.input());
    } finally {
      await partners.db.query('DROP TRIGGER refuse_commit ON outbox_event');
      await partners.db.query('DROP FUNCTION refuse_commit()');
    }
    expect(response.body.data?.[write.name] ?? null).toBeNull();
    expect(response.body.errors?.length).toBe(1);
    expect(await snapshot()).toEqual(before);
    await drain();
    expect(await eventsOf(youthId)).toBe(from);
    expect(partners.orders.calls.length).toBe(calls);
  });

  it.each(writes)('commits while the orders subgraph is down, and its whole state reaches orders, once, when it is back: $name', async (write) => {
    await drain();
    const youthId = await youthOf(write);
    const from = await eventsOf(youthId);
    const calls = partners.orders.calls.length;
    partners.peers.orders = await deadUrl();
    const before = await snapshot();
    const response = await mutate(write.caller, write.query, write.input());
    expect(response.body.errors).toBeUndefined();
    expect(await snapshot()).not.toEqual(before);
    await drain();
    expect(partners.orders.calls.length).toBe(calls);
    const [waiting] = (await outboxOf(youthId)).slice(from);
    expect(waiting).toMatchObject({ delivered: false, last_error: 'PEER_UNREACHABLE' });

    partners.peers.orders = partners.orders.url;
    // The relay retries by itself once its back-off has passed.
    const deadline = Date.now() + 15_000;
    while (!(await outboxOf(youthId)).slice(from).every((event) => event.delivered)) {
      if (Date.now() > deadline) throw new Error('the event was not delivered after orders came back');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await drain();
    const arrived = partners.orders.calls.slice(calls).filter((call) => (call.variables.input as { youthId: string }).youthId === youthId);
    expect(arrived.map((call) => call.variables.sequence)).toEqual([waiting!.id]);
    expect(arrived[0]!.variables.input).toEqual(await youthRelationsOf(partners.db.manager, youthId));
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

  const recordLink = '#graphql\nmutation($input: YouthLinkInput!, $sequence: ID!) { recordYouthLink(input: $input, sequence: $sequence) }';
  const enrollments = `#graphql
    query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Youth { enrollments { programme } } } }
  `;
  let sequence = 100;

  async function link(youthId: string) {
    const [row] = (await partners.db.query(`SELECT caseworker_unit_id, provider_ids, mentor_ids FROM youth_link WHERE youth_id = $1`, [youthId])) as unknown[];
    return row ?? null;
  }

  /** As the orders service itself, the way its relay delivers. */
  function send(input: Record<string, unknown>, at: number | string = ++sequence, service: 'orders' | 'partners' | 'mentors' = 'orders') {
    return callAsServicePrincipal<{ recordYouthLink: boolean }>(partners.server.url, service, { query: recordLink, variables: { input, sequence: String(at) } });
  }
  const whole = (youthId: string, caseworkerUnitId: string, changes: Record<string, unknown> = {}) => ({
    youthId,
    caseworkerUnitId,
    providerIds: [],
    mentorIds: [],
    orderIds: [],
    placedInstitutionIds: [],
    ...changes,
  });

  it("upserts a youth's whole link from the orders service, and access follows at once", async () => {
    const youth = demoYouth(1);
    const provider = demoProviders[1]!.id;
    const newMentor: TokenRequest = { sub: randomUUID(), roles: ['MENTOR'], org: provider, name: 'Ny Mentor' };
    const before = await partners.call<{ _entities: { enrollments: unknown }[] }>(newMentor, enrollments, { representations: [{ __typename: 'Youth', id: youth.id }] });
    expect(firstError(before).code).toBe('FORBIDDEN');

    const response = await send(whole(youth.id, youth.caseworkerUnitId, { providerIds: [provider], mentorIds: [newMentor.sub] }));
    expect(response.body).toEqual({ data: { recordYouthLink: true } });
    expect(await link(youth.id)).toEqual({ caseworker_unit_id: youth.caseworkerUnitId, provider_ids: [provider], mentor_ids: [newMentor.sub] });

    const after = await partners.call<{ _entities: { enrollments: unknown[] }[] }>(newMentor, enrollments, { representations: [{ __typename: 'Youth', id: youth.id }] });
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data!._entities[0]!.enrollments.length).toBeGreaterThan(0);
  });

  it('creates the link of a newly registered youth, audited with the orders service as the actor under the event’s outbox id', async () => {
    const youthId = randomUUID();
    const at = ++sequence;
    const response = await send(whole(youthId, users.caseworker!.org), at);
    expect(response.body.errors).toBeUndefined();
    expect(await link(youthId)).toEqual({ caseworker_unit_id: users.caseworker!.org, provider_ids: [], mentor_ids: [] });
    const audited = await partners.db.query('SELECT youth_id::text AS youth_id, user_id, allowed_fields FROM audit_record WHERE request_id = $1', [`outbox-orders-${at}`]);
    expect(audited).toEqual([{ youth_id: youthId, user_id: 'service:orders', allowed_fields: ['Mutation.recordYouthLink'] }]);
  });

  it('with any user token — the youth’s own caseworker included — it is FORBIDDEN; another service too; nothing changes', async () => {
    const youth = demoYouth(2);
    const before = await link(youth.id);
    const [{ count: audits }] = await partners.db.query('SELECT count(*)::int AS count FROM audit_record');
    const callers = Object.values(users);
    expect(callers.flatMap((caller) => caller.roles)).toContain('CASEWORKER');
    for (const caller of callers) {
      const response = await partners.call(caller, recordLink, { input: whole(youth.id, youth.caseworkerUnitId, { providerIds: [demoProviders[1]!.id] }), sequence: String(++sequence) });
      expect(errorsByPath(response), `${caller.name}`).toEqual({ recordYouthLink: 'FORBIDDEN' });
    }
    for (const service of ['partners', 'mentors'] as const) {
      expect(errorsByPath(await send(whole(youth.id, youth.caseworkerUnitId, { providerIds: [demoProviders[1]!.id] }), ++sequence, service))).toEqual({ recordYouthLink: 'FORBIDDEN' });
    }
    const forged = await callAsServicePrincipal(partners.server.url, 'orders', { query: recordLink, variables: { input: whole(youth.id, youth.caseworkerUnitId), sequence: String(++sequence) } }, { secret: 'not-the-signing-secret-0123456789abcdefgh' });
    expect(forged.status).toBe(401);
    expect(await link(youth.id)).toEqual(before);
    const [{ count: after }] = await partners.db.query('SELECT count(*)::int AS count FROM audit_record');
    expect(after).toBe(audits);
  });

  it('delivered twice, or an older event after a newer one, changes nothing and answers true', async () => {
    const youth = demoYouth(5);
    const newer = ++sequence + 10;
    const provider = demoProviders[1]!.id;
    expect((await send(whole(youth.id, youth.caseworkerUnitId, { providerIds: [provider] }), newer)).body).toEqual({ data: { recordYouthLink: true } });
    const after = await link(youth.id);
    expect(after).toMatchObject({ provider_ids: [provider] });
    expect((await send(whole(youth.id, youth.caseworkerUnitId, { providerIds: [provider] }), newer)).body).toEqual({ data: { recordYouthLink: true } });
    expect((await send(whole(youth.id, demoUnits.frederiksberg), newer - 3)).body).toEqual({ data: { recordYouthLink: true } });
    expect(await link(youth.id)).toEqual(after);
    const audited = await partners.db.query('SELECT request_id FROM audit_record WHERE request_id = ANY($1)', [[`outbox-orders-${newer}`, `outbox-orders-${newer - 3}`]]);
    expect(audited).toEqual([{ request_id: `outbox-orders-${newer}` }]);
    sequence = newer;
  });

  it('refuses malformed ids and sequences, naming the field, and stores nothing', async () => {
    const youthId = randomUUID();
    const caseworker = users.caseworker!;
    const bad = await send(whole(youthId, caseworker.org, { mentorIds: ['nope'] }));
    expect(firstError(bad)).toEqual({ code: 'BAD_USER_INPUT', field: 'mentorIds', rule: 'id' });
    const badYouth = await send(whole('x', caseworker.org));
    expect(firstError(badYouth)).toEqual({ code: 'BAD_USER_INPUT', field: 'youthId', rule: 'id' });
    for (const at of ['0', '-1', 'x']) expect(firstError(await send(whole(youthId, caseworker.org), at)), at).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sequence' });
    expect(await link(youthId)).toBeNull();
  });
});
