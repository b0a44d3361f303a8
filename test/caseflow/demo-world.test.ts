import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withinCapacity } from '@mentor/common';
import { demoToday, demoUsers } from '@mentor/testkit';
import { mentorEligibility } from '@mentor/mentors/rules/eligibility';
import { lastDayUnder18 } from '@mentor/orders/rules/assignment';
import {
  activitiesOutsideCatalogue,
  catalogueViolations,
  checkCompletion,
  deliveryMunicipalityViolation,
  grantWeeksViolation,
  institutionViolation,
  overlappingSupportViolation,
  periodsOverlap,
  providerAgreementViolation,
  weeklyHoursViolation,
} from '@mentor/orders/rules/order';
import { startTestStack, type TestStack } from '../support/stack.js';

/**
 * Issue 13: the demo world obeys the rules it shows. The seeded world of the three subgraphs is
 * read back and every rule the mutations enforce is run over it with the rule functions the
 * mutations call; the test lists each violation found, and expects none.
 */

const YOUTHS = 200;
let system: TestStack;

beforeAll(async () => {
  system = await startTestStack({ youths: YOUTHS });
});

afterAll(async () => {
  await system?.stop();
});

interface OrderRow {
  id: string;
  reference: string;
  youthId: string;
  birthDate: string;
  targetGroup: string;
  providerId: string;
  mentorId: string | null;
  institutionId: string;
  goalKind: string;
  goal: string;
  requestedActivities: string[];
  weeklyHours: number;
  weeks: number;
  startDate: string;
  endDate: string;
  deliveryMunicipalityCode: string;
  status: string;
  spsClarification: string | null;
  outcome: string | null;
  youthSatisfaction: number | null;
  note: string | null;
  closedOn: string | null;
  overlapJustification: string | null;
  deliveredMinutes: number;
  rules: any;
}

async function world() {
  const orders = system.databases.orders;
  const mentorsDb = system.databases.mentors;
  const rows: OrderRow[] = await orders.query(`
    SELECT o.id, o.reference, o.youth_id AS "youthId", y.birth_date::text AS "birthDate", o.target_group AS "targetGroup", o.provider_id AS "providerId",
           o.mentor_id AS "mentorId", o.institution_id AS "institutionId", o.goal_kind AS "goalKind", o.goal, o.requested_activities AS "requestedActivities",
           o.weekly_hours AS "weeklyHours", o.weeks, o.start_date::text AS "startDate", o.end_date::text AS "endDate",
           o.delivery_municipality_code AS "deliveryMunicipalityCode", o.status, o.sps_clarification AS "spsClarification", o.outcome_kind AS outcome,
           o.youth_satisfaction AS "youthSatisfaction", o.outcome_note AS note, (o.closed_at AT TIME ZONE 'Europe/Copenhagen')::date::text AS "closedOn",
           o.overlap_justification AS "overlapJustification",
           (SELECT coalesce(sum(minutes), 0)::int FROM mentor_session s WHERE s.order_id = o.id) AS "deliveredMinutes", st.rules
    FROM mentor_order o JOIN youth y ON y.id = o.youth_id JOIN service_standard st ON st.id = o.service_standard_id ORDER BY o.reference`);
  const providers: { id: string; activities: string[]; municipalityCodes: string[]; agreementEndDate: string | null }[] = await mentorsDb.query(
    `SELECT id, activities, municipality_codes AS "municipalityCodes", agreement_end_date::text AS "agreementEndDate" FROM provider`,
  );
  const mentors: { id: string; kind: any; status: any; capacity: number }[] = await mentorsDb.query(
    `SELECT id, kind, status, capacity_hours_per_week::float AS capacity FROM mentor`,
  );
  const certifications: { mentorId: string; kind: any; issuedOn: string; validUntil: string }[] = await mentorsDb.query(
    `SELECT mentor_id AS "mentorId", kind, issued_on::text AS "issuedOn", valid_until::text AS "validUntil" FROM certification`,
  );
  const screenings: { mentorId: string; kind: any; checkedOn: string; result: any }[] = await mentorsDb.query(
    `SELECT mentor_id AS "mentorId", kind, checked_on::text AS "checkedOn", result FROM screening`,
  );
  const trainings: { mentorId: string; heldOn: string }[] = await mentorsDb.query(`SELECT mentor_id AS "mentorId", held_on::text AS "heldOn" FROM training`);
  const institutions: { id: string; type: string; approved: boolean; municipalityCode: string }[] = await system.databases.partners.query(
    `SELECT i.id, i.type, i.approved, o.municipality_code AS "municipalityCode" FROM institution i JOIN organisation o ON o.id = i.id`,
  );
  const meetings: { orderId: string; date: string; activity: string | null; activities: string[] | null; kind: string }[] = await orders.query(`
    SELECT s.order_id AS "orderId", e.date::text AS date, e.activity, NULL AS activities, 'entry' AS kind FROM schedule_entry e JOIN schedule s ON s.id = e.schedule_id
    UNION ALL
    SELECT order_id, date::text, NULL, activities, 'session' FROM mentor_session`);
  return { rows, providers, mentors, certifications, screenings, trainings, institutions, meetings };
}

