import { randomUUID } from 'node:crypto';
import { type Identity } from '@mentor/common';
import { demoId, demoOrder, demoProviders, demoUsers, demoYouth, type GraphQLResponse } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, today } from './dates.js';
import { startHarness, type OrdersHarness } from './testing/harness.js';

/**
 * The access matrix of DESIGN §4 at the subgraph, with the demo users' tokens. Youth 0 of the demo
 * plan relates to every demo user: own unit, assigned mentor, provider's, enrolled, guided, consented.
 */

type UserKey = 'caseworker' | 'mentor' | 'provider' | 'institution' | 'youth-guide' | 'social-worker' | 'auditor';
const users = ['caseworker', 'mentor', 'provider', 'institution', 'youth-guide', 'social-worker', 'auditor'] as const satisfies readonly UserKey[];
const user = (key: UserKey): Identity => demoUsers[key]!;

const relatedSix: UserKey[] = ['caseworker', 'mentor', 'provider', 'institution', 'youth-guide', 'social-worker'];
const orderFive: UserKey[] = ['caseworker', 'mentor', 'provider', 'institution', 'youth-guide'];
const caseContent: UserKey[] = ['caseworker', 'mentor', 'provider', 'youth-guide'];
const eligibility: UserKey[] = ['caseworker', 'provider', 'youth-guide'];

/** Written from the matrix, not from the code: who reads which Youth field. */
const youthMatrix: Record<string, UserKey[]> = {
  firstName: relatedSix,
  lastName: relatedSix,
  ageGroup: relatedSix,
  caseworkerUnitId: relatedSix,
  youthGuideId: relatedSix,
  version: relatedSix,
  cpr: ['caseworker'],
  cprCheckDigitValid: ['caseworker'],
  birthDate: ['caseworker'],
  address: ['caseworker'],
  phone: caseContent,
  email: caseContent,
  targetGroup: eligibility,
  legalBasis: eligibility,
  specialNeeds: ['caseworker', 'mentor', 'social-worker'],
  healthNotes: ['caseworker', 'social-worker'],
  caseNotes: ['caseworker'],
  orders: orderFive,
  // Not a row of DESIGN §4: where the mentor may meet the youth, for those who plan and hold the meetings.
  homeVisitConsent: ['caseworker', 'mentor', 'provider'],
  homeVisitConsentOn: ['caseworker', 'mentor', 'provider'],
};

const orderMatrix: Record<string, UserKey[]> = {
  ...Object.fromEntries(
    [
      'reference',
      'status',
      'weeklyHours',
      'weeks',
      'totalHours',
      'deliveredHours',
      'startDate',
      'endDate',
      'deliveryMunicipalityCode',
      'version',
      'institution',
      'provider',
      'mentor',
      'extensions',
      'outcome',
      'followUpDue',
      'effectAssessmentDue',
      'serviceStandard',
      'createdAt',
      'youth',
      'schedules',
      'weeklyReconciliation',
      'missedContactWeeks',
    ].map((field) => [field, orderFive]),
  ),
  ...Object.fromEntries(['goal', 'goalKind', 'tasks', 'requestedActivities', 'agreement', 'spsClarification', 'rejectionReason', 'cancellationReason', 'followUps', 'effectAssessments'].map((field) => [field, caseContent])),
  targetGroup: eligibility,
  legalBasis: eligibility,
  sessions: ['caseworker', 'mentor', 'provider'],
};

const YOUTH_FIELDS = `id ${Object.keys(youthMatrix)
  .map((field) => (field === 'orders' ? 'orders { totalCount edges { node { id } } }' : field))
  .join(' ')}`;
const ORDER_FIELDS = `id reference status weeklyHours weeks totalHours deliveredHours startDate endDate deliveryMunicipalityCode version
  institution { id } provider { id } mentor { id } extensions { weeks } outcome { kind } followUpDue effectAssessmentDue serviceStandard { municipalityCode } createdAt
  youth { id } goal goalKind tasks requestedActivities agreement { goal mentorName } spsClarification { text } rejectionReason cancellationReason
  targetGroup legalBasis followUps { date } effectAssessments { date }
  schedules { validFrom entries { date startTime endTime activity duringTeachingHours } }
  weeklyReconciliation { weekStart weekEnd plannedHours deliveredHours difference status scheduled } missedContactWeeks
  sessions(first: 100) { totalCount edges { node { date minutes journalNote mentor { id } } } }`;

