import { randomUUID } from 'node:crypto';
import { describe, expect } from 'vitest';
import { type Identity } from '@mentor/common';
import { demoMentors, demoProviders, demoUsers, orderableInstitutions, type DemoMentor } from '@mentor/testkit';
import { testWithStack } from '../support/fixtures.js';
import type { Caller, TestStack } from '../support/stack.js';
import {
  addDays,
  birthDateForAge,
  changedTables,
  danishToday,
  dataOf,
  dueListsHolding,
  expectBadInput,
  fingerprint,
  freshCpr,
  mentorIdentity,
  moveOrderInTime,
  quarterOf,
  send,
  staffOf,
} from './flow.js';

/**
 * One case from registration to the success metrics, each step sent through the gateway by the
 * party who takes it in real life, with the due lists checked where the step changes them.
 *
 * Each test builds its own case up to the step it checks, with fixtures that take the earlier
 * steps the same way (a placed order, an accepted one, one with a mentor, an active one with
 * sessions…), so a step that fails fails its own test and those whose case needs it, not every
 * test after it. The stack is shared by the file.
 *
 * Time: a schedule must reach the youth a day before it takes effect, and a session cannot be
 * logged before it happened, so the order starts tomorrow and its schedule with it; then the test
 * moves the order and everything dated on it 14 days back with SQL (`moveOrderInTime`), as if two
 * weeks had passed, and the mentor logs the sessions of the schedule days now behind us.
 */

const today = danishToday();
const caseworker = demoUsers.caseworker!;
const provider = demoProviders[0]!;
const coordinator = demoUsers.provider!;
const guide = demoUsers['youth-guide']!;
const staff = demoUsers.institution!;
const school = orderableInstitutions.find((institution) => institution.id === staff.org)!;
const requestedActivities = [provider.activities[0]!, provider.activities[2]!];
const goal = 'At den unge gennemfører grundforløbet og starter på hovedforløb.';
const tasks = ['Ugentlige samtaler om fremmøde og lektier', 'Følge den unge til møder med studievejlederen'];
const mentorContact = '+45 33 12 34 56, mentor@brobyg.example.dk';
const DAYS_PASSED = 14;
/** Schedule days counted from the order's start: three fall behind us once the order has moved, two lie ahead. */
const scheduleDays = [0, 7, 13, 20, 27];
const sessionDays = [0, 7, 13];

// ---------------------------------------------------------------------------------------------
// What the parties send and get back

interface RegisteredYouth {
  id: string;
  cpr: string;
  caseworkerUnitId: string;
  youthGuideId: string | null;
}

interface PlacedOrder {
  id: string;
  reference: string;
  status: string;
  weeklyHours: number;
  weeks: number;
  totalHours: number;
  startDate: string;
  endDate: string;
  requestedActivities: string[];
  institution: { id: string };
  provider: { id: string };
}

interface Suggestion {
  mentor: { id: string; name: string };
  eligible: boolean;
  score: number;
  reasons: string[];
}

interface Agreement {
  goal: string;
  mentorName: string;
  mentorContact: string;
  tasks: string[];
  startDate: string;
  endDate: string;
  weeklyHours: number;
  totalHours: number;
  complaintGuidance: string;
  signedOn: string;
}

interface PublishedSchedule {
  id: string;
  validFrom: string;
  validTo: string;
  entries: { date: string; hours: number; activity: string }[];
}

interface OrderPicture {
  id: string;
  status: string;
  weeks: number;
  weeklyHours: number;
  totalHours: number;
  deliveredHours: number;
  startDate: string;
  endDate: string;
  extensions: { weeks: number; specialJustification: string | null }[];
  followUps: { date: string; progression: string }[];
  spsClarification: { text: string } | null;
}

/** A case as far as the fixtures have taken it. */
interface Case {
  youthId: string;
  orderId: string;
  /** The order's start, moved back once two weeks have passed. */
  startDate: string;
}

interface CaseWithMentor extends Case {
  mentor: DemoMentor;
  mentorUser: Identity;
}

