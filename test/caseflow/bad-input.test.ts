import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoInstitutions, demoMentors, demoProviders, demoUsers, orderableInstitutions } from '@mentor/testkit';
import { startTestStack, type Caller, type TestStack } from '../support/stack.js';
import {
  addDays,
  coordinatorOf,
  danishToday,
  dataOf,
  demoPlan,
  expectRefusedStoringNothing,
  freshCpr,
  birthDateForAge,
  send,
  type RuleExpectation,
  type Subject,
} from './flow.js';

/**
 * DESIGN §6: "Each rule is checked on the server; a broken rule gives BAD_USER_INPUT naming the
 * field and the rule, and nothing is stored." One request per rule a mutation enforces, sent
 * through the gateway by the party who would send it, each breaking exactly that rule; then every
 * table of the three databases must be as it was. Rule names are matched exactly where a contract
 * fixes them and by their subject otherwise.
 */

const YOUTHS = 40;
const plan = demoPlan(YOUTHS);
const today = danishToday();
const thisYear = Number(today.slice(0, 4));

const caseworker = demoUsers.caseworker!;
const [provider0, provider1] = demoProviders as [(typeof demoProviders)[number], (typeof demoProviders)[number]];
const coordinator1 = coordinatorOf(provider1.id);
const mentor = demoUsers.mentor!;
const school = orderableInstitutions[0]!;
const notOrderable = demoInstitutions.find((institution) => !orderableInstitutions.includes(institution))!;

const mentorOf = (subject: Subject) => demoMentors.find((candidate) => candidate.id === subject.order.mentorId);
const ownUnit = ({ youth }: Subject) => youth.caseworkerUnitId === caseworker.org;
/** ACTIVE orders of the caseworker's unit whose mentor is certified well beyond the order, so only the rule under test can fail. */
const activeCases = plan.filter((subject) => subject.order.status === 'ACTIVE' && ownUnit(subject) && mentorOf(subject)?.certification === 'VALID');
/** Provider 1's accepted orders without a mentor, for adults (nobody needs a child-protection check). */
const acceptedCases = plan.filter(({ youth, order }) => order.status === 'ACCEPTED' && order.mentorId === null && order.providerId === provider1.id && youth.age >= 18);

const used = new Set<string>();
/** The next case of `from` that no other row uses. */
function take(from: Subject[], fits: (subject: Subject) => boolean = () => true): Subject {
  const subject = from.find((candidate) => !used.has(candidate.order.id) && fits(candidate))!;
  used.add(subject?.order.id);
  return subject;
}

// A youth whose demo order is closed, so the order placed below is their only support (one at a time).
const placeYouth = plan.find((subject) => ownUnit(subject) && subject.youth.age >= 18 && ['COMPLETED', 'REJECTED', 'CANCELLED'].includes(subject.order.status))!.youth;
const expiredMentor = demoMentors.find((candidate) => candidate.providerId === provider1.id && candidate.certification === 'EXPIRED')!;
const fittingMentor = demoMentors.find(
  (candidate) => candidate.providerId === provider1.id && candidate.certification === 'VALID' && ['PROFESSIONAL', 'STUDY_START_COORDINATOR'].includes(candidate.kind),
)!;

let system: TestStack;

interface OrderFacts {
  weeklyHours: number;
  weeks: number;
  startDate: string;
  endDate: string;
  requestedActivities: string[];
  remainingMinutes: number;
}

const facts: Record<string, OrderFacts> = {};

async function orderFacts(orderId: string): Promise<OrderFacts> {
  const [row] = await system.databases.orders.query(
    `SELECT o.weekly_hours, o.weeks, to_char(o.start_date, 'YYYY-MM-DD') AS start_date, to_char(o.end_date, 'YYYY-MM-DD') AS end_date, o.requested_activities,
            round(o.weekly_hours * o.weeks * 60)::int - coalesce((SELECT sum(minutes) FROM mentor_session s WHERE s.order_id = o.id), 0)::int AS remaining
     FROM mentor_order o WHERE o.id = $1`,
    [orderId],
  );
  return {
    weeklyHours: Number(row.weekly_hours),
    weeks: row.weeks,
    startDate: row.start_date,
    endDate: row.end_date,
    requestedActivities: row.requested_activities,
    remainingMinutes: row.remaining,
  };
}

