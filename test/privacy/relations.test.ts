import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Identity } from '@mentor/common';
import { COPENHAGEN_CVR, demoId, demoOrganisations, demoUsers } from '@mentor/testkit';
import { startTestStack, type Caller, type TestStack } from '../support/stack.js';
import { codeOf, type ResponseBody } from './expectations.js';
import { plan, YOUTHS, type Subject } from './world.js';

/**
 * Relations that open a youth's case (consent, youth guide, enrollment) and collaboration feedback,
 * through the gateway: nobody creates a relation that benefits themselves, a consent opens the youth
 * only to the body it was given to, and feedback is read by the unit whose order it is
 * (SECURITY.md "Who creates a relation").
 */

let system: TestStack;

const caseworker = demoUsers.caseworker!;
const frederiksberg = demoUsers['caseworker-frb']!;
const socialWorker = demoUsers['social-worker']!;
const guide = demoUsers['youth-guide']!;
const kui = demoOrganisations.find((organisation) => organisation.kind === 'KUI')!;
const psychiatry = demoOrganisations.find((organisation) => organisation.kind === 'PSYCHIATRY')!;

const copenhagen = (subject: Subject) => subject.youth.caseworkerUnitId === caseworker.org;
const consented = plan.filter((subject) => subject.youth.consentToSocialServices && copenhagen(subject));
const notConsented = plan.filter((subject) => !subject.youth.consentToSocialServices && copenhagen(subject));
const unguided = plan.filter((subject) => subject.youth.youthGuideId === null && copenhagen(subject));
const frederiksbergYouth = plan.find((subject) => !copenhagen(subject) && subject.youth.youthGuideId === null)!;

/** A second social services unit of the same municipality (same CVR, another unit: DESIGN §3). */
const otherSocialUnit = demoId('org', 'relations-test-sof-2');
const socialWorkerOf = (org: string, key: string): Identity => ({ sub: demoId('user', `relations-${key}`), roles: ['SOCIAL_WORKER'], org, name: 'Test Socialrådgiver' });
const otherSocialWorker = socialWorkerOf(otherSocialUnit, 'sof-2');
const staffOf = (institutionId: string): Identity => ({ sub: demoId('user', `relations-staff-${institutionId}`), roles: ['INSTITUTION_STAFF'], org: institutionId, name: 'Test Skolemedarbejder' });

const today = () => new Date().toISOString().slice(0, 10);

async function gateway(user: Caller, query: string, variables?: Record<string, unknown>) {
  const operationName = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
  return system.send(user, { query, variables, operationName });
}

function refusal(body: ResponseBody): unknown[] {
  return (body.errors ?? []).map(codeOf);
}

async function countOf(sql: string, params: unknown[]): Promise<number> {
  const [row] = await system.databases.partners.query(sql, params);
  return Number(row.count);
}

const youthHealth = `#graphql
  query RelationsYouthHealth($id: ID!) { youth(id: $id) { id healthNotes specialNeeds } }`;

async function healthOf(user: Caller, youthId: string) {
  const { body } = await gateway(user, youthHealth, { id: youthId });
  return body.data?.youth ?? null;
}

async function visibleYouthIds(user: Caller): Promise<string[]> {
  const { body } = await gateway(user, `#graphql
    query RelationsYouths { youths(first: 100) { edges { node { id } } } }`);
  return (body.data?.youths?.edges ?? []).map((edge: { node: { id: string } }) => edge.node.id);
}

const recordConsent = `#graphql
  mutation RelationsRecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { id current } }`;
const withdrawConsent = `#graphql
  mutation RelationsWithdrawConsent($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id current } }`;
const assignGuide = `#graphql
  mutation RelationsAssignGuide($input: AssignYouthGuideInput!) { assignYouthGuide(input: $input) { id guideUserId } }`;
const enroll = `#graphql
  mutation RelationsEnroll($input: EnrollYouthInput!) { enrollYouth(input: $input) { id } }`;

beforeAll(async () => {
  system = await startTestStack({ youths: YOUTHS });
  await system.databases.partners.query(
    `INSERT INTO organisation (id, kind, name, cvr, municipality_code) VALUES ($1, 'SOCIAL_SERVICES', 'Socialforvaltningen, Center for Børn og Familie', $2, '101')`,
    [otherSocialUnit, COPENHAGEN_CVR],
  );
});

afterAll(async () => {
  await system?.stop();
});