// ---------------------------------------------------------------------------------------------
// The steps, each as the party takes it; the tests check what they answer, the fixtures build on them

async function registerYouth(system: TestStack): Promise<{ cpr: string; youth: RegisteredYouth }> {
  const cpr = await freshCpr(system.databases.orders, birthDateForAge(19, today));
  const { registerYouth: youth } = dataOf(
    await send<{ registerYouth: RegisteredYouth }>(system, 'caseworker', `#graphql
      mutation CaseflowRegisterYouth($input: RegisterYouthInput!) { registerYouth(input: $input) { id cpr caseworkerUnitId youthGuideId } }`, {
      input: {
        firstName: 'Nadia',
        lastName: 'Holm-Hussein',
        cpr,
        address: 'Jagtvej 101, 3. tv., 2200 København N',
        phone: '+45 31 22 44 55',
        email: 'nadia.holm@example.dk',
        targetGroup: 'ACTIVITY_READY_CASH_BENEFIT',
        legalBasis: 'LAB § 31 b',
        specialNeeds: 'Har brug for faste mødetider og korte pauser.',
        youthGuideId: guide.sub,
        idempotencyKey: randomUUID(),
      },
    }),
  );
  return { cpr, youth };
}

async function placeOrder(system: TestStack, youthId: string): Promise<PlacedOrder> {
  const { placeOrder: order } = dataOf(
    await send<{ placeOrder: PlacedOrder }>(system, 'caseworker', `#graphql
      mutation CaseflowPlaceOrder($input: PlaceOrderInput!) {
        placeOrder(input: $input) { id reference status weeklyHours weeks totalHours startDate endDate requestedActivities institution { id } provider { id } }
      }`, {
      input: {
        youthId,
        providerId: provider.id,
        institutionId: school.id,
        goalKind: 'EDUCATION',
        goal,
        tasks,
        requestedActivities,
        weeklyHours: 1,
        weeks: 13,
        startDate: addDays(today, 1),
        deliveryMunicipalityCode: school.municipalityCode,
        idempotencyKey: randomUUID(),
      },
    }),
  );
  return order;
}

async function acceptOrder(system: TestStack, orderId: string): Promise<{ id: string; status: string }> {
  const { acceptOrder: order } = dataOf(
    await send<{ acceptOrder: { id: string; status: string } }>(system, 'provider', `#graphql
      mutation CaseflowAcceptOrder($input: AcceptOrderInput!) { acceptOrder(input: $input) { id status } }`, { input: { orderId } }),
  );
  return order;
}

async function suggestMentors(system: TestStack, orderId: string): Promise<Suggestion[]> {
  const { suggestMentors: suggestions } = dataOf(
    await send<{ suggestMentors: Suggestion[] }>(system, 'provider', `#graphql
      query CaseflowSuggestMentors($orderId: ID!) { suggestMentors(orderId: $orderId) { mentor { id name } eligible score reasons } }`, { orderId }),
  );
  return suggestions;
}

async function assignMentor(system: TestStack, orderId: string, mentorId: string): Promise<{ id: string; status: string; mentor: { id: string; name: string } | null }> {
  const { assignMentor: order } = dataOf(
    await send<{ assignMentor: { id: string; status: string; mentor: { id: string; name: string } | null } }>(system, 'provider', `#graphql
      mutation CaseflowAssignMentor($input: AssignMentorInput!) { assignMentor(input: $input) { id status mentor { id name } } }`, {
      input: { orderId, mentorId },
    }),
  );
  return order;
}

async function signAgreement(system: TestStack, { orderId, mentor }: CaseWithMentor): Promise<{ id: string; status: string; agreement: Agreement }> {
  const { signAgreement: order } = dataOf(
    await send<{ signAgreement: { id: string; status: string; agreement: Agreement } }>(system, 'provider', `#graphql
      mutation CaseflowSignAgreement($input: SignAgreementInput!) {
        signAgreement(input: $input) {
          id status
          agreement { goal mentorName mentorContact tasks startDate endDate weeklyHours totalHours complaintGuidance signedOn }
        }
      }`, {
      input: { orderId, mentorName: `${mentor.firstName} ${mentor.lastName}`, mentorContact },
    }),
  );
  return order;
}