const openStatuses = ['PLACED', 'ACCEPTED', 'ACTIVE'];

describe('the seeded demo world obeys every rule', () => {
  it('breaks no rule of an order, a mentor, a provider, an institution, a meeting or a completion', async () => {
    const today = demoToday().toISOString().slice(0, 10);
    const data = await world();
    expect(data.rows.length).toBe(YOUTHS);
    const providers = new Map(data.providers.map((provider) => [provider.id, provider]));
    const institutions = new Map(data.institutions.map((institution) => [institution.id, institution]));
    const facts = new Map(
      data.mentors.map((mentor) => [
        mentor.id,
        {
          ...mentor,
          certifications: data.certifications.filter((row) => row.mentorId === mentor.id),
          screenings: data.screenings.filter((row) => row.mentorId === mentor.id),
          trainings: data.trainings.filter((row) => row.mentorId === mentor.id),
        },
      ]),
    );
    const found: string[] = [];
    const report = (order: OrderRow, what: unknown) => {
      if (what && (!Array.isArray(what) || what.length)) found.push(`${order.reference} (${order.status}): ${JSON.stringify(what)}`);
    };
    const loads = new Map<string, number>();

    for (const order of data.rows) {
      const provider = providers.get(order.providerId)!;
      const institution = institutions.get(order.institutionId)!;
      // Rules 1, 3, 4 and 5 of the order as placed, against the standard it was placed under.
      report(order, weeklyHoursViolation(order.weeklyHours, order.rules));
      report(order, grantWeeksViolation('weeks', order.weeks, order.weeklyHours, order.rules));
      report(order, deliveryMunicipalityViolation(order.deliveryMunicipalityCode, order.rules));
      report(order, catalogueViolations(order, provider));
      const orderable = institution.approved && ['VOCATIONAL', 'ADULT_EDUCATION'].includes(institution.type);
      report(order, institutionViolation({ ...institution, orderable }, order.rules));
      // A goal names the kind of institution the support is delivered at.
      if (order.goalKind === 'EDUCATION') {
        if (/VUC|avu/.test(order.goal) && institution.type !== 'ADULT_EDUCATION') report(order, `goal names adult education at a ${institution.type} institution`);
        if (/erhvervsuddannelse|grundforløb|læreplads/i.test(order.goal) && institution.type !== 'VOCATIONAL') report(order, `goal names a vocational school at a ${institution.type} institution`);
      }
      // Providers: an open order is placed only while the provider's agreement runs.
      if (openStatuses.includes(order.status)) report(order, providerAgreementViolation(provider, order.startDate));
      // One support at a time.
      if (openStatuses.includes(order.status)) {
        const overlapping = data.rows.filter((other) => other.id !== order.id && other.youthId === order.youthId && openStatuses.includes(other.status) && periodsOverlap(order, other));
        report(order, overlappingSupportViolation(overlapping, order.overlapJustification));
      }
      // Rule 2: never more delivered than granted.
      if (order.deliveredMinutes > Math.round(order.weeklyHours * order.weeks * 60)) report(order, `${order.deliveredMinutes} minutes delivered`);
      // Completion as completeOrder checks it on the day the order was closed.
      if (order.status === 'COMPLETED') {
        report(order, checkCompletion(order, { outcome: order.outcome as any, youthSatisfaction: order.youthSatisfaction, note: order.note }, { today: order.closedOn!, deliveredMinutes: order.deliveredMinutes }));
      }
      // Rule 5 for what is planned and delivered: catalogue activities only.
      const meetings = data.meetings.filter((meeting) => meeting.orderId === order.id);
      const activities = meetings.flatMap((meeting) => (meeting.activity ? [meeting.activity] : meeting.activities ?? []));
      report(order, activitiesOutsideCatalogue((index) => `activities[${index}]`, activities, provider));
      // Rule 9: an ACTIVE order's mentor was eligible for every day of it when it started, fits their capacity, and has current checks on every day they meet a youth under 18.
      if (order.status === 'ACTIVE') {
        const mentor = facts.get(order.mentorId!);
        if (!mentor) {
          report(order, 'no mentor');
          continue;
        }
        loads.set(mentor.id, (loads.get(mentor.id) ?? 0) + order.weeklyHours);
        const eligibility = mentorEligibility(mentor, { from: order.startDate, to: order.endDate, youthUnder18: lastDayUnder18(order.birthDate, { from: order.startDate, to: order.startDate }) !== null, targetGroup: order.targetGroup as any });
        report(order, eligibility.reasons);
        const days = meetings.map((meeting) => meeting.date).sort();
        const lastDay = days.length ? lastDayUnder18(order.birthDate, { from: days[0]!, to: days.at(-1)! }) : null;
        if (lastDay) {
          const onMeetingDays = mentorEligibility(mentor, { from: lastDay, to: lastDay, youthUnder18: true });
          report(order, onMeetingDays.reasons.filter((reason) => reason.endsWith('CheckNotCurrent')));
        }
      }
    }
    for (const [mentorId, load] of loads) {
      const mentor = facts.get(mentorId)!;
      if (!withinCapacity(mentor.capacity, 0, load)) found.push(`mentor ${mentorId}: ${load} h/week on ACTIVE orders, capacity ${mentor.capacity}`);
    }
    expect(found).toEqual([]);
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("the demo mentor user's ACTIVE orders fit their capacity, and they still have some", async () => {
    const [row] = await system.databases.orders.query(`SELECT count(*)::int AS orders, coalesce(sum(weekly_hours), 0)::float AS hours FROM mentor_order WHERE mentor_id = $1 AND status = 'ACTIVE'`, [
      demoUsers.mentor!.sub,
    ]);
    const [mentor] = await system.databases.mentors.query('SELECT capacity_hours_per_week::float AS capacity FROM mentor WHERE id = $1', [demoUsers.mentor!.sub]);
    expect(row.orders).toBeGreaterThan(0);
    expect(withinCapacity(mentor.capacity, 0, row.hours)).toBe(true);
  });

  it("the provider's share of the orders is what --list and the README say: about half", async () => {
    const [row] = await system.databases.orders.query('SELECT count(*) FILTER (WHERE provider_id = $1)::float / count(*) AS share FROM mentor_order', [demoUsers.provider!.org]);
    expect(row.share).toBeCloseTo(0.5, 1);
    expect(demoUsers.provider!.relatesTo).toContain('about half the orders');
  });
});
