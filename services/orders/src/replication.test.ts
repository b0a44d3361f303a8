import { type Identity } from '@mentor/common';
import { callAsServicePrincipal, demoId, demoOrder, demoProviders, demoUsers, demoYouth, orderableInstitutions, type GraphQLResponse } from '@mentor/testkit';
import { Kind, type ObjectTypeDefinitionNode, type InputObjectTypeDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deadUrl } from './testing/peer-stub.js';
import { recordYouthLinkMutation, youthLinkOf } from './replication.js';
import { typeDefs } from './server.js';
import { today } from './dates.js';
import { startHarness, type OrdersHarness } from './testing/harness.js';

const caseworker = demoUsers.caseworker!;
const provider = demoUsers.provider!;
const mentorId = demoId('mentor', 'replication-mentor');
const activities = demoProviders[0]!.activities.slice(0, 2);

let harness: OrdersHarness;

/** Every outbox event due now delivered, and none still on its way (the background relay's included). */
async function drain(): Promise<void> {
  await harness.server.drainOutbox();
}

/** The replication calls partners got since the last time, each as it was made. */
function delivered() {
  return harness.partners.calls.splice(0).filter((call) => call.fields.includes('recordYouthLink'));
}

/** The outbox's events for partners about this youth, oldest first. */
async function outboxOf(youthId: string): Promise<{ id: string; payload: Record<string, unknown>; delivered: boolean; last_error: string | null }[]> {
  return harness.db.query(
    `SELECT id::text AS id, payload, delivered_at IS NOT NULL AS delivered, last_error FROM outbox_event WHERE destination = 'partners' AND stream_key = $1 ORDER BY id`,
    [youthId],
  );
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`still waiting after ${timeout} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  harness = await startHarness('orders_replication', { youths: 20 });
});

afterAll(async () => {
  await harness?.stop();
});

type Data = Record<string, Record<string, unknown> | boolean | null>;

async function ok(identity: Identity, query: string, input: Record<string, unknown>, requestId?: string): Promise<Record<string, unknown>> {
  const response = await harness.call<Data>(identity, query, { input }, requestId ? { 'x-request-id': requestId } : undefined);
  expect(response.body.errors).toBeUndefined();
  return Object.values(response.body.data!)[0] as Record<string, unknown>;
}

function codeOf(response: GraphQLResponse<unknown>): unknown {
  return response.body.errors?.[0]?.extensions;
}

const REGISTER = '#graphql\nmutation R($input: RegisterYouthInput!) { registerYouth(input: $input) { id } }';
const PLACE = '#graphql\nmutation P($input: PlaceOrderInput!) { placeOrder(input: $input) { id status version } }';
const change = (name: string, type: string) => `#graphql\nmutation C($input: ${type}!) { ${name}(input: $input) { id status version } }`;
const ACCEPT = change('acceptOrder', 'AcceptOrderInput');
const ASSIGN = change('assignMentor', 'AssignMentorInput');
const SIGN = change('signAgreement', 'SignAgreementInput');
const SPS = change('recordSpsClarification', 'RecordSpsClarificationInput');
const COMPLETE = change('completeOrder', 'CompleteOrderInput');
const CANCEL = change('cancelOrder', 'CancelOrderInput');
const RELATIONS = '#graphql\nmutation M($input: YouthRelationsInput!, $sequence: ID!) { recordYouthRelations(input: $input, sequence: $sequence) }';

const youthInput = (cpr: string) => ({
  firstName: 'Ali',
  lastName: 'Demir',
  cpr,
  address: 'Tingbjerg Allé 12, st. tv., 2700 Brønshøj',
  targetGroup: 'YOUTH_TRANSITION_TO_EDUCATION',
  legalBasis: 'LAB § 31 b',
});

const orderInput = (youthId: string) => ({
  youthId,
  providerId: provider.org,
  institutionId: orderableInstitutions[0]!.id,
  goalKind: 'EDUCATION',
  goal: 'Den unge starter på grundforløbet.',
  tasks: ['Støtte fremmøde'],
  requestedActivities: activities,
  weeklyHours: 1,
  weeks: 13,
  startDate: today(),
  deliveryMunicipalityCode: '101',
});

describe('sending: partners learns the youth’s whole link through the outbox, as the orders service', () => {
  test('each change that moves the link enqueues the whole link in its transaction; drained, partners gets it from the orders service principal, sequenced by the outbox id', async () => {
    await drain();
    delivered();
    const youthId = (await ok(caseworker, REGISTER, youthInput('120703-5523'), 'replication-register')).id as string;
    const link = { youthId, caseworkerUnitId: caseworker.org, providerIds: [], mentorIds: [], orderIds: [], placedInstitutionIds: [] };
    // Enqueued with the change: the event is there as soon as the mutation has answered.
    const [event] = await outboxOf(youthId);
    expect(event).toMatchObject({ payload: link });
    await drain();
    const [registered, ...more] = delivered();
    expect(more).toEqual([]);
    expect(registered).toMatchObject({
      query: recordYouthLinkMutation,
      variables: { input: link, sequence: event!.id },
      principal: 'orders',
      authorization: '',
      requestId: `outbox-orders-${event!.id}`,
    });
    expect(await outboxOf(youthId)).toEqual([expect.objectContaining({ id: event!.id, delivered: true, last_error: null })]);

    const orderId = (await ok(caseworker, PLACE, orderInput(youthId))).id as string;
    const placed = { orderIds: [orderId], placedInstitutionIds: [orderableInstitutions[0]!.id] };
    await drain();
    expect(delivered().map((call) => call.variables.input)).toEqual([{ ...link, providerIds: [provider.org], ...placed }]);

    await ok(provider, ACCEPT, { orderId });
    await drain();
    expect(delivered()).toEqual([]);
    await ok(provider, ASSIGN, { orderId, mentorId });
    await drain();
    expect(delivered().map((call) => call.variables.input)).toEqual([{ ...link, providerIds: [provider.org], ...placed }]);
    expect(await ok(provider, SIGN, { orderId, mentorName: 'Rep Mentor', mentorContact: '+45 30 30 30 30' })).toMatchObject({ status: 'ACTIVE' });
    await drain();
    expect(delivered().map((call) => call.variables.input)).toEqual([{ ...link, providerIds: [provider.org], mentorIds: [mentorId], ...placed }]);

    await ok(caseworker, SPS, { orderId, text: 'Ingen SPS-behov.', clarifiedOn: today() });
    await drain();
    expect(delivered()).toEqual([]);
    expect(await ok(caseworker, COMPLETE, { orderId, outcome: 'DROPPED_OUT', youthSatisfaction: 4, note: 'Den unge er flyttet.' })).toMatchObject({ status: 'COMPLETED' });
    await drain();
    const [completed] = delivered();
    expect(completed!.variables.input).toEqual({ ...link, providerIds: [provider.org], ...placed });
    // Sequences grow with the stream: each event's sequence is its own outbox id.
    const events = await outboxOf(youthId);
    expect(events.map((row) => row.delivered)).toEqual(events.map(() => true));
    expect(completed!.variables.sequence).toBe(events.at(-1)!.id);
    expect(events.map((row) => BigInt(row.id))).toEqual([...events.map((row) => BigInt(row.id))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(harness.partners.refused).toBe(0);
  });

  test('a DRAFT is not placed with its provider: partners does not learn the provider from it', async () => {
    const draft = Array.from({ length: 20 }, (_, index) => demoYouth(index)).find((youth) => demoOrder(youth).status === 'DRAFT')!;
    expect(await youthLinkOf(harness.db.manager, draft.id)).toMatchObject({ youthId: draft.id, providerIds: [] });
    await harness.db.query(`UPDATE mentor_order SET status = 'PLACED' WHERE id = $1`, [demoOrder(draft).id]);
    expect(await youthLinkOf(harness.db.manager, draft.id)).toMatchObject({ providerIds: [demoOrder(draft).providerId] });
  });

  describe('when partners is down', () => {
    let partnersUrl: string;

    beforeAll(async () => {
      await drain();
      delivered();
      partnersUrl = harness.peers.partners!;
      harness.peers.partners = await deadUrl();
    });

    afterAll(() => {
      harness.peers.partners = partnersUrl;
    });

    test('the write commits; its link waits in the outbox and arrives, once, when partners is back', async () => {
      const youthId = (await ok(caseworker, REGISTER, youthInput('030504-6617'))).id as string;
      const active = demoOrder(demoYouth(0));
      expect(active.status).toBe('ACTIVE');
      expect(await ok(caseworker, CANCEL, { orderId: active.id, reason: 'Flyttet.' })).toMatchObject({ status: 'CANCELLED' });
      const [row] = await harness.db.query('SELECT status FROM mentor_order WHERE id = $1', [active.id]);
      expect(row.status).toBe('CANCELLED');

      await drain();
      expect(delivered()).toEqual([]);
      for (const id of [youthId, active.youthId]) {
        const events = await outboxOf(id);
        expect(events.at(-1), id).toMatchObject({ delivered: false, last_error: 'PEER_UNREACHABLE' });
      }

      harness.peers.partners = partnersUrl;
      // The relay retries on its own once the back-off has passed: no one has to resend anything.
      const arrived = new Map<string, Record<string, unknown>[]>();
      await until(async () => {
        for (const call of delivered()) {
          const input = call.variables.input as { youthId: string };
          arrived.set(input.youthId, [...(arrived.get(input.youthId) ?? []), input]);
        }
        return arrived.has(youthId) && arrived.has(active.youthId);
      }, 'both links to reach partners');
      await drain();
      for (const call of delivered()) {
        const input = call.variables.input as { youthId: string };
        arrived.set(input.youthId, [...(arrived.get(input.youthId) ?? []), input]);
      }
      expect(arrived.get(youthId)).toEqual([{ youthId, caseworkerUnitId: caseworker.org, providerIds: [], mentorIds: [], orderIds: [], placedInstitutionIds: [] }]);
      expect(arrived.get(active.youthId)).toEqual([await youthLinkOf(harness.db.manager, active.youthId)]);
      for (const id of [youthId, active.youthId]) expect((await outboxOf(id)).every((event) => event.delivered)).toBe(true);
    });
  });

  describe('a change that does not commit sends nothing', () => {
    async function undelivered(): Promise<number> {
      const [{ count }] = await harness.db.query('SELECT count(*)::int AS count FROM outbox_event WHERE delivered_at IS NULL');
      return count as number;
    }

    beforeAll(async () => {
      await drain();
      delivered();
    });

    test('the audit record failing after the change: AUDIT_UNAVAILABLE, no event in the outbox, nothing at partners', async () => {
      const youth = Array.from({ length: 20 }, (_, index) => demoYouth(index)).find((candidate, index) => index > 1 && demoOrder(candidate).status === 'ACTIVE')!;
      const [{ count: events }] = await harness.db.query('SELECT count(*)::int AS count FROM outbox_event WHERE stream_key = $1', [youth.id]);
      const active = demoOrder(youth);
      await harness.db.query('ALTER TABLE audit_entry RENAME TO audit_entry_off');
      let response: GraphQLResponse<unknown>;
      try {
        response = await harness.call(caseworker, CANCEL, { input: { orderId: active.id, reason: 'Flyttet.' } });
      } finally {
        await harness.db.query('ALTER TABLE audit_entry_off RENAME TO audit_entry');
      }
      expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['AUDIT_UNAVAILABLE']);
      const [row] = await harness.db.query('SELECT status FROM mentor_order WHERE id = $1', [active.id]);
      expect(row.status).toBe('ACTIVE');
      await drain();
      expect(delivered()).toEqual([]);
      const [{ count: after }] = await harness.db.query('SELECT count(*)::int AS count FROM outbox_event WHERE stream_key = $1', [youth.id]);
      expect(after).toBe(events);
      expect(await undelivered()).toBe(0);
    });

    test('the commit failing after the event was enqueued (a deferred check): nothing is stored, nothing reaches partners', async () => {
      await harness.db.query(`CREATE FUNCTION refuse_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'commit refused by the test'; END $$`);
      await harness.db.query(
        `CREATE CONSTRAINT TRIGGER refuse_commit AFTER INSERT ON outbox_event DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_commit()`,
      );
      let response: GraphQLResponse<unknown>;
      const [{ count: youths }] = await harness.db.query('SELECT count(*)::int AS count FROM youth');
      try {
        response = await harness.call(caseworker, REGISTER, { input: youthInput('150805-1234') });
      } finally {
        await harness.db.query('DROP TRIGGER refuse_commit ON outbox_event');
        await harness.db.query('DROP FUNCTION refuse_commit()');
      }
      expect(response.body.data ?? null).toBeNull();
      expect(response.body.errors?.length).toBeGreaterThan(0);
      const [{ count: after }] = await harness.db.query('SELECT count(*)::int AS count FROM youth');
      expect(after).toBe(youths);
      await drain();
      expect(delivered()).toEqual([]);
      expect(await undelivered()).toBe(0);
    });
  });
});

describe('receiving: partners mirrors the youth’s whole state here, as the partners service', () => {
  const socialWorker = demoUsers['social-worker']!;
  const youth = demoYouth(1);
  const YOUTH = '#graphql\nquery Y($id: ID!) { youth(id: $id) { id firstName specialNeeds } }';
  let sequence = 1000;

  async function seen(identity: Identity, id = youth.id): Promise<boolean> {
    const response = await harness.call<{ youth: { id: string } | null }>(identity, YOUTH, { id });
    return response.body.data?.youth?.id === id;
  }

  async function stored(id = youth.id) {
    const [row] = await harness.db.query(
      `SELECT (SELECT coalesce(json_agg(json_build_object('bodyId', c.body_id, 'scope', c.scope, 'givenOn', c.given_on::text, 'withdrawnOn', c.withdrawn_on::text) ORDER BY c.id), '[]')
               FROM youth_consent c WHERE c.youth_id = youth.id) AS consents,
              institution_ids::text[] AS institutions, youth_guide_id AS guide, version FROM youth WHERE id = $1`,
      [id],
    );
    return row as { consents: { bodyId: string; scope: string; givenOn: string; withdrawnOn: string | null }[]; institutions: string[]; guide: string | null; version: number };
  }
  const sof = socialWorker.org;
  const consent = (withdrawnOn: string | null = null, bodyId = sof) => ({ id: demoId('consent', `replication-${bodyId}`), bodyId, scope: 'Koordinering af boligsituationen', givenOn: today(), withdrawnOn });
  const state = (changes: Record<string, unknown> = {}) => ({ youthId: youth.id, consents: [], enrolledInstitutionIds: [youth.institutionId], youthGuideId: null, ...changes });

  /** Sends as the partners service itself, the way its relay does. */
  function send(input: Record<string, unknown>, at: number | string = ++sequence, service: 'partners' | 'orders' | 'mentors' = 'partners') {
    return callAsServicePrincipal<{ recordYouthRelations: boolean }>(harness.server.url, service, { query: RELATIONS, variables: { input, sequence: String(at) } });
  }
  async function sent(input: Record<string, unknown>, at?: number | string): Promise<void> {
    const response = await send(input, at);
    expect(response.body).toEqual({ data: { recordYouthRelations: true } });
  }

  test('the mutation is internal: @inaccessible, so the gateway never offers it', () => {
    const mutation = typeDefs.definitions.find((definition): definition is ObjectTypeDefinitionNode => definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'Mutation')!;
    const field = mutation.fields!.find((candidate) => candidate.name.value === 'recordYouthRelations')!;
    expect(field.directives?.map((directive) => directive.name.value)).toEqual(['inaccessible']);
    const input = typeDefs.definitions.find((definition): definition is InputObjectTypeDefinitionNode => definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && definition.name.value === 'YouthRelationsInput')!;
    expect(input.directives?.map((directive) => directive.name.value)).toEqual(['inaccessible']);
  });

  test('a consent given and withdrawn opens and closes the youth to the social worker of the body it names only; nothing else changes', async () => {
    expect(youth.consentToSocialServices).toBe(false);
    expect(await seen(socialWorker)).toBe(false);
    const before = await stored();
    await sent(state({ consents: [consent()], enrolledInstitutionIds: before.institutions }));
    expect(await seen(socialWorker)).toBe(true);
    expect(await seen({ ...socialWorker, org: demoId('org', 'psykiatri') })).toBe(false);
    expect(await stored()).toEqual({ ...before, consents: [{ bodyId: sof, scope: 'Koordinering af boligsituationen', givenOn: today(), withdrawnOn: null }], version: before.version + 1 });
    await sent(state({ consents: [consent(today())], enrolledInstitutionIds: before.institutions }));
    expect(await seen(socialWorker)).toBe(false);
    expect(await stored()).toMatchObject({ consents: [{ bodyId: sof, withdrawnOn: today() }], institutions: before.institutions, guide: before.guide });
  });

  test('with any user token — the youth’s own caseworker included — the mutation is FORBIDDEN, and nothing is stored', async () => {
    const before = await stored();
    const guide: Identity = { ...demoUsers['youth-guide']!, sub: demoId('user', 'guide-9') };
    const users: Identity[] = [...Object.values(demoUsers), guide];
    expect(users.map((user) => user.roles).flat()).toContain('CASEWORKER');
    for (const user of users) {
      const response = await harness.call(user, RELATIONS, { input: state({ consents: [consent()], youthGuideId: guide.sub }), sequence: String(++sequence) });
      expect(codeOf(response), `${user.name} (${user.roles.join(', ')})`).toMatchObject({ code: 'FORBIDDEN' });
      expect(response.body.data ?? null).toBeNull();
    }
    expect(await stored()).toEqual(before);
  });

  test('another service as itself is FORBIDDEN; a forged service signature is refused before anything runs', async () => {
    const before = await stored();
    expect(codeOf(await send(state({ consents: [consent()] }), ++sequence, 'orders'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(codeOf(await send(state({ consents: [consent()] }), ++sequence, 'mentors'))).toMatchObject({ code: 'FORBIDDEN' });
    const forged = await callAsServicePrincipal(harness.server.url, 'partners', { query: RELATIONS, variables: { input: state({ consents: [consent()] }), sequence: String(++sequence) } }, { secret: 'not-the-signing-secret-0123456789abcdefgh' });
    expect(forged.status).toBe(401);
    expect(await stored()).toEqual(before);
  });

  test('an enrollment opens the youth to the staff of the new institution', async () => {
    const newSchool = orderableInstitutions.find((institution) => institution.id !== youth.institutionId)!;
    const staff: Identity = { sub: demoId('user', 'staff-new'), roles: ['INSTITUTION_STAFF'], org: newSchool.id, name: 'Ny' };
    expect(await seen(staff)).toBe(false);
    await sent(state({ enrolledInstitutionIds: [youth.institutionId, newSchool.id] }));
    expect(await seen(staff)).toBe(true);
    expect((await stored()).institutions.sort()).toEqual([youth.institutionId, newSchool.id].sort());
    await sent(state());
    expect(await seen(staff)).toBe(false);
  });

  test('a youth guide assigned and cleared: the whole state replaces what is mirrored', async () => {
    const guide: Identity = { ...demoUsers['youth-guide']!, sub: demoId('user', 'guide-9') };
    expect(youth.youthGuideId).toBeNull();
    expect(await seen(guide)).toBe(false);
    await sent(state({ youthGuideId: guide.sub }));
    expect(await seen(guide)).toBe(true);
    await sent(state({ youthGuideId: null }));
    expect(await seen(guide)).toBe(false);
    expect((await stored()).guide).toBeNull();
  });

  test('delivered twice, or an older event after a newer one, changes nothing and still answers true', async () => {
    const guide = demoId('user', 'guide-9');
    const newer = ++sequence + 10;
    const older = newer - 5;
    await sent(state({ youthGuideId: guide }), newer);
    const after = await stored();
    expect(after.guide).toBe(guide);
    // The same event again (the relay died before marking it delivered).
    await sent(state({ youthGuideId: guide }), newer);
    // An older state arriving late.
    await sent(state({ youthGuideId: null, consents: [consent()] }), older);
    expect(await stored()).toEqual(after);
    const audited = await harness.db.query('SELECT request_id FROM audit_record WHERE request_id = ANY($1)', [[`outbox-partners-${newer}`, `outbox-partners-${older}`]]);
    expect(audited).toEqual([{ request_id: `outbox-partners-${newer}` }]);
    sequence = newer;
  });

  test('the write is audited under the youth, with the partners service as the actor and the event’s outbox id as the request id', async () => {
    const at = ++sequence;
    await sent(state({ consents: [consent()] }), at);
    const rows = await harness.db.query('SELECT youth_id, allowed_fields, user_id, request_id FROM audit_record WHERE request_id = $1', [`outbox-partners-${at}`]);
    expect(rows).toEqual([{ youth_id: youth.id, allowed_fields: ['Mutation.recordYouthRelations'], user_id: 'service:partners', request_id: `outbox-partners-${at}` }]);
  });

  test('refuses an unknown youth, bad input and a bad sequence; nothing is stored', async () => {
    const before = await stored();
    expect(codeOf(await send(state({ youthId: demoId('youth', 'nobody') })))).toMatchObject({ code: 'NOT_FOUND' });
    expect(codeOf(await send(state({ youthId: 'x' })))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'youthId' });
    expect(codeOf(await send(state({ consents: [{ ...consent(), bodyId: 'nope' }] })))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consents[0].bodyId' });
    expect(codeOf(await send(state({ enrolledInstitutionIds: ['nope'] })))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'enrolledInstitutionIds[0]' });
    for (const bad of ['0', '-1', 'x', '1.5']) expect(codeOf(await send(state(), bad)), bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sequence' });
    expect(await stored()).toEqual(before);
  });
});