/** The orders each rule is tried on; each is used by one row, and set up in `beforeAll` so that only that row's rule can fail. */
const cases = {
  overTotal: take(activeCases, ({ order }) => order.mentorId === mentor.sub),
  sessionForm: take(activeCases, ({ order }) => order.mentorId === mentor.sub),
  scheduleTomorrowRule: take(activeCases, ({ order }) => order.providerId === provider0.id),
  withoutSps: take(activeCases),
  effectTooLate: take(activeCases),
  followUpOverdue: take(activeCases),
  beyondSixMonths: take(activeCases),
  beyondTwelveMonths: take(activeCases),
  partialPlan: take(acceptedCases),
  assignment: take(acceptedCases),
};

beforeAll(async () => {
  system = await startTestStack({ youths: YOUTHS });
  const orders = system.databases.orders;

  // Rule 2: the mentor's order has 30 minutes left, as if earlier sessions had used the rest.
  let fill = (await orderFacts(cases.overTotal.order.id)).remainingMinutes - 30;
  const fillStart = (await orderFacts(cases.overTotal.order.id)).startDate;
  for (let day = 0; fill > 0; day++) {
    const minutes = Math.min(fill, 240);
    await orders.query(
      `INSERT INTO mentor_session (id, order_id, mentor_id, date, minutes, form, place, activities, journal_note, phase)
       VALUES (gen_random_uuid(), $1, $2, $3::date, $4, 'IN_PERSON', 'INSTITUTION', '{}', 'Tidligere samtale.', 'COURSE')`,
      [cases.overTotal.order.id, mentor.sub, addDays(fillStart, day % 7), minutes],
    );
    fill -= minutes;
  }
  // Rule 8: an active order whose SPS clarification was never recorded.
  await orders.query(`UPDATE mentor_order SET sps_clarification = NULL, sps_clarified_on = NULL WHERE id = $1`, [cases.withoutSps.order.id]);
  // Rule 11: an order that ends in 10 days, so today is past the effect assessment's deadline.
  await orders.query(`UPDATE mentor_order SET end_date = $2::date, start_date = $2::date - (weeks * 7 - 1) WHERE id = $1`, [cases.effectTooLate.order.id, addDays(today, 10)]);
  // Rule 11: an order that started 95 days ago with no follow-up since, so its follow-up was due four days ago.
  await orders.query(`DELETE FROM follow_up WHERE order_id = $1`, [cases.followUpOverdue.order.id]);
  await orders.query(`UPDATE mentor_order SET start_date = $2::date, weeks = 20, end_date = $2::date + (20 * 7 - 1) WHERE id = $1`, [
    cases.followUpOverdue.order.id,
    addDays(today, -95),
  ]);
  // Rule 6: the youth of the mentor's order has not consented to home visits.
  await orders.query(`UPDATE youth SET home_visit_consent = FALSE, home_visit_consent_on = NULL WHERE id = $1`, [cases.sessionForm.youth.id]);
  // Rule 5: an accepted order of four weeks, which one monthly schedule plans to its last day.
  await orders.query(`UPDATE mentor_order SET weeks = 4, end_date = start_date + 27 WHERE id = $1`, [cases.partialPlan.order.id]);
  // Rule 12: orders already granted 26 and 51 weeks.
  for (const [subject, weeks] of [[cases.beyondSixMonths, 26], [cases.beyondTwelveMonths, 51]] as const) {
    await orders.query(`UPDATE mentor_order SET weeks = $2, end_date = start_date + ($2 * 7 - 1) WHERE id = $1`, [subject.order.id, weeks]);
  }
  // Rule 9: the order asks for what the fitting mentor's kind is made for; the mentor's capacity is just short of it.
  await orders.query(`UPDATE mentor_order SET target_group = 'YOUTH_TRANSITION_TO_EDUCATION' WHERE id = $1`, [cases.assignment.order.id]);
  for (const [name, subject] of Object.entries(cases)) facts[name] = await orderFacts(subject.order.id);
  const [load] = await orders.query(`SELECT coalesce(sum(weekly_hours), 0)::float AS hours FROM mentor_order WHERE mentor_id = $1 AND status = 'ACTIVE'`, [fittingMentor.id]);
  const shortCapacity = Math.round((load.hours + facts.assignment!.weeklyHours - 0.1) * 10) / 10;
  await system.databases.mentors.query(`UPDATE mentor SET capacity_hours_per_week = $2 WHERE id = $1`, [fittingMentor.id, shortCapacity]);
});