describe('a consent opens the youth only to the body it was given to (finding 1)', () => {
  it('the demo social worker reads the health notes of a youth consented to their unit', async () => {
    expect(await healthOf('social-worker', consented[0]!.youth.id)).toMatchObject({ id: consented[0]!.youth.id });
    expect(await visibleYouthIds('social-worker')).toEqual(expect.arrayContaining(consented.map((subject) => subject.youth.id)));
  });

  it('a social worker of psychiatry, of KUI or of another social services unit sees no consented youth', async () => {
    for (const org of [psychiatry.id, kui.id, otherSocialUnit]) {
      const worker = socialWorkerOf(org, `stranger-${org}`);
      expect(await healthOf(worker, consented[0]!.youth.id), org).toBeNull();
      expect(await visibleYouthIds(worker), org).toEqual([]);
    }
  });

  it("the youth's caseworker records a consent to another unit: that unit sees that youth only, and no longer once it is withdrawn", async () => {
    const subject = notConsented[0]!;
    const { body } = await gateway('caseworker', recordConsent, {
      input: { youthId: subject.youth.id, bodyId: otherSocialUnit, scope: 'Koordinering af boligsituationen', givenOn: today() },
    });
    expect(body.errors).toBeUndefined();
    expect(await visibleYouthIds(otherSocialWorker)).toEqual([subject.youth.id]);
    expect(await healthOf(otherSocialWorker, subject.youth.id)).toMatchObject({ id: subject.youth.id });
    // The demo social worker's unit was not given this consent.
    expect(await healthOf('social-worker', subject.youth.id)).toBeNull();

    const withdrawn = await gateway('caseworker', withdrawConsent, { input: { consentId: body.data!.recordConsent.id, withdrawnOn: today() } });
    expect(withdrawn.body.data?.withdrawConsent).toMatchObject({ current: false });
    expect(await healthOf(otherSocialWorker, subject.youth.id)).toBeNull();
  });

  it('the orders subgraph keeps each consent with its body and scope', async () => {
    const rows = await system.databases.orders.query(`SELECT body_id, scope FROM youth_consent WHERE youth_id = $1`, [consented[0]!.youth.id]);
    expect(rows).toEqual([{ body_id: socialWorker.org, scope: expect.stringMatching(/\S/) }]);
  });
});

describe("only the youth's caseworker records or withdraws a consent (finding 2)", () => {
  it('a social worker recording a consent to their own unit is refused, nothing is stored and the health notes stay closed', async () => {
    const subject = notConsented[1]!;
    const consents = `SELECT count(*) FROM consent WHERE youth_id = $1`;
    const before = await countOf(consents, [subject.youth.id]);
    const { body } = await gateway('social-worker', recordConsent, {
      input: { youthId: subject.youth.id, bodyId: socialWorker.org, scope: 'Koordinering', givenOn: today() },
    });
    expect(body.data?.recordConsent ?? null).toBeNull();
    expect(refusal(body)).toEqual(['FORBIDDEN']);
    expect(await countOf(consents, [subject.youth.id])).toBe(before);
    expect(await healthOf('social-worker', subject.youth.id)).toBeNull();
  });

  it("a social worker cannot withdraw (or re-date) the youth's consent either", async () => {
    const { body } = await gateway('social-worker', withdrawConsent, { input: { consentId: demoId('consent', consented[0]!.youth.index), withdrawnOn: today() } });
    expect(refusal(body)).toEqual(['FORBIDDEN']);
  });

  it("another unit's caseworker is told the youth does not exist", async () => {
    const subject = notConsented[2]!;
    const asked = await gateway(frederiksberg, recordConsent, { input: { youthId: subject.youth.id, bodyId: socialWorker.org, scope: 'Koordinering', givenOn: today() } });
    const missing = await gateway(frederiksberg, recordConsent, { input: { youthId: randomUUID(), bodyId: socialWorker.org, scope: 'Koordinering', givenOn: today() } });
    expect(refusal(asked.body)).toEqual(['NOT_FOUND']);
    expect(asked.body.errors?.[0]?.message).toBe(missing.body.errors?.[0]?.message);
  });

  it('a consent is given only to a body of a kind that receives one', async () => {
    const subject = notConsented[3]!;
    for (const bodyId of [kui.id, caseworker.org, demoUsers.institution!.org]) {
      const { body } = await gateway('caseworker', recordConsent, { input: { youthId: subject.youth.id, bodyId, scope: 'Koordinering', givenOn: today() } });
      expect(body.errors?.[0]?.extensions, bodyId).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bodyId', rule: 'consentableBody' });
    }
    expect(await countOf(`SELECT count(*) FROM consent WHERE youth_id = $1`, [subject.youth.id])).toBe(0);
  });
});