/** The schedule the provider publishes: every schedule day, the requested activities in turn. */
function scheduleEntries(startDate: string) {
  return scheduleDays.map((day, index) => ({
    date: addDays(startDate, day),
    startTime: '14:00',
    endTime: '15:00',
    place: school.name,
    activity: requestedActivities[index % requestedActivities.length]!,
  }));
}

async function publishSchedule(system: TestStack, { orderId, startDate }: Case): Promise<PublishedSchedule> {
  const { publishSchedule: schedule } = dataOf(
    await send<{ publishSchedule: PublishedSchedule }>(system, 'provider', `#graphql
      mutation CaseflowPublishSchedule($input: PublishScheduleInput!) { publishSchedule(input: $input) { id validFrom validTo entries { date hours activity } } }`, {
      input: { orderId, kind: 'MONTHLY', validFrom: startDate, validTo: addDays(startDate, 27), entries: scheduleEntries(startDate), idempotencyKey: randomUUID() },
    }),
  );
  return schedule;
}

/** Two weeks pass: the order and everything dated on it move back (see the file's comment). */
async function passTwoWeeks<C extends Case>(system: TestStack, story: C): Promise<C> {
  await moveOrderInTime(system.databases.orders, story.orderId, -DAYS_PASSED);
  return { ...story, startDate: addDays(story.startDate, -DAYS_PASSED) };
}

/** The mentor's session on schedule day `sessionDays[index]`; the same input, key included, each time it is sent. */
function sessionInput({ orderId, startDate }: Case, index: number) {
  return {
    orderId,
    date: addDays(startDate, sessionDays[index]!),
    minutes: 60,
    form: 'IN_PERSON',
    place: 'INSTITUTION',
    activities: [requestedActivities[index % requestedActivities.length]!],
    journalNote: 'Vi gennemgik ugens skema; hun har været til alle timer.',
    phase: index === 0 ? 'OUTREACH' : 'COURSE',
    idempotencyKey: `story-session-${index}-${orderId}`,
  };
}

async function logSession(system: TestStack, story: CaseWithMentor, index: number): Promise<{ id: string; date: string; minutes: number }> {
  const { logSession: session } = dataOf(
    await send<{ logSession: { id: string; date: string; minutes: number } }>(system, story.mentorUser, `#graphql
      mutation CaseflowLogSession($input: LogSessionInput!) { logSession(input: $input) { id date minutes } }`, { input: sessionInput(story, index) }),
  );
  return session;
}

const completeOrderMutation = `#graphql
  mutation CaseflowCompleteOrder($input: CompleteOrderInput!) { completeOrder(input: $input) { id status outcome { kind youthSatisfaction } } }`;

function completion(orderId: string) {
  return { orderId, outcome: 'COMPLETED_EDUCATION', youthSatisfaction: 5, note: 'Startet på hovedforløb som planlagt.' };
}

async function recordSpsClarification(system: TestStack, orderId: string): Promise<{ id: string; spsClarification: { text: string; clarifiedOn: string } }> {
  const { recordSpsClarification: clarified } = dataOf(
    await send<{ recordSpsClarification: { id: string; spsClarification: { text: string; clarifiedOn: string } } }>(system, 'caseworker', `#graphql
      mutation CaseflowSps($input: RecordSpsClarificationInput!) { recordSpsClarification(input: $input) { id spsClarification { text clarifiedOn } } }`, {
      input: { orderId, text: 'Handicapkompensation ikke relevant; SPS afklaret med skolens vejleder: ingen behov.', clarifiedOn: today },
    }),
  );
  return clarified;
}