const YOUTH = `#graphql\nquery Youth($id: ID!) { youth(id: $id) { ${YOUTH_FIELDS} } }`;
const YOUTH_ENTITY = `#graphql\nquery Entity($representations: [_Any!]!) { _entities(representations: $representations) { ... on Youth { ${YOUTH_FIELDS} } } }`;
const ORDER = `#graphql\nquery Order($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;

type View = Record<string, unknown>;
type Entry = { duringTeachingHours: boolean };
type Session = { node: { mentor: { id: string } } };

const youth0 = demoYouth(0);
const order0 = demoOrder(youth0);
const earlierMentor = demoId('mentor', 'earlier');

let harness: OrdersHarness;
let fullYouth: View;
let fullOrder: View;

const errorsOf = (response: GraphQLResponse<unknown>) => (response.body.errors ?? []).map((error) => `${error.path?.join('.')} ${String(error.extensions?.code)}`).sort();

function viewFor(full: View, matrix: Record<string, UserKey[]>, key: UserKey): View {
  const view = { ...full };
  for (const [field, readers] of Object.entries(matrix)) if (!readers.includes(key)) view[field] = null;
  return view;
}

function deniedOf(prefix: string, matrix: Record<string, UserKey[]>, key: UserKey): string[] {
  return Object.entries(matrix)
    .filter(([, readers]) => !readers.includes(key))
    .map(([field]) => `${prefix}.${field} FORBIDDEN`)
    .sort();
}

beforeAll(async () => {
  harness = await startHarness('orders_roles', { youths: 24 });
  // Every personal field filled in, so a refusal and an empty value cannot be mistaken for each other.
  await harness.db.query(
    `UPDATE youth SET phone = '31 22 44 55', email = 'ung0@example.dk', special_needs = 'Korte møder.', health_notes = 'ADHD, i behandling.', case_notes = 'Motiveret.',
       home_visit_consent = TRUE, home_visit_consent_on = current_date WHERE id = $1`,
    [youth0.id],
  );
  const [schedule] = (await harness.db.query('SELECT id FROM schedule WHERE order_id = $1', [order0.id])) as { id: string }[];
  // A Saturday entry, outside teaching hours, and a session an earlier mentor logged.
  await harness.db.query(
    `INSERT INTO schedule_entry (id, schedule_id, date, start_time, end_time, hours, place, activity) VALUES ($1, $2, '2030-01-05', '10:00', '11:00', 1, 'Biblioteket', 'Lektie- og studieteknik')`,
    [randomUUID(), schedule!.id],
  );
  await harness.db.query(
    `INSERT INTO mentor_session (id, order_id, mentor_id, date, minutes, form, place, journal_note, phase) VALUES ($1, $2, $3, $4, 45, 'IN_PERSON', 'CITY', 'Overdragelse til ny mentor.', 'OUTREACH')`,
    [randomUUID(), order0.id, earlierMentor, addDays(today(), -40)],
  );
  const youth = await harness.call<{ youth: View }>(user('caseworker'), YOUTH, { id: youth0.id });
  expect(youth.body.errors).toBeUndefined();
  fullYouth = youth.body.data!.youth;
  const order = await harness.call<{ order: View }>(user('caseworker'), ORDER, { id: order0.id });
  expect(order.body.errors).toBeUndefined();
  fullOrder = order.body.data!.order;
});

afterAll(async () => {
  await harness?.stop();
});

describe('the access matrix at the subgraph', () => {
  test('the caseworker of the unit reads the whole youth and order, as stored', async () => {
    const [stored] = (await harness.db.query('SELECT cpr, health_notes, caseworker_unit_id FROM youth WHERE id = $1', [youth0.id])) as { cpr: string; health_notes: string; caseworker_unit_id: string }[];
    expect(fullYouth).toMatchObject({ id: youth0.id, cpr: stored!.cpr, healthNotes: stored!.health_notes, caseworkerUnitId: stored!.caseworker_unit_id, orders: { totalCount: 1 } });
    for (const field of Object.keys(youthMatrix)) expect(fullYouth[field], field).not.toBeNull();
    expect(fullOrder).toMatchObject({ id: order0.id, status: 'ACTIVE', youth: { id: youth0.id }, provider: { id: order0.providerId }, mentor: { id: order0.mentorId } });
    const entries = (fullOrder.schedules as { entries: Entry[] }[]).flatMap((schedule) => schedule.entries);
    expect(entries.some((entry) => entry.duringTeachingHours) && entries.some((entry) => !entry.duringTeachingHours)).toBe(true);
    const sessions = (fullOrder.sessions as { edges: Session[] }).edges;
    expect(new Set(sessions.map((edge) => edge.node.mentor.id))).toEqual(new Set([order0.mentorId, earlierMentor]));
  });

  test.each(users)('%s reads the youth fields the matrix gives them and gets null with FORBIDDEN for the rest', async (key) => {
    const response = await harness.call<{ youth: View | null }>(user(key), YOUTH, { id: youth0.id });
    if (key === 'auditor') {
      expect(response.body.data).toEqual({ youth: null });
      expect(errorsOf(response)).toEqual(['youth FORBIDDEN']);
      return;
    }
    expect(response.body.data!.youth).toEqual(viewFor(fullYouth, youthMatrix, key));
    expect(errorsOf(response)).toEqual(deniedOf('youth', youthMatrix, key));
  });

  test.each(users)('%s gets the same youth fields through _entities', async (key) => {
    const response = await harness.call<{ _entities: (View | null)[] }>(user(key), YOUTH_ENTITY, { representations: [{ __typename: 'Youth', id: youth0.id }] });
    if (key === 'auditor') {
      expect(response.body).toEqual({ data: { _entities: [null] } });
      return;
    }
    expect(response.body.data!._entities).toEqual([viewFor(fullYouth, youthMatrix, key)]);
    expect(errorsOf(response)).toEqual(deniedOf('_entities.0', youthMatrix, key));
  });

  test.each(users)('%s reads the order fields the matrix gives them', async (key) => {
    const response = await harness.call<{ order: View | null }>(user(key), ORDER, { id: order0.id });
    if (key === 'auditor' || key === 'social-worker') {
      expect(response.body.data).toEqual({ order: null });
      expect(errorsOf(response)).toEqual(['order FORBIDDEN']);
      return;
    }
    const expected = viewFor(fullOrder, orderMatrix, key);
    if (key === 'institution') {
      // Institution staff: the schedules, but only the entries in teaching hours.
      expected.schedules = (fullOrder.schedules as { entries: Entry[] }[]).map((schedule) => ({ ...schedule, entries: schedule.entries.filter((entry) => entry.duringTeachingHours) }));
    }
    if (key === 'mentor') {
      // A mentor: only the sessions they logged themselves.
      const own = (fullOrder.sessions as { edges: Session[] }).edges.filter((edge) => edge.node.mentor.id === user('mentor').sub);
      expected.sessions = { totalCount: own.length, edges: own };
    }
    expect(response.body.data!.order).toEqual(expected);
    expect(errorsOf(response)).toEqual(deniedOf('order', orderMatrix, key));
  });
});

describe('rules that read the parent are judged per record', () => {
  const mentor = user('mentor');
  const MENTOR_ORDERS = '#graphql\n{ orders(first: 50) { edges { node { id status goal agreement { goal } sessions(first: 5) { totalCount } youth { id } } } } }';

  test('a mentor’s list holds ACTIVE orders and ones ended less than 30 days ago, each readable as assigned; older ones are gone', async () => {
    const ended = demoOrder(demoYouth(2)).id;
    const endedLongAgo = demoOrder(demoYouth(8)).id;
    const otherActive = demoOrder(demoYouth(6)).id;
    await harness.db.query(`UPDATE mentor_order SET mentor_id = $2, status = 'COMPLETED', closed_at = now() - interval '5 days' WHERE id = $1`, [ended, mentor.sub]);
    await harness.db.query(`UPDATE mentor_order SET mentor_id = $2, status = 'COMPLETED', closed_at = now() - interval '40 days' WHERE id = $1`, [endedLongAgo, mentor.sub]);
    await harness.db.query(`UPDATE mentor_order SET mentor_id = $2, status = 'ACTIVE' WHERE id = $1`, [otherActive, mentor.sub]);
    await harness.db.query(
      `INSERT INTO mentor_session (id, order_id, mentor_id, date, minutes, form, place, journal_note, phase) VALUES ($1, $2, $3, $4, 30, 'IN_PERSON', 'CITY', 'Afsluttende samtale.', 'HANDOVER')`,
      [randomUUID(), ended, mentor.sub, addDays(today(), -6)],
    );

    // The closing session and any the mentor logged before (the demo may have given them this order from the start).
    const [{ own }] = await harness.db.query('SELECT count(*)::int AS own FROM mentor_session WHERE order_id = $1 AND mentor_id = $2', [ended, mentor.sub]);
    const response = await harness.call<{ orders: { edges: { node: View }[] } }>(mentor, MENTOR_ORDERS);
    const nodes = new Map(response.body.data!.orders.edges.map((edge) => [edge.node.id as string, edge.node] as const));
    expect(nodes.has(endedLongAgo)).toBe(false);
    const activeIds = [...nodes.values()].filter((node) => node.status === 'ACTIVE').map((node) => node.id as string);
    expect(activeIds).toEqual(expect.arrayContaining([order0.id, otherActive]));
    for (const id of activeIds) {
      expect(nodes.get(id)!.goal).toEqual(expect.any(String));
      expect(nodes.get(id)!.youth).toEqual({ id: expect.any(String) });
    }
    // The 30 days after the end are for the closing notes, which need the case and the youth's name (DESIGN §4).
    expect(nodes.get(ended)).toEqual({
      id: ended,
      status: 'COMPLETED',
      goal: expect.any(String),
      agreement: { goal: expect.any(String) },
      sessions: { totalCount: own },
      youth: { id: demoYouth(2).id },
    });
    expect(errorsOf(response)).toEqual([]);
  });

  test('a caller in two roles: the CPR number of the youths of their unit, not of the youths they only guide', async () => {
    const frederiksberg = user('caseworker-frb' as UserKey);
    const both: Identity = { ...frederiksberg, roles: ['CASEWORKER', 'YOUTH_GUIDE'], sub: user('youth-guide').sub };
    const response = await harness.call<{ youths: { edges: { node: { id: string; cpr: string | null } }[] } }>(
      both,
      '#graphql\n{ youths(first: 100) { edges { node { id cpr } } } }',
    );
    const nodes = response.body.data!.youths.edges.map((edge) => edge.node);
    const ownUnit = Array.from({ length: 24 }, (_, index) => demoYouth(index)).filter((youth) => youth.caseworkerUnitId === frederiksberg.org);
    const guided = Array.from({ length: 24 }, (_, index) => demoYouth(index)).filter((youth) => youth.youthGuideId === both.sub);
    expect(ownUnit.length).toBeGreaterThan(0);
    expect(guided.length).toBeGreaterThan(0);
    expect(new Set(nodes.map((node) => node.id))).toEqual(new Set([...ownUnit, ...guided].map((youth) => youth.id)));
    for (const node of nodes) {
      if (ownUnit.some((youth) => youth.id === node.id)) expect(node.cpr).toMatch(/^\d{6}-\d{4}$/);
      else expect(node.cpr).toBeNull();
    }
    expect(response.body.errors).toHaveLength(guided.length);
    expect(response.body.errors!.every((error) => error.extensions?.code === 'FORBIDDEN' && error.path?.at(-1) === 'cpr')).toBe(true);
  });
});

describe('_entities with forged representations', () => {
  const ENTITIES = `#graphql
    query Entities($representations: [_Any!]!) {
      _entities(representations: $representations) {
        __typename
        ... on Youth { id cpr caseworkerUnitId healthNotes }
        ... on Order { id status goal provider { id } }
        ... on AuditLog { youthId records { userId } }
        ... on Provider { id orders { totalCount } }
      }
    }
  `;

  test('extra fields in a representation give the caller nothing more', async () => {
    const frederiksberg = user('caseworker-frb' as UserKey);
    const provider = user('provider');
    const otherProvider: Identity = { sub: demoId('user', 'coordinator-1'), roles: ['PROVIDER_COORDINATOR'], org: demoProviders[1]!.id, name: 'Ulla Ravn' };

    const asOtherUnit = await harness.call<{ _entities: unknown[] }>(frederiksberg, ENTITIES, {
      representations: [
        { __typename: 'Youth', id: youth0.id, caseworkerUnitId: frederiksberg.org },
        { __typename: 'Order', id: order0.id, youthId: demoYouth(9).id, caseworkerUnitId: frederiksberg.org },
        { __typename: 'AuditLog', youthId: youth0.id, roles: ['AUDITOR'] },
      ],
    });
    expect(asOtherUnit.body).toEqual({ data: { _entities: [null, null, null] } });

    // The provider may see the youth, but a forged unit does not make them its caseworker.
    const asProvider = await harness.call<{ _entities: View[] }>(provider, ENTITIES, {
      representations: [{ __typename: 'Youth', id: youth0.id, caseworkerUnitId: provider.org, cpr: '010101-0000', healthNotes: 'forged' }],
    });
    expect(asProvider.body.data!._entities).toEqual([{ __typename: 'Youth', id: youth0.id, cpr: null, caseworkerUnitId: youth0.caseworkerUnitId, healthNotes: null }]);
    expect(errorsOf(asProvider)).toEqual(['_entities.0.cpr FORBIDDEN', '_entities.0.healthNotes FORBIDDEN']);

    const asOtherProvider = await harness.call<{ _entities: (View | null)[] }>(otherProvider, ENTITIES, {
      representations: [
        { __typename: 'Order', id: order0.id, providerId: otherProvider.org, status: 'ACTIVE' },
        { __typename: 'Provider', id: provider.org, orders: { totalCount: 99 } },
      ],
    });
    expect(asOtherProvider.body).toEqual({ data: { _entities: [null, { __typename: 'Provider', id: provider.org, orders: { totalCount: 0 } }] } });

    const otherMentor: Identity = { sub: demoId('mentor', 'someone-else'), roles: ['MENTOR'], org: provider.org, name: 'Else' };
    const asOtherMentor = await harness.call<{ _entities: unknown[] }>(otherMentor, ENTITIES, {
      representations: [{ __typename: 'Order', id: order0.id, mentorId: otherMentor.sub, status: 'ACTIVE' }],
    });
    expect(asOtherMentor.body).toEqual({ data: { _entities: [null] } });
  });
});