afterAll(async () => {
  await system?.stop();
});

const placeOrder = `#graphql
  mutation CaseflowPlaceOrder($input: PlaceOrderInput!) { placeOrder(input: $input) { id status } }`;

/** An order the caseworker may place: Copenhagen's typical 1 h/week for 13 weeks, at an orderable school, from provider 0's catalogue. */
function orderInput(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    youthId: placeYouth.id,
    providerId: provider0.id,
    institutionId: school.id,
    goalKind: 'EDUCATION',
    goal: 'Fastholdelse på grundforløbet og overgang til hovedforløb.',
    tasks: ['Ugentlige samtaler om fremmøde', 'Støtte til kontakt med studievejleder'],
    requestedActivities: provider0.activities.slice(0, 2),
    weeklyHours: 1,
    weeks: 13,
    startDate: addDays(today, 7),
    deliveryMunicipalityCode: '101',
    ...changes,
  };
}

const logSession = `#graphql
  mutation CaseflowLogSession($input: LogSessionInput!) { logSession(input: $input) { id } }`;

function sessionInput(orderId: string, changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    orderId,
    date: today,
    minutes: 45,
    form: 'IN_PERSON',
    place: 'INSTITUTION',
    journalNote: 'Gennemgik ugens skema og aftalte næste møde.',
    phase: 'COURSE',
    ...changes,
  };
}

const publishSchedule = `#graphql
  mutation CaseflowPublishSchedule($input: PublishScheduleInput!) { publishSchedule(input: $input) { id } }`;

const assignMentor = `#graphql
  mutation CaseflowAssignMentor($input: AssignMentorInput!) { assignMentor(input: $input) { id mentor { id } } }`;

const extendOrder = `#graphql
  mutation CaseflowExtendOrder($input: ExtendOrderInput!) { extendOrder(input: $input) { id weeks } }`;

const registerYouth = `#graphql
  mutation CaseflowRegisterYouth($input: RegisterYouthInput!) { registerYouth(input: $input) { id } }`;

function youthInput(cpr: string): Record<string, unknown> {
  return {
    firstName: 'Mikkel',
    lastName: 'Rasmussen',
    cpr,
    address: 'Nørrebrogade 12, 2. th., 2200 København N',
    targetGroup: 'YOUTH_TRANSITION_TO_EDUCATION',
    legalBasis: 'LAB § 31 b',
  };
}

interface Row {
  /** DESIGN §6's rule number, or the format checked. */
  rule: string;
  what: string;
  user: () => Caller;
  mutation: string;
  input: () => Record<string, unknown>;
  expected: RuleExpectation;
}