async function completeOrder(system: TestStack, orderId: string): Promise<{ id: string; status: string; outcome: { kind: string; youthSatisfaction: number | null } | null }> {
  const { completeOrder: completed } = dataOf(
    await send<{ completeOrder: { id: string; status: string; outcome: { kind: string; youthSatisfaction: number | null } | null } }>(system, 'caseworker', completeOrderMutation, {
      input: completion(orderId),
    }),
  );
  return completed;
}

/** The caseworker cancels the order unless it is closed already. */
async function cancelIfOpen(system: TestStack, orderId: string): Promise<void> {
  const { status } = await orderAs(system, 'caseworker', orderId);
  if (!['PLACED', 'ACCEPTED', 'ACTIVE'].includes(status)) return;
  dataOf(
    await send(system, 'caseworker', `#graphql
      mutation CaseflowCancelOrder($input: CancelOrderInput!) { cancelOrder(input: $input) { id status } }`, {
      input: { orderId, reason: 'Testens forløb er slut.' },
    }),
  );
}

const orderQuery = `#graphql
  query CaseflowOrder($id: ID!) {
    order(id: $id) {
      id status weeks weeklyHours totalHours deliveredHours startDate endDate
      extensions { weeks specialJustification }
      followUps { date progression }
      spsClarification { text }
    }
  }`;

async function orderAs(system: TestStack, user: Caller, orderId: string): Promise<OrderPicture> {
  return dataOf(await send<{ order: OrderPicture }>(system, user, orderQuery, { id: orderId })).order;
}

// ---------------------------------------------------------------------------------------------
// The case data each test asks for, built step by step through the gateway

const test = testWithStack({ youths: 40 })
  /** A youth the caseworker has registered. */
  .extend('youth', async ({ system }) => (await registerYouth(system)).youth)
  /** Their order, placed at the school, starting tomorrow; cancelled after the test if still open. */
  .extend('placed', async ({ system, youth }, { onCleanup }): Promise<Case> => {
    const order = await placeOrder(system, youth.id);
    // An open order holds its mentor's hours: closed, it leaves the provider's mentors as free for the next test as they were for this one.
    onCleanup(() => cancelIfOpen(system, order.id));
    return { youthId: youth.id, orderId: order.id, startDate: order.startDate };
  })
  /** Accepted by the provider coordinator, waiting for a mentor. */
  .extend('accepted', async ({ system, placed }): Promise<Case> => {
    await acceptOrder(system, placed.orderId);
    return placed;
  })
  /** The mentor the provider coordinator would pick for it: the best eligible suggestion. */
  .extend('bestMentor', async ({ system, accepted }): Promise<DemoMentor> => {
    const best = (await suggestMentors(system, accepted.orderId)).find((suggestion) => suggestion.eligible);
    if (!best) throw new Error(`No eligible mentor suggested for order ${accepted.orderId}`);
    return demoMentors.find((mentor) => mentor.id === best.mentor.id)!;
  })
  /** With that mentor assigned. */
  .extend('assigned', async ({ system, accepted, bestMentor }): Promise<CaseWithMentor> => {
    await assignMentor(system, accepted.orderId, bestMentor.id);
    return { ...accepted, mentor: bestMentor, mentorUser: mentorIdentity(bestMentor) };
  })
  /** The agreement signed: ACTIVE from tomorrow. */
  .extend('active', async ({ system, assigned }): Promise<CaseWithMentor> => {
    await signAgreement(system, assigned);
    return assigned;
  })
  /** With the monthly schedule published. */
  .extend('scheduled', async ({ system, active }): Promise<CaseWithMentor> => {
    await publishSchedule(system, active);
    return active;
  })
  /** Two weeks on, no session logged yet. */
  .extend('twoWeeksOn', async ({ system, scheduled }) => passTwoWeeks(system, scheduled))
  /** The mentor has logged the sessions of the schedule days behind us. */
  .extend('withSessions', async ({ system, twoWeeksOn }): Promise<CaseWithMentor> => {
    for (const index of sessionDays.keys()) await logSession(system, twoWeeksOn, index);
    return twoWeeksOn;
  })
  /** The SPS clarification recorded and the order completed by the caseworker. */
  .extend('completed', async ({ system, withSessions }): Promise<CaseWithMentor> => {
    await recordSpsClarification(system, withSessions.orderId);
    await completeOrder(system, withSessions.orderId);
    return withSessions;
  });

