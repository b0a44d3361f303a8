import { type Identity } from '@mentor/common';
import { demoId, demoOrder, demoProviders, demoUsers, demoYouth, orderableInstitutions, type GraphQLResponse } from '@mentor/testkit';
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
const RELATIONS = '#graphql\nmutation M($input: YouthRelationsInput!) { recordYouthRelations(input: $input) }';

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

describe('sending: partners learns the youth’s unit, providers and ACTIVE mentors inside the transaction', () => {
  test('each change that moves them is sent, signed, on behalf of the caller, with what the change leaves', async () => {
    const calls = () => harness.partners.calls.splice(0).filter((call) => call.fields.includes('recordYouthLink'));
    calls();
    const youthId = (await ok(caseworker, REGISTER, youthInput('120703-5523'), 'replication-register')).id as string;
    const [registered] = calls();
    expect(registered).toMatchObject({
      query: recordYouthLinkMutation,
      variables: { input: { youthId, caseworkerUnitId: caseworker.org, providerIds: [], mentorIds: [], orderIds: [], placedInstitutionIds: [] } },
      requestId: 'replication-register',
    });
    expect(registered!.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);

    const orderId = (await ok(caseworker, PLACE, orderInput(youthId))).id as string;
    const placed = { orderIds: [orderId], placedInstitutionIds: [orderableInstitutions[0]!.id] };
    expect(calls().map((call) => call.variables.input)).toEqual([{ youthId, caseworkerUnitId: caseworker.org, providerIds: [provider.org], mentorIds: [], ...placed }]);

    await ok(provider, ACCEPT, { orderId });
    expect(calls()).toEqual([]);
    await ok(provider, ASSIGN, { orderId, mentorId });
    expect(calls().map((call) => call.variables.input)).toEqual([{ youthId, caseworkerUnitId: caseworker.org, providerIds: [provider.org], mentorIds: [], ...placed }]);
    expect(await ok(provider, SIGN, { orderId, mentorName: 'Rep Mentor', mentorContact: '+45 30 30 30 30' })).toMatchObject({ status: 'ACTIVE' });
    expect(calls().map((call) => call.variables.input)).toEqual([{ youthId, caseworkerUnitId: caseworker.org, providerIds: [provider.org], mentorIds: [mentorId], ...placed }]);

    await ok(caseworker, SPS, { orderId, text: 'Ingen SPS-behov.', clarifiedOn: today() });
    expect(calls()).toEqual([]);
    // Nothing is delivered and the order runs on: it ends early, with the reason, and not as a completed education.
    expect(await ok(caseworker, COMPLETE, { orderId, outcome: 'DROPPED_OUT', youthSatisfaction: 4, note: 'Den unge er flyttet.' })).toMatchObject({ status: 'COMPLETED' });
    expect(calls().map((call) => call.variables.input)).toEqual([{ youthId, caseworkerUnitId: caseworker.org, providerIds: [provider.org], mentorIds: [], ...placed }]);
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
      partnersUrl = harness.peers.partners!;
      harness.peers.partners = await deadUrl();
    });

    afterAll(() => {
      harness.peers.partners = partnersUrl;
    });

    async function snapshot() {
      const [row] = await harness.db.query(
        `SELECT (SELECT count(*)::int FROM youth) AS youths, (SELECT count(*)::int FROM mentor_order) AS orders,
                (SELECT sum(version)::int FROM mentor_order) AS versions, (SELECT count(*)::int FROM mentor_agreement) AS agreements,
                (SELECT count(*)::int FROM audit_record WHERE 'Mutation.registerYouth' = ANY(allowed_fields) OR 'Mutation.placeOrder' = ANY(allowed_fields)
                   OR 'Mutation.cancelOrder' = ANY(allowed_fields) OR 'Mutation.signAgreement' = ANY(allowed_fields)) AS audited_writes`,
      );
      return row as Record<string, number>;
    }

    test('the mutation fails with SERVICE_UNAVAILABLE and nothing is stored', async () => {
      const before = await snapshot();
      const unavailable = { code: 'SERVICE_UNAVAILABLE', service: 'partners' };
      expect(codeOf(await harness.call(caseworker, REGISTER, { input: youthInput('030504-6617') }))).toMatchObject(unavailable);
      expect(codeOf(await harness.call(caseworker, PLACE, { input: orderInput(demoYouth(0).id) }))).toMatchObject(unavailable);
      const active = demoOrder(demoYouth(0));
      expect(active.status).toBe('ACTIVE');
      expect(codeOf(await harness.call(caseworker, CANCEL, { input: { orderId: active.id, reason: 'Flyttet.' } }))).toMatchObject(unavailable);
      expect(await snapshot()).toEqual(before);
      const [row] = await harness.db.query('SELECT status FROM mentor_order WHERE id = $1', [active.id]);
      expect(row.status).toBe('ACTIVE');
    });
  });
});