const rows: Row[] = [
  {
    rule: '1',
    what: 'weekly hours below ½',
    user: () => 'caseworker',
    mutation: placeOrder,
    input: () => orderInput({ weeklyHours: 0.49 }),
    expected: { field: 'weeklyHours', rule: /weeklyHours/i },
  },
  {
    rule: '1',
    what: 'weekly hours above 2',
    user: () => 'caseworker',
    mutation: placeOrder,
    input: () => orderInput({ weeklyHours: 2.01 }),
    expected: { field: 'weeklyHours', rule: /weeklyHours/i },
  },
  {
    rule: '1',
    what: 'one week',
    user: () => 'caseworker',
    mutation: placeOrder,
    input: () => orderInput({ weeks: 1 }),
    expected: { field: 'weeks', rule: /weeks/i },
  },
  {
    rule: '1',
    what: '14 weeks',
    user: () => 'caseworker',
    mutation: placeOrder,
    input: () => orderInput({ weeks: 14 }),
    expected: { field: 'weeks', rule: /weeks/i },
  },
  {
    rule: '2',
    what: 'a session that would take delivered hours past the total',
    user: () => 'mentor',
    mutation: logSession,
    input: () => sessionInput(cases.overTotal.order.id, { minutes: 45 }),
    expected: { field: 'minutes', rule: /total|delivered/i },
  },
  {
    rule: '3',
    what: 'delivery in Gribskov, outside the Copenhagen area',
    user: () => 'caseworker',
    mutation: placeOrder,
    input: () => orderInput({ deliveryMunicipalityCode: '270' }),
    expected: { field: 'deliveryMunicipalityCode', rule: /municipalit/i },
  },
  {
    rule: '3',
    what: "delivery in Albertslund, where the provider does not deliver",
    user: () => 'caseworker',
    mutation: placeOrder,
    input: () => orderInput({ providerId: provider1.id, requestedActivities: provider1.activities.slice(0, 2), deliveryMunicipalityCode: '165' }),
    expected: { field: 'deliveryMunicipalityCode', rule: /municipalit|catalogue|provider/i },
  },
  {
    rule: '4',
    what: 'an institution that is neither approved nor a vocational school or adult education centre',
    user: () => 'caseworker',
    mutation: placeOrder,
    input: () => orderInput({ institutionId: notOrderable.id }),
    expected: { field: 'institutionId', rule: /institution|orderable|approved/i },
  },
  {
    rule: '4',
    what: 'an institution nobody registered',
    user: () => 'caseworker',
    mutation: placeOrder,
    input: () => orderInput({ institutionId: randomUUID() }),
    expected: { field: 'institutionId', rule: /institution|orderable|approved|known|exist/i },
  },
  {
    rule: '5',
    what: "an activity outside the provider's catalogue",
    user: () => 'caseworker',
    mutation: placeOrder,
    input: () => orderInput({ providerId: provider1.id, requestedActivities: [provider1.activities[0], provider0.activities.find((activity) => !provider1.activities.includes(activity))] }),
    expected: { field: 'requestedActivities', rule: /catalogue|activit/i },
  },
  {
    rule: '5',
    what: 'a schedule that plans the order to its last day and leaves a requested activity out',
    user: () => coordinator1,
    mutation: publishSchedule,
    input: () => {
      const order = facts.partialPlan!;
      return {
        orderId: cases.partialPlan.order.id,
        kind: 'MONTHLY',
        validFrom: order.startDate,
        validTo: order.endDate,
        entries: [{ date: order.startDate, startTime: '10:00', endTime: '11:00', place: school.name, activity: order.requestedActivities[0] }],
      };
    },
    expected: { field: 'entries', rule: /activit|plan/i },
  },
  {
    rule: '6',
    what: 'a phone session without a special reason',
    user: () => 'mentor',
    mutation: logSession,
    input: () => sessionInput(cases.sessionForm.order.id, { form: 'PHONE', place: null }),
    expected: { field: 'specialReason', rule: /special|reason/i },
  },
  {
    rule: '6',
    what: "a home visit without the youth's consent",
    user: () => 'mentor',
    mutation: logSession,
    input: () => sessionInput(cases.sessionForm.order.id, { place: 'HOME' }),
    expected: { field: /place|homeVisitConsent/, rule: /home|consent/i },
  },
  {
    rule: '8',
    what: 'completion before the SPS clarification is recorded',
    user: () => 'caseworker',
    mutation: `#graphql
      mutation CaseflowCompleteOrder($input: CompleteOrderInput!) { completeOrder(input: $input) { id status } }`,
    input: () => ({ orderId: cases.withoutSps.order.id, outcome: 'COMPLETED_EDUCATION', youthSatisfaction: 4 }),
    expected: { field: /^sps/i, rule: /sps/i },
  },
  {
    rule: '9',
    what: 'a mentor whose certification has expired',
    user: () => coordinator1,
    mutation: assignMentor,
    input: () => ({ orderId: cases.assignment.order.id, mentorId: expiredMentor.id }),
    expected: { field: 'mentorId', rule: 'mentorEligibility' },
  },
  {
    rule: '9',
    what: "a mentor whose active orders and this one's hours exceed their capacity",
    user: () => coordinator1,
    mutation: assignMentor,
    input: () => ({ orderId: cases.assignment.order.id, mentorId: fittingMentor.id }),
    expected: { field: 'mentorId', rule: 'mentorCapacity' },
  },
  {
    rule: '10',
    what: 'a schedule that takes effect the day it is published',
    user: () => 'provider',
    mutation: publishSchedule,
    input: () => {
      const order = facts.scheduleTomorrowRule!;
      return {
        orderId: cases.scheduleTomorrowRule.order.id,
        kind: 'WEEKLY',
        validFrom: today,
        validTo: addDays(today, 6),
        entries: order.requestedActivities.map((activity, index) => ({
          date: today,
          startTime: `1${index}:00`,
          endTime: `1${index}:30`,
          place: school.name,
          activity,
        })),
      };
    },
    expected: { field: 'validFrom', rule: /advance|publish|day/i },
  },
  {
    rule: '11',
    what: 'an effect assessment later than 14 days before the end',
    user: () => 'caseworker',
    mutation: `#graphql
      mutation CaseflowEffectAssessment($input: RecordEffectAssessmentInput!) { recordEffectAssessment(input: $input) { id } }`,
    input: () => ({
      orderId: cases.effectTooLate.order.id,
      date: today,
      effect: 'SOME',
      assessment: 'Den unge møder stabilt op, men har stadig brug for støtte til struktur.',
      recommendation: 'END_AS_PLANNED',
    }),
    expected: { field: 'date', rule: /effect|assess|deadline|before/i },
  },
  {
    rule: '11',
    what: 'an extension while the 13-week follow-up is overdue',
    user: () => 'caseworker',
    mutation: extendOrder,
    input: () => ({ orderId: cases.followUpOverdue.order.id, weeks: 2 }),
    expected: { field: /orderId|followUp/, rule: /followUp/i },
  },
  {
    rule: '12',
    what: 'an extension past 2×3 months without a special justification',
    user: () => 'caseworker',
    mutation: extendOrder,
    input: () => ({ orderId: cases.beyondSixMonths.order.id, weeks: 2 }),
    expected: { field: 'specialJustification', rule: /justification/i },
  },
  {
    rule: '12',
    what: 'an extension past 12 months, even with a special justification',
    user: () => 'caseworker',
    mutation: extendOrder,
    input: () => ({ orderId: cases.beyondTwelveMonths.order.id, weeks: 2, specialJustification: 'Den unge er midt i en eksamensperiode.' }),
    expected: { field: 'weeks', rule: /total|max|month/i },
  },
  {
    rule: '14',
    what: "an experience report for the agreement's first year",
    user: () => 'provider',
    mutation: `#graphql
      mutation CaseflowExperienceReport($input: SubmitExperienceReportInput!) { submitExperienceReport(input: $input) { id } }`,
    // The demo agreement of provider 0 started on 1 April four years ago.
    input: () => ({ providerId: provider0.id, year: thisYear - 4, themes: ['Fremmøde'], text: 'Erfaringer fra det første aftaleår.' }),
    expected: { field: 'year', rule: /agreement|year/i },
  },
  {
    rule: '14',
    what: 'an experience report for the year that is still running',
    user: () => 'provider',
    mutation: `#graphql
      mutation CaseflowExperienceReport($input: SubmitExperienceReportInput!) { submitExperienceReport(input: $input) { id } }`,
    input: () => ({ providerId: provider0.id, year: thisYear, themes: ['Fremmøde'], text: 'Erfaringer fra i år.' }),
    expected: { field: 'year', rule: /year|ended/i },
  },
  {
    rule: 'CPR',
    what: 'a CPR number of 30 February',
    user: () => 'caseworker',
    mutation: registerYouth,
    input: () => youthInput('300204-4123'),
    expected: { field: 'cpr', rule: /cpr/i },
  },
  {
    rule: 'CPR',
    what: 'a CPR number that is not DDMMYY-SSSS',
    user: () => 'caseworker',
    mutation: registerYouth,
    input: () => youthInput('1204-0412'),
    expected: { field: 'cpr', rule: /cpr/i },
  },
  {
    rule: 'CVR',
    what: "an institution's CVR number that fails modulus 11",
    user: () => 'caseworker',
    mutation: `#graphql
      mutation CaseflowRegisterInstitution($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id } }`,
    input: () => ({
      name: 'Erhvervsskolen Amager Strand',
      cvr: '12345678',
      institutionNumber: '147999',
      type: 'VOCATIONAL',
      approved: true,
      address: 'Strandlodsvej 1, 2300 København S',
      municipalityCode: '101',
    }),
    expected: { field: 'cvr', rule: /cvr/i },
  },
  {
    rule: 'CVR',
    what: "a provider's CVR number of seven digits",
    user: () => 'caseworker',
    mutation: `#graphql
      mutation CaseflowRegisterProvider($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }`,
    input: () => ({ name: 'Mentorhuset ApS', cvr: '1234567', activities: ['Støtte til studiestart'], pricePerHourOre: 50_000, municipalityCodes: ['101'] }),
    expected: { field: 'cvr', rule: /cvr/i },
  },
];

