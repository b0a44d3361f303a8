import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Identity } from '@mentor/common';
import { demoMentors, demoProviders, demoUsers, orderableInstitutions, type DemoMentor } from '@mentor/testkit';
import { startTestStack, type TestStack } from '../support/stack.js';
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
 * Time: a schedule must reach the youth a day before it takes effect, and a session cannot be
 * logged before it happened, so the order starts tomorrow and its schedule with it; then the test
 * moves the order and everything dated on it 14 days back with SQL (`moveOrderInTime`), as if two
 * weeks had passed, and the mentor logs the sessions of the schedule days now behind us.
 */

let system: TestStack;

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
const DAYS_PASSED = 14;
/** Schedule days counted from the order's start: three fall behind us once the order has moved, two lie ahead. */
const scheduleDays = [0, 7, 13, 20, 27];
const sessionDays = [0, 7, 13];

/** What the story learns as it goes. */
const story: {
  youthId?: string;
  orderId?: string;
  startDate?: string;
  mentor?: DemoMentor;
  mentorUser?: Identity;
} = {};

beforeAll(async () => {
  system = await startTestStack({ youths: 40 });
});

afterAll(async () => {
  await system?.stop();
});

const orderQuery = `#graphql
  query CaseflowOrder($id: ID!) {
    order(id: $id) {
      id status weeks weeklyHours totalHours deliveredHours startDate endDate
      extensions { weeks specialJustification }
      followUps { date progression }
      spsClarification { text }
    }
  }`;

async function orderAs(user: Parameters<typeof send>[1]) {
  return dataOf(await send(system, user, orderQuery, { id: story.orderId })).order;
}