describe('a case from registration to the success metrics, each step by its own party', () => {
  test('the caseworker registers a youth with a KUI youth guide', async ({ system }) => {
    const { cpr, youth } = await registerYouth(system);
    expect(youth).toMatchObject({ cpr, caseworkerUnitId: caseworker.org, youthGuideId: guide.sub });
  });

  test('the caseworker places an order at an orderable school, with activities from the provider’s catalogue', async ({ system, youth }) => {
    const startDate = addDays(today, 1);
    const order = await placeOrder(system, youth.id);
    expect(order).toMatchObject({
      status: 'PLACED',
      weeklyHours: 1,
      weeks: 13,
      totalHours: 13,
      startDate,
      endDate: addDays(startDate, 13 * 7 - 1),
      requestedActivities,
      institution: { id: school.id },
      provider: { id: provider.id },
    });
    expect(order.reference).toMatch(/^ORD-\d{4}-\d{6}$/);
  });

  test('the order waits for acceptance on the provider’s due list, and on none of the caseworker’s', async ({ system, placed }) => {
    expect(await dueListsHolding(system, 'provider', placed.orderId, coordinator.org)).toEqual(['awaitingAcceptance']);
    expect(await dueListsHolding(system, 'caseworker', placed.orderId, caseworker.org)).toEqual([]);
  });

  test('the provider coordinator accepts it; it now waits for a mentor', async ({ system, placed }) => {
    const order = await acceptOrder(system, placed.orderId);
    expect(order.status).toBe('ACCEPTED');
    expect(await dueListsHolding(system, 'provider', placed.orderId, coordinator.org)).toEqual(['awaitingMentor']);
    expect(await dueListsHolding(system, 'caseworker', placed.orderId, caseworker.org)).toEqual([]);
  });

  test('the provider coordinator asks for mentor suggestions: every mentor of the provider, eligible ones first, best first, with reasons', async ({ system, accepted }) => {
    const suggestions = await suggestMentors(system, accepted.orderId);
    const providersMentors = demoMentors.filter((mentor) => mentor.providerId === provider.id).map((mentor) => mentor.id);
    expect(suggestions.map((suggestion) => suggestion.mentor.id).sort()).toEqual([...providersMentors].sort());
    const eligibility = suggestions.map((suggestion) => suggestion.eligible);
    expect(eligibility, 'eligible ones first').toEqual([...eligibility].sort((a, b) => Number(b) - Number(a)));
    const eligibleScores = suggestions.filter((suggestion) => suggestion.eligible).map((suggestion) => suggestion.score);
    expect(eligibleScores, 'best score first').toEqual([...eligibleScores].sort((a, b) => b - a));
    for (const suggestion of suggestions) expect(suggestion.reasons.length, `reasons for ${suggestion.mentor.id}`).toBeGreaterThan(0);
    const expired = demoMentors.find((mentor) => mentor.providerId === provider.id && mentor.certification === 'EXPIRED')!;
    const expiredSuggestion = suggestions.find((suggestion) => suggestion.mentor.id === expired.id);
    expect(expiredSuggestion?.eligible).toBe(false);
    expect(expiredSuggestion?.reasons.join(' ')).toMatch(/certification/i);

    const [best] = suggestions;
    expect(best?.eligible).toBe(true);
    const mentor = demoMentors.find((candidate) => candidate.id === best!.mentor.id)!;
    expect(best!.mentor.name).toBe(`${mentor.firstName} ${mentor.lastName}`);
  });

  test('the provider coordinator assigns the best eligible suggestion; the order leaves the provider’s due list', async ({ system, accepted, bestMentor }) => {
    const order = await assignMentor(system, accepted.orderId, bestMentor.id);
    expect(order).toMatchObject({ status: 'ACCEPTED', mentor: { id: bestMentor.id } });
    expect(await dueListsHolding(system, 'provider', accepted.orderId, coordinator.org)).toEqual([]);
    expect(await dueListsHolding(system, 'caseworker', accepted.orderId, caseworker.org)).toEqual([]);
  });

  test('the agreement is signed with all six items and the order becomes ACTIVE', async ({ system, assigned }) => {
    const order = await signAgreement(system, assigned);
    expect(order.status).toBe('ACTIVE');
    expect(order.agreement).toMatchObject({
      goal,
      mentorName: `${assigned.mentor.firstName} ${assigned.mentor.lastName}`,
      mentorContact,
      tasks,
      startDate: assigned.startDate,
      endDate: addDays(assigned.startDate, 13 * 7 - 1),
      weeklyHours: 1,
      totalHours: 13,
      signedOn: today,
    });
    expect(order.agreement.complaintGuidance).toMatch(/klage/i);
  });

  test('the provider publishes a monthly schedule that takes effect tomorrow and plans every requested activity', async ({ system, active }) => {
    const entries = scheduleEntries(active.startDate);
    const schedule = await publishSchedule(system, active);
    expect(schedule.validFrom).toBe(active.startDate);
    expect(schedule.entries.map((entry) => [entry.date, entry.hours])).toEqual(entries.map((entry) => [entry.date, 1]));
  });

  test('two weeks on without a session, the caseworker’s due list shows the order under-delivering and without weekly contact', async ({ system, scheduled }) => {
    const story = await passTwoWeeks(system, scheduled);
    expect((await orderAs(system, 'caseworker', story.orderId)).startDate).toBe(story.startDate);
    const lists = await dueListsHolding(system, 'caseworker', story.orderId, caseworker.org);
    expect(lists).toEqual(expect.arrayContaining(['underDelivering', 'missedWeeklyContacts']));
    const { order } = dataOf(await send<{ order: { missedContactWeeks: unknown[] } }>(system, 'caseworker', `#graphql
      query CaseflowMissedContacts($id: ID!) { order(id: $id) { missedContactWeeks } }`, { id: story.orderId }));
    expect(order.missedContactWeeks.length).toBeGreaterThan(0);
  });

  test('the mentor logs the sessions of the schedule days; one sent twice with the same key counts once', async ({ system, twoWeeksOn: story }) => {
    const ids: string[] = [];
    for (const index of sessionDays.keys()) {
      const session = await logSession(system, story, index);
      ids.push(session.id);
      if (index === 1) {
        // The mentor's phone lost the answer and sent it again.
        const repeat = await logSession(system, story, index);
        expect(repeat.id).toBe(session.id);
      }
    }
    expect(new Set(ids).size).toBe(sessionDays.length);
    const order = await orderAs(system, 'caseworker', story.orderId);
    expect(order.deliveredHours).toBe(sessionDays.length);
    const [{ count }] = (await system.databases.orders.query('SELECT count(*)::int AS count FROM mentor_session WHERE order_id = $1', [story.orderId])) as [{ count: number }];
    expect(count).toBe(sessionDays.length);
  });

  test('the caseworker sees delivery on plan week by week, and the order leaves the due list', async ({ system, withSessions: story }) => {
    type Week = { weekStart: string; plannedHours: number; deliveredHours: number; difference: number; status: string };
    const { order } = dataOf(await send<{ order: { weeklyReconciliation: Week[] } }>(system, 'caseworker', `#graphql
      query CaseflowReconciliation($id: ID!) { order(id: $id) { weeklyReconciliation { weekStart plannedHours deliveredHours difference status } } }`, { id: story.orderId }));
    const weeks = order.weeklyReconciliation;
    const past = weeks.filter((week) => week.weekStart <= today);
    expect(past.length).toBeGreaterThan(0);
    for (const week of past) expect(week, `week of ${week.weekStart}`).toMatchObject({ plannedHours: week.deliveredHours, status: 'ON_PLAN' });
    expect(weeks.reduce((sum, week) => sum + week.deliveredHours, 0)).toBeCloseTo(sessionDays.length, 5);
    expect(await dueListsHolding(system, 'caseworker', story.orderId, caseworker.org)).toEqual([]);
  });

  test('the institution’s staff see the student with support, and no CPR number', async ({ system, active: story }) => {
    type Student = { id: string; firstName: string; lastName: string; cpr: string | null; orders: { edges: { node: { id: string; status: string; institution: { id: string } } }[] } };
    const { body } = await send<{ youth: Student | null }>(system, staff, `#graphql
      query CaseflowStudent($id: ID!) { youth(id: $id) { id firstName lastName cpr orders(first: 5) { edges { node { id status institution { id } } } } } }`, { id: story.youthId });
    expect(body.data?.youth).toMatchObject({ id: story.youthId, firstName: 'Nadia', lastName: 'Holm-Hussein', cpr: null });
    expect(body.data!.youth!.orders.edges.map(({ node }) => node)).toEqual([{ id: story.orderId, status: 'ACTIVE', institution: { id: school.id } }]);
    expect(body.errors?.filter((error) => error.path?.join('.') === 'youth.cpr').map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const [{ cpr }] = (await system.databases.orders.query('SELECT cpr FROM youth WHERE id = $1', [story.youthId])) as [{ cpr: string }];
    expect(JSON.stringify(body)).not.toContain(cpr);
    const { youths } = dataOf(await send<{ youths: { edges: { node: { id: string } }[] } }>(system, staff, `#graphql
      query CaseflowStudents { youths(first: 100) { edges { node { id } } } }`));
    expect(youths.edges.map(({ node }) => node.id)).toContain(story.youthId);
  });

  test('the youth guide sees the order’s status and progress', async ({ system, withSessions: story }) => {
    type Guided = { firstName: string; orders: { edges: { node: { id: string; status: string; deliveredHours: number; totalHours: number; endDate: string } }[] } };
    const { youth } = dataOf(await send<{ youth: Guided }>(system, 'youth-guide', `#graphql
      query CaseflowGuided($id: ID!) { youth(id: $id) { firstName orders(first: 5) { edges { node { id status deliveredHours totalHours endDate } } } } }`, { id: story.youthId }));
    expect(youth.firstName).toBe('Nadia');
    expect(youth.orders.edges.map(({ node }) => node)).toEqual([
      { id: story.orderId, status: 'ACTIVE', deliveredHours: sessionDays.length, totalHours: 13, endDate: addDays(story.startDate, 13 * 7 - 1) },
    ]);
  });

  test('the caseworker records a follow-up', async ({ system, withSessions: story }) => {
    const { recordFollowUp: followUp } = dataOf(
      await send<{ recordFollowUp: { id: string; date: string; progression: string } }>(system, 'caseworker', `#graphql
        mutation CaseflowFollowUp($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id date progression } }`, {
        input: {
          orderId: story.orderId,
          date: today,
          statusAssessment: 'Stabilt fremmøde de første to uger; god kontakt til mentor.',
          progression: 'SOME',
          nextStep: 'Fortsætter som planlagt; næste opfølgning om 13 uger.',
          idempotencyKey: randomUUID(),
        },
      }),
    );
    expect(followUp).toMatchObject({ date: today, progression: 'SOME' });
    expect((await orderAs(system, 'caseworker', story.orderId)).followUps).toEqual([{ date: today, progression: 'SOME' }]);
  });

  test('an extension within 2×3 months is granted; one beyond them without a special justification is refused and changes nothing', async ({ system, withSessions: story }) => {
    const extendOrder = `#graphql
      mutation CaseflowExtendOrder($input: ExtendOrderInput!) { extendOrder(input: $input) { id weeks endDate } }`;
    const { extendOrder: extended } = dataOf(
      await send<{ extendOrder: { id: string; weeks: number; endDate: string } }>(system, 'caseworker', extendOrder, { input: { orderId: story.orderId, weeks: 13 } }),
    );
    expect(extended).toMatchObject({ weeks: 26, endDate: addDays(story.startDate, 26 * 7 - 1) });

    const refused = await send(system, 'caseworker', extendOrder, { input: { orderId: story.orderId, weeks: 13 } });
    expectBadInput(refused, { field: 'specialJustification', rule: /justification/i });
    const order = await orderAs(system, 'caseworker', story.orderId);
    expect(order).toMatchObject({ weeks: 26, totalHours: 26, endDate: addDays(story.startDate, 26 * 7 - 1) });
    expect(order.extensions).toEqual([{ weeks: 13, specialJustification: null }]);
  });

  test('the order cannot be completed before the SPS clarification; once it is recorded, the caseworker completes it', async ({ system, withSessions: story }) => {
    expectBadInput(await send(system, 'caseworker', completeOrderMutation, { input: completion(story.orderId) }), { field: /^sps/i, rule: /sps/i });
    expect((await orderAs(system, 'caseworker', story.orderId)).status).toBe('ACTIVE');

    const clarified = await recordSpsClarification(system, story.orderId);
    expect(clarified.spsClarification.clarifiedOn).toBe(today);

    const completed = await completeOrder(system, story.orderId);
    expect(completed).toMatchObject({ status: 'COMPLETED', outcome: { kind: 'COMPLETED_EDUCATION', youthSatisfaction: 5 } });
  });

  test('the school rates the cooperation; the provider’s success metrics wait for the quarter to end', async ({ system, completed: story }) => {
    const { giveCollaborationFeedback: feedback } = dataOf(
      await send<{ giveCollaborationFeedback: { rating: number } }>(system, staff, `#graphql
        mutation CaseflowRateCooperation($input: GiveCollaborationFeedbackInput!) { giveCollaborationFeedback(input: $input) { rating } }`, {
        input: { orderId: story.orderId, rating: 4, comment: 'God og hurtig kontakt med mentor.' },
      }),
    );
    expect(feedback.rating).toBe(4);

    // Nobody outside the case rates it: to another school the order looks missing, and a social
    // worker, who sees no orders, is refused; nothing is stored for either.
    const otherSchool = staffOf(orderableInstitutions.find((institution) => institution.id !== staff.org)!.id);
    const before = await fingerprint(system);
    for (const [caller, code] of [[otherSchool, 'NOT_FOUND'], ['social-worker', 'FORBIDDEN']] as const) {
      const refused = await send(system, caller, `#graphql
        mutation CaseflowRateOthersCase($input: GiveCollaborationFeedbackInput!) { giveCollaborationFeedback(input: $input) { rating } }`, {
        input: { orderId: story.orderId, rating: 1 },
      });
      expect(refused.body.errors?.map((error) => error.extensions?.code), JSON.stringify(refused.body.errors)).toEqual([code]);
      expect(refused.body.data ?? null).toBeNull();
    }
    expect(changedTables(before, await fingerprint(system))).toEqual([]);

    // Success metrics are counted per calendar quarter once it has ended (SECURITY.md): the running
    // quarter, which this case completed in, is refused, naming the field and the rule.
    const running = await send(system, 'provider', `#graphql
      query CaseflowSuccess($filter: SuccessFilter!) { successMetrics(filter: $filter) { count suppressed averageYouthSatisfaction averagePartnerRating } }`, {
      filter: { providerId: provider.id, ...quarterOf(today) },
    });
    expect(running.body.data?.successMetrics ?? null).toBeNull();
    expect(running.body.errors?.map((error) => [error.extensions?.code, error.extensions?.field, error.extensions?.rule])).toEqual([['BAD_USER_INPUT', 'to', 'periodEnded']]);
  });

  test('after completion the order is on nobody’s due list', async ({ system, completed: story }) => {
    expect(await dueListsHolding(system, 'provider', story.orderId, coordinator.org)).toEqual([]);
    expect(await dueListsHolding(system, 'caseworker', story.orderId, caseworker.org)).toEqual([]);
  });
});