describe("a youth guide is assigned by the youth's caseworker, never by the guide (finding 3)", () => {
  it('a KUI youth guide assigning themselves is refused and sees nothing of the youth', async () => {
    const subject = unguided[0]!;
    const { body } = await gateway('youth-guide', assignGuide, {
      input: { youthId: subject.youth.id, kuiOrganisationId: kui.id, guideUserId: guide.sub, guideName: guide.name, fromDate: today() },
    });
    expect(body.data?.assignYouthGuide ?? null).toBeNull();
    expect(refusal(body)).toEqual(['FORBIDDEN']);
    expect(await countOf(`SELECT count(*) FROM youth_guide_assignment WHERE youth_id = $1`, [subject.youth.id])).toBe(0);
    const { body: read } = await gateway('youth-guide', `#graphql
      query RelationsGuideRead($id: ID!) { youth(id: $id) { id phone targetGroup } }`, { id: subject.youth.id });
    expect(read.data?.youth ?? null).toBeNull();
  });

  it("the youth's caseworker names a guide of the municipality's KUI, who then guides the youth", async () => {
    const subject = unguided[1]!;
    const { body } = await gateway('caseworker', assignGuide, {
      input: { youthId: subject.youth.id, kuiOrganisationId: kui.id, guideUserId: guide.sub, guideName: guide.name, fromDate: today() },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.assignYouthGuide).toMatchObject({ guideUserId: guide.sub });
    const { body: read } = await gateway('youth-guide', `#graphql
      query RelationsGuided($id: ID!) { youth(id: $id) { id } }`, { id: subject.youth.id });
    expect(read.data?.youth).toEqual({ id: subject.youth.id });
  });

  it("a guide of another municipality's KUI, or of a body that is not KUI, is refused", async () => {
    // Frederiksberg's youth and Copenhagen's KUI.
    const other = await gateway(frederiksberg, assignGuide, {
      input: { youthId: frederiksbergYouth.youth.id, kuiOrganisationId: kui.id, guideUserId: guide.sub, guideName: guide.name, fromDate: today() },
    });
    expect(other.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kuiOrganisationId', rule: 'youthMunicipality' });
    const notKui = await gateway('caseworker', assignGuide, {
      input: { youthId: unguided[2]!.youth.id, kuiOrganisationId: socialWorker.org, guideUserId: guide.sub, guideName: guide.name, fromDate: today() },
    });
    expect(notKui.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kuiOrganisationId', rule: 'kuiOrganisation' });
  });

  it("another unit's caseworker is told the youth does not exist", async () => {
    const { body } = await gateway(frederiksberg, assignGuide, {
      input: { youthId: unguided[3]!.youth.id, kuiOrganisationId: kui.id, guideUserId: guide.sub, guideName: guide.name, fromDate: today() },
    });
    expect(refusal(body)).toEqual(['NOT_FOUND']);
  });
});

describe('institution staff enroll a youth only where a placed order for the youth is delivered (finding 3)', () => {
  const enrollmentsOf = `SELECT count(*) FROM enrollment WHERE youth_id = $1`;
  const input = (youthId: string, institutionId: string) => ({ youthId, institutionId, programme: 'Grundforløb 1', startDate: today() });

  it('a youth without an order there looks exactly like a youth that does not exist, and nothing is stored', async () => {
    const stranger = plan.find(({ order }) => order.institutionId !== demoUsers.institution!.org && order.status === 'ACTIVE')!;
    const before = await countOf(enrollmentsOf, [stranger.youth.id]);
    const asked = await gateway('institution', enroll, { input: input(stranger.youth.id, demoUsers.institution!.org) });
    const missing = await gateway('institution', enroll, { input: input(randomUUID(), demoUsers.institution!.org) });
    expect(asked.body.data?.enrollYouth ?? null).toBeNull();
    expect(refusal(asked.body)).toEqual(['NOT_FOUND']);
    expect(asked.body.errors?.[0]?.message).toBe(missing.body.errors?.[0]?.message);
    expect(await countOf(enrollmentsOf, [stranger.youth.id])).toBe(before);
  });

  it('an order still in DRAFT at the institution does not let its staff enroll the youth', async () => {
    const draft = plan.find(({ order }) => order.status === 'DRAFT')!;
    await system.databases.partners.query(`DELETE FROM enrollment WHERE youth_id = $1`, [draft.youth.id]);
    const { body } = await gateway(staffOf(draft.order.institutionId), enroll, { input: input(draft.youth.id, draft.order.institutionId) });
    expect(refusal(body)).toEqual(['NOT_FOUND']);
    expect(await countOf(enrollmentsOf, [draft.youth.id])).toBe(0);
  });

  it('with a placed order delivered at the institution, its staff enroll the youth', async () => {
    const placed = plan.find(({ order }) => order.status === 'ACTIVE' && order.institutionId === demoUsers.institution!.org)!;
    await system.databases.partners.query(`DELETE FROM enrollment WHERE youth_id = $1`, [placed.youth.id]);
    const { body } = await gateway('institution', enroll, { input: input(placed.youth.id, placed.order.institutionId) });
    expect(body.errors).toBeUndefined();
    expect(await countOf(enrollmentsOf, [placed.youth.id])).toBe(1);
  });
});

describe("collaboration feedback is read by the unit whose order it is (finding 10)", () => {
  const feedbackQuery = `#graphql
    query RelationsFeedback($orderId: ID!) { collaborationFeedback(orderId: $orderId) { id rating comment } }`;
  const rated = plan.find((subject) => subject.order.status === 'COMPLETED' && copenhagen(subject))!;

  it("the youth's caseworker reads it; another unit's caseworker gets none of it", async () => {
    const own = await gateway('caseworker', feedbackQuery, { orderId: rated.order.id });
    expect(own.body.data?.collaborationFeedback?.length).toBeGreaterThan(0);
    const other = await gateway(frederiksberg, feedbackQuery, { orderId: rated.order.id });
    expect(other.body.errors).toBeUndefined();
    expect(other.body.data?.collaborationFeedback).toEqual([]);
  });
});