describe('a case from registration to the success metrics, each step by its own party', () => {
  it('the caseworker registers a youth with a KUI youth guide', async () => {
    const cpr = await freshCpr(system.databases.orders, birthDateForAge(19, today));
    const { registerYouth: youth } = dataOf(
      await send(system, 'caseworker', `#graphql
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
    expect(youth).toMatchObject({ cpr, caseworkerUnitId: caseworker.org, youthGuideId: guide.sub });
    story.youthId = youth.id;
  });

  it('the caseworker places an order at an orderable school, with activities from the provider’s catalogue', async () => {
    const startDate = addDays(today, 1);
    const { placeOrder: order } = dataOf(
      await send(system, 'caseworker', `#graphql
        mutation CaseflowPlaceOrder($input: PlaceOrderInput!) {
          placeOrder(input: $input) { id reference status weeklyHours weeks totalHours startDate endDate requestedActivities institution { id } provider { id } }
        }`, {
        input: {
          youthId: story.youthId,
          providerId: provider.id,
          institutionId: school.id,
          goalKind: 'EDUCATION',
          goal,
          tasks,
          requestedActivities,
          weeklyHours: 1,
          weeks: 13,
          startDate,
          deliveryMunicipalityCode: school.municipalityCode,
          idempotencyKey: randomUUID(),
        },
      }),
    );
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
    story.orderId = order.id;
    story.startDate = startDate;
  });

  it('the order waits for acceptance on the provider’s due list, and on none of the caseworker’s', async () => {
    expect(await dueListsHolding(system, 'provider', story.orderId!, coordinator.org)).toEqual(['awaitingAcceptance']);
    expect(await dueListsHolding(system, 'caseworker', story.orderId!, caseworker.org)).toEqual([]);
  });

  it('the provider coordinator accepts it; it now waits for a mentor', async () => {
    const { acceptOrder: order } = dataOf(
      await send(system, 'provider', `#graphql
        mutation CaseflowAcceptOrder($input: AcceptOrderInput!) { acceptOrder(input: $input) { id status } }`, { input: { orderId: story.orderId } }),
    );
    expect(order.status).toBe('ACCEPTED');
    expect(await dueListsHolding(system, 'provider', story.orderId!, coordinator.org)).toEqual(['awaitingMentor']);
    expect(await dueListsHolding(system, 'caseworker', story.orderId!, caseworker.org)).toEqual([]);
  });

  it('the provider coordinator asks for mentor suggestions: every mentor of the provider, eligible ones first, best first, with reasons', async () => {
    const { suggestMentors: suggestions } = dataOf(
      await send(system, 'provider', `#graphql
        query CaseflowSuggestMentors($orderId: ID!) { suggestMentors(orderId: $orderId) { mentor { id name } eligible score reasons } }`, { orderId: story.orderId }),
    );
    const providersMentors = demoMentors.filter((mentor) => mentor.providerId === provider.id).map((mentor) => mentor.id);
    expect(suggestions.map((suggestion: { mentor: { id: string } }) => suggestion.mentor.id).sort()).toEqual([...providersMentors].sort());
    const eligibility = suggestions.map((suggestion: { eligible: boolean }) => suggestion.eligible);
    expect(eligibility, 'eligible ones first').toEqual([...eligibility].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
    const eligibleScores = suggestions.filter((suggestion: { eligible: boolean }) => suggestion.eligible).map((suggestion: { score: number }) => suggestion.score);
    expect(eligibleScores, 'best score first').toEqual([...eligibleScores].sort((a: number, b: number) => b - a));
    for (const suggestion of suggestions) expect(suggestion.reasons.length, `reasons for ${suggestion.mentor.id}`).toBeGreaterThan(0);
    const expired = demoMentors.find((mentor) => mentor.providerId === provider.id && mentor.certification === 'EXPIRED')!;
    const expiredSuggestion = suggestions.find((suggestion: { mentor: { id: string } }) => suggestion.mentor.id === expired.id);
    expect(expiredSuggestion.eligible).toBe(false);
    expect(expiredSuggestion.reasons.join(' ')).toMatch(/certification/i);

    const [best] = suggestions;
    expect(best.eligible).toBe(true);
    story.mentor = demoMentors.find((mentor) => mentor.id === best.mentor.id)!;
    expect(best.mentor.name).toBe(`${story.mentor.firstName} ${story.mentor.lastName}`);
    story.mentorUser = mentorIdentity(story.mentor);
  });

  it('the provider coordinator assigns the best eligible suggestion; the order leaves the provider’s due list', async () => {
    const { assignMentor: order } = dataOf(
      await send(system, 'provider', `#graphql
        mutation CaseflowAssignMentor($input: AssignMentorInput!) { assignMentor(input: $input) { id status mentor { id name } } }`, {
        input: { orderId: story.orderId, mentorId: story.mentor!.id },
      }),
    );
    expect(order).toMatchObject({ status: 'ACCEPTED', mentor: { id: story.mentor!.id } });
    expect(await dueListsHolding(system, 'provider', story.orderId!, coordinator.org)).toEqual([]);
    expect(await dueListsHolding(system, 'caseworker', story.orderId!, caseworker.org)).toEqual([]);
  });

  it('the agreement is signed with all six items and the order becomes ACTIVE', async () => {
    const mentorName = `${story.mentor!.firstName} ${story.mentor!.lastName}`;
    const { signAgreement: order } = dataOf(
      await send(system, 'provider', `#graphql
        mutation CaseflowSignAgreement($input: SignAgreementInput!) {
          signAgreement(input: $input) {
            id status
            agreement { goal mentorName mentorContact tasks startDate endDate weeklyHours totalHours complaintGuidance signedOn }
          }
        }`, {
        input: { orderId: story.orderId, mentorName, mentorContact: '+45 33 12 34 56, mentor@brobyg.example.dk' },
      }),
    );
    expect(order.status).toBe('ACTIVE');
    expect(order.agreement).toMatchObject({
      goal,
      mentorName,
      mentorContact: '+45 33 12 34 56, mentor@brobyg.example.dk',
      tasks,
      startDate: story.startDate,
      endDate: addDays(story.startDate!, 13 * 7 - 1),
      weeklyHours: 1,
      totalHours: 13,
      signedOn: today,
    });
    expect(order.agreement.complaintGuidance).toMatch(/klage/i);
  });

  it('the provider publishes a monthly schedule that takes effect tomorrow and plans every requested activity', async () => {
    const entries = scheduleDays.map((day, index) => ({
      date: addDays(story.startDate!, day),
      startTime: '14:00',
      endTime: '15:00',
      place: school.name,
      activity: requestedActivities[index % requestedActivities.length],
    }));
    const { publishSchedule: schedule } = dataOf(
      await send(system, 'provider', `#graphql
        mutation CaseflowPublishSchedule($input: PublishScheduleInput!) { publishSchedule(input: $input) { id validFrom validTo entries { date hours activity } } }`, {
        input: { orderId: story.orderId, kind: 'MONTHLY', validFrom: story.startDate, validTo: addDays(story.startDate!, 27), entries, idempotencyKey: randomUUID() },
      }),
    );
    expect(schedule.validFrom).toBe(story.startDate);
    expect(schedule.entries.map((entry: { date: string; hours: number }) => [entry.date, entry.hours])).toEqual(entries.map((entry) => [entry.date, 1]));
  });

  it('two weeks on without a session, the caseworker’s due list shows the order under-delivering and without weekly contact', async () => {
    await moveOrderInTime(system.databases.orders, story.orderId!, -DAYS_PASSED);
    story.startDate = addDays(story.startDate!, -DAYS_PASSED);
    expect((await orderAs('caseworker')).startDate).toBe(story.startDate);
    const lists = await dueListsHolding(system, 'caseworker', story.orderId!, caseworker.org);
    expect(lists).toEqual(expect.arrayContaining(['underDelivering', 'missedWeeklyContacts']));
    const { order } = dataOf(await send(system, 'caseworker', `#graphql
      query CaseflowMissedContacts($id: ID!) { order(id: $id) { missedContactWeeks } }`, { id: story.orderId }));
    expect(order.missedContactWeeks.length).toBeGreaterThan(0);
  });

  it('the mentor logs the sessions of the schedule days; one sent twice with the same key counts once', async () => {
    const logSession = `#graphql
      mutation CaseflowLogSession($input: LogSessionInput!) { logSession(input: $input) { id date minutes } }`;
    const ids: string[] = [];
    for (const [index, day] of sessionDays.entries()) {
      const input = {
        orderId: story.orderId,
        date: addDays(story.startDate!, day),
        minutes: 60,
        form: 'IN_PERSON',
        place: 'INSTITUTION',
        activities: [requestedActivities[index % requestedActivities.length]],
        journalNote: 'Vi gennemgik ugens skema; hun har været til alle timer.',
        phase: index === 0 ? 'OUTREACH' : 'COURSE',
        idempotencyKey: `story-session-${index}-${story.orderId}`,
      };
      const { logSession: session } = dataOf(await send(system, story.mentorUser!, logSession, { input }));
      ids.push(session.id);
      if (index === 1) {
        // The mentor's phone lost the answer and sent it again.
        const { logSession: repeat } = dataOf(await send(system, story.mentorUser!, logSession, { input }));
        expect(repeat.id).toBe(session.id);
      }
    }
    expect(new Set(ids).size).toBe(sessionDays.length);
    const order = await orderAs('caseworker');
    expect(order.deliveredHours).toBe(sessionDays.length);
    const [{ count }] = await system.databases.orders.query('SELECT count(*)::int AS count FROM mentor_session WHERE order_id = $1', [story.orderId]);
    expect(count).toBe(sessionDays.length);
  });

  it('the caseworker sees delivery on plan week by week, and the order leaves the due list', async () => {
    const { order } = dataOf(await send(system, 'caseworker', `#graphql
      query CaseflowReconciliation($id: ID!) { order(id: $id) { weeklyReconciliation { weekStart plannedHours deliveredHours difference status } } }`, { id: story.orderId }));
    const weeks = order.weeklyReconciliation as { weekStart: string; plannedHours: number; deliveredHours: number; status: string }[];
    const past = weeks.filter((week) => week.weekStart <= today);
    expect(past.length).toBeGreaterThan(0);
    for (const week of past) expect(week, `week of ${week.weekStart}`).toMatchObject({ plannedHours: week.deliveredHours, status: 'ON_PLAN' });
    expect(weeks.reduce((sum, week) => sum + week.deliveredHours, 0)).toBeCloseTo(sessionDays.length, 5);
    expect(await dueListsHolding(system, 'caseworker', story.orderId!, caseworker.org)).toEqual([]);
  });

  it('the institution’s staff see the student with support, and no CPR number', async () => {
    const { body } = await send(system, staff, `#graphql
      query CaseflowStudent($id: ID!) { youth(id: $id) { id firstName lastName cpr orders(first: 5) { edges { node { id status institution { id } } } } } }`, { id: story.youthId });
    expect(body.data?.youth).toMatchObject({ id: story.youthId, firstName: 'Nadia', lastName: 'Holm-Hussein', cpr: null });
    expect(body.data!.youth.orders.edges.map(({ node }: { node: unknown }) => node)).toEqual([{ id: story.orderId, status: 'ACTIVE', institution: { id: school.id } }]);
    expect(body.errors?.filter((error) => error.path?.join('.') === 'youth.cpr').map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(body)).not.toContain((await system.databases.orders.query('SELECT cpr FROM youth WHERE id = $1', [story.youthId]))[0].cpr);
    const { youths } = dataOf(await send(system, staff, `#graphql
      query CaseflowStudents { youths(first: 100) { edges { node { id } } } }`));
    expect(youths.edges.map(({ node }: { node: { id: string } }) => node.id)).toContain(story.youthId);
  });

  it('the youth guide sees the order’s status and progress', async () => {
    const { youth } = dataOf(await send(system, 'youth-guide', `#graphql
      query CaseflowGuided($id: ID!) { youth(id: $id) { firstName orders(first: 5) { edges { node { id status deliveredHours totalHours endDate } } } } }`, { id: story.youthId }));
    expect(youth.firstName).toBe('Nadia');
    expect(youth.orders.edges.map(({ node }: { node: unknown }) => node)).toEqual([
      { id: story.orderId, status: 'ACTIVE', deliveredHours: sessionDays.length, totalHours: 13, endDate: addDays(story.startDate!, 13 * 7 - 1) },
    ]);
  });

  it('the caseworker records a follow-up', async () => {
    const { recordFollowUp: followUp } = dataOf(
      await send(system, 'caseworker', `#graphql
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
    expect((await orderAs('caseworker')).followUps).toEqual([{ date: today, progression: 'SOME' }]);
  });

  it('an extension within 2×3 months is granted; one beyond them without a special justification is refused and changes nothing', async () => {
    const extendOrder = `#graphql
      mutation CaseflowExtendOrder($input: ExtendOrderInput!) { extendOrder(input: $input) { id weeks endDate } }`;
    const { extendOrder: extended } = dataOf(await send(system, 'caseworker', extendOrder, { input: { orderId: story.orderId, weeks: 13 } }));
    expect(extended).toMatchObject({ weeks: 26, endDate: addDays(story.startDate!, 26 * 7 - 1) });

    const refused = await send(system, 'caseworker', extendOrder, { input: { orderId: story.orderId, weeks: 13 } });
    expectBadInput(refused, { field: 'specialJustification', rule: /justification/i });
    const order = await orderAs('caseworker');
    expect(order).toMatchObject({ weeks: 26, totalHours: 26, endDate: addDays(story.startDate!, 26 * 7 - 1) });
    expect(order.extensions).toEqual([{ weeks: 13, specialJustification: null }]);
  });

  it('the order cannot be completed before the SPS clarification; once it is recorded, the caseworker completes it', async () => {
    const completeOrder = `#graphql
      mutation CaseflowCompleteOrder($input: CompleteOrderInput!) { completeOrder(input: $input) { id status outcome { kind youthSatisfaction } } }`;
    const completion = { orderId: story.orderId, outcome: 'COMPLETED_EDUCATION', youthSatisfaction: 5, note: 'Startet på hovedforløb som planlagt.' };
    expectBadInput(await send(system, 'caseworker', completeOrder, { input: completion }), { field: /^sps/i, rule: /sps/i });
    expect((await orderAs('caseworker')).status).toBe('ACTIVE');

    const { recordSpsClarification: clarified } = dataOf(
      await send(system, 'caseworker', `#graphql
        mutation CaseflowSps($input: RecordSpsClarificationInput!) { recordSpsClarification(input: $input) { id spsClarification { text clarifiedOn } } }`, {
        input: { orderId: story.orderId, text: 'Handicapkompensation ikke relevant; SPS afklaret med skolens vejleder: ingen behov.', clarifiedOn: today },
      }),
    );
    expect(clarified.spsClarification.clarifiedOn).toBe(today);

    const { completeOrder: completed } = dataOf(await send(system, 'caseworker', completeOrder, { input: completion }));
    expect(completed).toMatchObject({ status: 'COMPLETED', outcome: { kind: 'COMPLETED_EDUCATION', youthSatisfaction: 5 } });
  });

  it('the school rates the cooperation; the provider’s success metrics wait for the quarter to end', async () => {
    const { giveCollaborationFeedback: feedback } = dataOf(
      await send(system, staff, `#graphql
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

  it('after completion the order is on nobody’s due list', async () => {
    expect(await dueListsHolding(system, 'provider', story.orderId!, coordinator.org)).toEqual([]);
    expect(await dueListsHolding(system, 'caseworker', story.orderId!, caseworker.org)).toEqual([]);
  });
});