describe('receiving: partners mirrors enrollments, consent and youth guide here', () => {
  const socialWorker = demoUsers['social-worker']!;
  const youth = demoYouth(1);
  const YOUTH = '#graphql\nquery Y($id: ID!) { youth(id: $id) { id firstName specialNeeds } }';

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
    expect(await ok(caseworker, RELATIONS, { youthId: youth.id, consents: [consent()] })).toBe(true);
    expect(await seen(socialWorker)).toBe(true);
    expect(await seen({ ...socialWorker, org: demoId('org', 'psykiatri') })).toBe(false);
    expect(await stored()).toEqual({ ...before, consents: [{ bodyId: sof, scope: 'Koordinering af boligsituationen', givenOn: today(), withdrawnOn: null }], version: before.version + 1 });
    expect(await ok(caseworker, RELATIONS, { youthId: youth.id, consents: [consent(today())] })).toBe(true);
    expect(await seen(socialWorker)).toBe(false);
    expect(await stored()).toMatchObject({ consents: [{ bodyId: sof, withdrawnOn: today() }], institutions: before.institutions, guide: before.guide });
  });

  test("only the youth's own caseworker mirrors a consent or a guide: a social worker, a youth guide or another unit's caseworker is refused", async () => {
    const before = await stored();
    expect(codeOf(await harness.call(socialWorker, RELATIONS, { input: { youthId: youth.id, consents: [consent()] } }))).toMatchObject({ code: 'FORBIDDEN' });
    const guide: Identity = { ...demoUsers['youth-guide']!, sub: demoId('user', 'guide-9') };
    expect(codeOf(await harness.call(guide, RELATIONS, { input: { youthId: youth.id, youthGuideId: guide.sub } }))).toMatchObject({ code: 'FORBIDDEN' });
    const frederiksberg = demoUsers['caseworker-frb']!;
    expect(codeOf(await harness.call(frederiksberg, RELATIONS, { input: { youthId: youth.id, consents: [consent()] } }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await stored()).toEqual(before);
  });

  test('an enrollment opens the youth to the staff of the new institution', async () => {
    const newSchool = orderableInstitutions.find((institution) => institution.id !== youth.institutionId)!;
    const staff: Identity = { sub: demoId('user', 'staff-new'), roles: ['INSTITUTION_STAFF'], org: newSchool.id, name: 'Ny' };
    expect(await seen(staff)).toBe(false);
    expect(await ok(staff, RELATIONS, { youthId: youth.id, enrolledInstitutionIds: [youth.institutionId, newSchool.id] })).toBe(true);
    expect(await seen(staff)).toBe(true);
    expect((await stored()).institutions.sort()).toEqual([youth.institutionId, newSchool.id].sort());
  });

  test('a youth guide assigned and cleared', async () => {
    const guide: Identity = { ...demoUsers['youth-guide']!, sub: demoId('user', 'guide-9') };
    expect(youth.youthGuideId).toBeNull();
    expect(await seen(guide)).toBe(false);
    await ok(caseworker, RELATIONS, { youthId: youth.id, youthGuideId: guide.sub });
    expect(await seen(guide)).toBe(true);
    await ok(guide, RELATIONS, { youthId: youth.id, clearYouthGuide: true });
    expect(await seen(guide)).toBe(false);
    expect((await stored()).guide).toBeNull();
  });

  test('the write is audited under the youth', async () => {
    await ok(caseworker, RELATIONS, { youthId: youth.id, consents: [consent()] }, 'relations-audit');
    const rows = await harness.db.query('SELECT youth_id, allowed_fields FROM audit_record WHERE request_id = $1', ['relations-audit']);
    expect(rows).toEqual([{ youth_id: youth.id, allowed_fields: ['Mutation.recordYouthRelations'] }]);
  });

  test('refuses an unknown youth, bad input, and a caller whose role does not make the change; nothing is stored', async () => {
    const before = await stored();
    expect(codeOf(await harness.call(caseworker, RELATIONS, { input: { youthId: demoId('youth', 'nobody'), consents: [] } }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(codeOf(await harness.call(caseworker, RELATIONS, { input: { youthId: 'x', consents: [] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'youthId' });
    expect(codeOf(await harness.call(caseworker, RELATIONS, { input: { youthId: youth.id, consents: [{ ...consent(), bodyId: 'nope' }] } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'consents[0].bodyId',
    });
    const staff = demoUsers.institution!;
    expect(codeOf(await harness.call(staff, RELATIONS, { input: { youthId: youth.id, enrolledInstitutionIds: ['nope'] } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'enrolledInstitutionIds[0]',
    });
    expect(codeOf(await harness.call(staff, RELATIONS, { input: { youthId: youth.id, consents: [] } }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(codeOf(await harness.call(provider, RELATIONS, { input: { youthId: youth.id, consents: [] } }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(codeOf(await harness.call(demoUsers.auditor!, RELATIONS, { input: { youthId: youth.id, clearYouthGuide: true } }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await stored()).toEqual(before);
  });
});