describe('a request that breaks a rule of DESIGN §6 gets BAD_USER_INPUT naming the field and the rule, and nothing is stored', () => {
  it('has the orders the table needs in the demo plan', () => {
    expect(Object.entries(cases).filter(([, subject]) => !subject).map(([name]) => name)).toEqual([]);
    expect(expiredMentor && fittingMentor && notOrderable).toBeTruthy();
  });

  for (const row of rows) {
    it(`rule ${row.rule}: ${row.what}`, async () => {
      await expectRefusedStoringNothing(system, row.user(), row.mutation, row.input(), row.expected);
    });
  }
});

describe('the same requests without the fault go through (so each row above failed for its rule alone)', () => {
  it('places the order the rule 1, 3, 4, 5 and 12 rows varied', async () => {
    const { placeOrder: order } = dataOf(await send(system, 'caseworker', placeOrder, { input: orderInput({ idempotencyKey: randomUUID() }) }));
    expect(order.status).toBe('PLACED');
  });

  it('assigns the fitting mentor once their capacity covers the order', async () => {
    await system.databases.mentors.query(`UPDATE mentor SET capacity_hours_per_week = capacity_hours_per_week + 1 WHERE id = $1`, [fittingMentor.id]);
    const { assignMentor: order } = dataOf(await send(system, coordinator1, assignMentor, { input: { orderId: cases.assignment.order.id, mentorId: fittingMentor.id } }));
    expect(order.mentor.id).toBe(fittingMentor.id);
  });

  it('publishes the four-week schedule once it plans every requested activity', async () => {
    const order = facts.partialPlan!;
    const entries = order.requestedActivities.map((activity, index) => ({
      date: addDays(order.startDate, index * 7),
      startTime: '10:00',
      endTime: '11:00',
      place: school.name,
      activity,
    }));
    const { publishSchedule: schedule } = dataOf(
      await send(system, coordinator1, publishSchedule, { input: { orderId: cases.partialPlan.order.id, kind: 'MONTHLY', validFrom: order.startDate, validTo: order.endDate, entries } }),
    );
    expect(schedule.id).toEqual(expect.any(String));
  });

  it("logs the home visit once the caseworker has recorded the youth's consent", async () => {
    const { recordHomeVisitConsent: youth } = dataOf(
      await send(system, 'caseworker', `#graphql
        mutation CaseflowHomeVisitConsent($input: RecordHomeVisitConsentInput!) { recordHomeVisitConsent(input: $input) { id homeVisitConsent } }`, {
        input: { youthId: cases.sessionForm.youth.id, consent: true },
      }),
    );
    expect(youth.homeVisitConsent).toBe(true);
    const { logSession: session } = dataOf(await send(system, 'mentor', logSession, { input: sessionInput(cases.sessionForm.order.id, { place: 'HOME' }) }));
    expect(session.id).toEqual(expect.any(String));
  });

  it('logs a 30-minute session, the last the order has room for', async () => {
    const { logSession: session } = dataOf(await send(system, 'mentor', logSession, { input: sessionInput(cases.overTotal.order.id, { minutes: 30 }) }));
    expect(session.id).toEqual(expect.any(String));
  });

  it('accepts a CPR number that fails modulus 11, with a warning (such numbers are issued since 2007)', async () => {
    const valid = await freshCpr(system.databases.orders, birthDateForAge(16, today));
    const lastDigit = Number(valid.at(-1));
    // Any other last digit breaks the modulus-11 sum.
    const failing = `${valid.slice(0, -1)}${(lastDigit + 1) % 10}`;
    const { registerYouth: youth } = dataOf(
      await send(system, 'caseworker', `#graphql
        mutation CaseflowRegisterYouthWarning($input: RegisterYouthInput!) { registerYouth(input: $input) { id cpr cprCheckDigitValid } }`, { input: youthInput(failing) }),
    );
    expect(youth).toMatchObject({ cpr: failing, cprCheckDigitValid: false });
  });
});

