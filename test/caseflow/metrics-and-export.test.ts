import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOrganisations, demoProviders, demoUsers, orderableInstitutions } from '@mentor/testkit';
import { startTestStack, type Caller, type TestStack } from '../support/stack.js';
import { addDays, coordinatorOf, danishToday, dataOf, demoPlan, expectForbidden, moveOrderInTime, quarterOf, send, staffOf, type Subject } from './flow.js';

/**
 * DESIGN §6 rule 15 (success criteria per provider, institution and period) and the national
 * report, against numbers this file puts in place itself: the demo's completed orders are moved
 * to end on chosen days with chosen outcomes and satisfaction, so the expected figures follow from
 * the table below; hours and partner ratings are summed straight from the databases.
 */

const YOUTHS = 60;
const plan = demoPlan(YOUTHS);
const today = danishToday();

type OutcomeKind = 'COMPLETED_EDUCATION' | 'TRANSFERRED_TO_OTHER_PLAN' | 'DROPPED_OUT' | 'OTHER';

interface Closed {
  subject: Subject;
  /** The order ended, and was completed, this many days ago. */
  daysAgo: number;
  outcome: OutcomeKind;
  satisfaction: number | null;
}

const completedInPlan = plan.filter(({ order }) => order.status === 'COMPLETED');
/** By the demo's completed orders in plan order (youths 3, 7, 15, 19, 27, 31, 39, 43, 51, 55): ended days ago, outcome, satisfaction. */
const closings: [number, OutcomeKind, number | null][] = [
  [5, 'COMPLETED_EDUCATION', 5],
  [12, 'COMPLETED_EDUCATION', 4],
  [18, 'TRANSFERRED_TO_OTHER_PLAN', null],
  [22, 'DROPPED_OUT', 2],
  [45, 'COMPLETED_EDUCATION', 5],
  [33, 'OTHER', 3],
  [38, 'TRANSFERRED_TO_OTHER_PLAN', 4],
  [26, 'COMPLETED_EDUCATION', 1],
  [52, 'DROPPED_OUT', null],
  [64, 'COMPLETED_EDUCATION', 3],
];
const closed: Closed[] = completedInPlan.map((subject, index) => {
  const [daysAgo, outcome, satisfaction] = closings[index % closings.length]!;
  return { subject, daysAgo, outcome, satisfaction };
});

/** The period most checks ask about: the last quarter that has ended. */
const period = quarterOf(addDays(quarterOf(today).from, -1));
/** The quarter before it, for the orders of the table outside the period. */
const quarterBefore = quarterOf(addDays(period.from, -1));
/** The table's "days ago" 10 to 40 fall in the period; the others in the quarter before (a quarter is over 64 days). */
const inPeriod = (entry: Closed) => entry.daysAgo >= 10 && entry.daysAgo <= 40;
const closedOn = (entry: Closed) => addDays(inPeriod(entry) ? period.to : quarterBefore.to, -entry.daysAgo);

const provider1 = demoProviders[1]!;
const coordinator1 = coordinatorOf(provider1.id);
const copenhagen = demoUsers.caseworker!;
const frederiksberg = demoUsers['caseworker-frb']!;
/** The school with two of the period's completed orders (youths 15 and 43). */
const school = orderableInstitutions[1]!;

let system: TestStack;

beforeAll(async () => {
  system = await startTestStack({ youths: YOUTHS });
  for (const entry of closed) {
    const [{ days }] = await system.databases.orders.query(`SELECT ($2::date - end_date)::int AS days FROM mentor_order WHERE id = $1`, [entry.subject.order.id, closedOn(entry)]);
    await moveOrderInTime(system.databases.orders, entry.subject.order.id, days);
    await system.databases.orders.query(
      `UPDATE mentor_order SET outcome_kind = $2, youth_satisfaction = $3, closed_at = (end_date + time '12:00') AT TIME ZONE 'Europe/Copenhagen',
         sps_clarification = coalesce(sps_clarification, 'Afklaret ved opstart.'), sps_clarified_on = coalesce(sps_clarified_on, start_date)
       WHERE id = $1`,
      [entry.subject.order.id, entry.outcome, entry.satisfaction],
    );
  }
});

afterAll(async () => {
  await system?.stop();
});

interface Metrics {
  count: number;
  suppressed: boolean;
  completedEducationShare: number | null;
  transferredShare: number | null;
  droppedOutShare: number | null;
  averageYouthSatisfaction: number | null;
  averagePartnerRating: number | null;
  partnerRatingCount: number | null;
  orderedHours: number;
  deliveredHours: number;
}

const metricsQuery = `#graphql
  query CaseflowSuccessMetrics($filter: SuccessFilter!) {
    successMetrics(filter: $filter) { count suppressed completedEducationShare transferredShare droppedOutShare averageYouthSatisfaction averagePartnerRating partnerRatingCount orderedHours deliveredHours }
  }`;

const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null);

/** The figures for these orders: outcomes from the table above, hours and ratings summed in the databases. */
async function expectedMetrics(entries: Closed[]): Promise<Metrics> {
  const ids = entries.map((entry) => entry.subject.order.id);
  // A group of one to four shows no shares or mean satisfaction, and fewer than five answers no mean
  // satisfaction (no youth's outcome or answer under another name).
  const suppressed = entries.length > 0 && entries.length < 5;
  const answers = entries.flatMap((entry) => (entry.satisfaction === null ? [] : [entry.satisfaction]));
  const share = (kind: OutcomeKind) => (suppressed ? null : entries.filter((entry) => entry.outcome === kind).length / entries.length);
  const [hours] = await system.databases.orders.query(
    `SELECT coalesce(sum(o.weekly_hours * o.weeks), 0)::float AS ordered,
            coalesce((SELECT sum(s.minutes) FROM mentor_session s WHERE s.order_id = ANY($1::uuid[])), 0)::float / 60 AS delivered
     FROM mentor_order o WHERE o.id = ANY($1::uuid[])`,
    [ids],
  );
  const ratings: { rating: number }[] = await system.databases.partners.query(`SELECT rating FROM collaboration_feedback WHERE order_id = ANY($1::uuid[])`, [ids]);
  return {
    count: entries.length,
    suppressed,
    completedEducationShare: share('COMPLETED_EDUCATION'),
    transferredShare: share('TRANSFERRED_TO_OTHER_PLAN'),
    droppedOutShare: share('DROPPED_OUT'),
    averageYouthSatisfaction: suppressed || answers.length < 5 ? null : mean(answers),
    averagePartnerRating: mean(ratings.map((row) => row.rating)),
    partnerRatingCount: ratings.length,
    orderedHours: hours.ordered,
    deliveredHours: hours.delivered,
  };
}

/** Shares and averages to two decimals, as a report shows them. */
function expectMetrics(actual: Metrics, expected: Metrics): void {
  expect(actual.count).toBe(expected.count);
  expect(actual.suppressed, 'suppressed').toBe(expected.suppressed);
  expect(actual.partnerRatingCount, 'partnerRatingCount').toBe(expected.partnerRatingCount);
  for (const key of ['completedEducationShare', 'transferredShare', 'droppedOutShare', 'averageYouthSatisfaction', 'averagePartnerRating', 'orderedHours', 'deliveredHours'] as const) {
    const value = expected[key];
    if (value === null) expect(actual[key], key).toBeNull();
    else expect(actual[key], key).toBeCloseTo(value, 2);
  }
}

async function metricsAs(user: Caller, filter: Record<string, unknown>): Promise<Metrics> {
  return dataOf(await send(system, user, metricsQuery, { filter })).successMetrics;
}

describe('success metrics (rule 15) per provider, institution and quarter', () => {
  it('the demo plan gives the table its cases: completed orders of both units, some in the period and some not, two at one school', () => {
    expect(closed.length).toBe(10);
    const chosen = closed.filter((entry) => inPeriod(entry));
    expect(new Set(chosen.map((entry) => entry.subject.youth.caseworkerUnitId)).size).toBe(2);
    expect(chosen.filter((entry) => entry.subject.order.institutionId === school.id).length).toBe(2);
    expect(chosen.length).toBeLessThan(closed.length);
  });

  it("gives a provider coordinator their own provider's orders completed in the period", async () => {
    const expected = await expectedMetrics(closed.filter((entry) => entry.subject.order.providerId === provider1.id && inPeriod(entry)));
    expect(expected.count).toBeGreaterThan(2);
    expectMetrics(await metricsAs(coordinator1, { providerId: provider1.id, ...period }), expected);
  });

  it('counts another quarter differently: the one before', async () => {
    const expected = await expectedMetrics(closed.filter((entry) => entry.subject.order.providerId === provider1.id && !inPeriod(entry)));
    expect(expected.count).toBe(closed.filter((entry) => !inPeriod(entry)).length);
    expect(expected.count).toBeGreaterThan(0);
    expectMetrics(await metricsAs(coordinator1, { providerId: provider1.id, ...quarterBefore }), expected);
  });

  it("gives a caseworker only their own unit's orders", async () => {
    for (const caseworker of [copenhagen, frederiksberg]) {
      const expected = await expectedMetrics(closed.filter((entry) => entry.subject.youth.caseworkerUnitId === caseworker.org && inPeriod(entry)));
      expect(expected.count).toBeGreaterThan(0);
      expectMetrics(await metricsAs(caseworker, { providerId: provider1.id, ...period }), expected);
    }
  });

  it('gives a caseworker the orders delivered at one institution', async () => {
    const expected = await expectedMetrics(closed.filter((entry) => entry.subject.order.institutionId === school.id && entry.subject.youth.caseworkerUnitId === copenhagen.org && inPeriod(entry)));
    expect(expected.count).toBe(2);
    expectMetrics(await metricsAs('caseworker', { institutionId: school.id, ...period }), expected);
  });

  it('gives institution staff the success criteria of the orders delivered at their institution, the partners\' rating included', async () => {
    const expected = await expectedMetrics(closed.filter((entry) => entry.subject.order.institutionId === school.id && inPeriod(entry)));
    expectMetrics(await metricsAs(staffOf(school.id), { institutionId: school.id, ...period }), expected);
  });

  it("refuses a provider coordinator another provider's metrics", async () => {
    expectForbidden(await send(system, 'provider', metricsQuery, { filter: { providerId: provider1.id, ...period } }), 'successMetrics');
  });

  it("refuses institution staff another institution's metrics", async () => {
    expect(demoUsers.institution!.org).not.toBe(school.id);
    expectForbidden(await send(system, 'institution', metricsQuery, { filter: { institutionId: school.id, ...period } }), 'successMetrics');
  });
});

describe("the national report of the caseworker's unit", () => {
  const report = { from: addDays(today, -20), to: addDays(today, -1) };
  const reportQuery = `#graphql
    query CaseflowNationalReport($from: Date!, $to: Date!) { nationalReport(from: $from, to: $to) }`;

  interface ReportedOrder {
    youth_id: string;
    cpr: string;
    start_date: string;
    end_date: string;
    weekly_hours: number;
  }

  /** The unit's orders that were ACTIVE at some point of the period: started, not ended before it, and delivered (never only placed, rejected or cancelled). */
  async function activeOrdersOf(unit: string): Promise<ReportedOrder[]> {
    return system.databases.orders.query(
      `SELECT y.id::text AS youth_id, y.cpr, to_char(o.start_date, 'YYYY-MM-DD') AS start_date, to_char(o.end_date, 'YYYY-MM-DD') AS end_date, o.weekly_hours::float AS weekly_hours
       FROM mentor_order o JOIN youth y ON y.id = o.youth_id
       WHERE y.caseworker_unit_id = $1 AND o.status IN ('ACTIVE', 'COMPLETED') AND o.start_date <= $3::date AND o.end_date >= $2::date`,
      [unit, report.from, report.to],
    );
  }

  const cells = (line: string) => line.split(';').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
  const danishDate = (date: string) => `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;
  const hasDate = (row: string[], date: string) => row.some((cell) => [date, danishDate(date), danishDate(date).replaceAll('-', '.')].includes(cell));
  /** "Hours and minutes per week": two cells side by side, or one cell such as 1:30; 1.5 hours is 1 hour and 30 minutes. */
  function hasHoursAndMinutes(row: string[], weeklyHours: number): boolean {
    const hours = Math.floor(Math.round(weeklyHours * 60) / 60);
    const minutes = Math.round(weeklyHours * 60) % 60;
    const asNumber = (cell: string | undefined) => (cell !== undefined && /^\d+$/.test(cell) ? Number(cell) : NaN);
    const sideBySide = row.some((cell, index) => asNumber(cell) === hours && asNumber(row[index + 1]) === minutes);
    const oneCell = row.some((cell) => new RegExp(`^0?${hours}\\s*[:.t]\\s*0?${minutes}\\s*(m|min)?$`).test(cell));
    return sideBySide || oneCell;
  }

  async function reportAs(user: Caller) {
    const result = await send(system, user, reportQuery, report, { 'x-request-id': `caseflow-${randomUUID()}` });
    // The gateway's own id, under which the subgraphs keep the request's audit records.
    return { requestId: result.headers.get('x-request-id')!, result };
  }

  it('has a header and one row per order of the unit active in the period, with CPR, dates, hours and minutes per week and the responsible authority', async () => {
    const { result } = await reportAs('caseworker');
    const csv: string = dataOf(result).nationalReport;
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    expect(cells(header!).length).toBeGreaterThanOrEqual(5);
    expect(header).toMatch(/cpr/i);
    const rows = lines.map(cells);
    for (const row of rows) expect(row.length, row.join(';')).toBe(cells(header!).length);

    const expected = await activeOrdersOf(copenhagen.org);
    // The plan's ACTIVE orders of the unit, and the completed orders that ended inside the period.
    const planned = plan.filter(({ youth, order }) => youth.caseworkerUnitId === copenhagen.org && order.status === 'ACTIVE').length;
    expect(expected.length).toBe(planned + closed.filter((entry) => entry.subject.youth.caseworkerUnitId === copenhagen.org && closedOn(entry) >= report.from).length);
    expect(rows.length).toBe(expected.length);

    const unitName = demoOrganisations.find((organisation) => organisation.id === copenhagen.org)!.name;
    for (const order of expected) {
      const matching = rows.filter((row) => row.includes(order.cpr));
      expect(matching.length, `rows for ${order.cpr}`).toBe(1);
      const [row] = matching;
      expect(hasDate(row!, order.start_date), `start date ${order.start_date} in ${row!.join(';')}`).toBe(true);
      expect(hasDate(row!, order.end_date), `end date ${order.end_date} in ${row!.join(';')}`).toBe(true);
      expect(hasHoursAndMinutes(row!, order.weekly_hours), `${order.weekly_hours} h/week in ${row!.join(';')}`).toBe(true);
      expect(row!.some((cell) => cell === unitName || cell === copenhagen.org), `authority in ${row!.join(';')}`).toBe(true);
    }
  });

  it("holds CPR numbers of the unit's youths only", async () => {
    const { result } = await reportAs('caseworker');
    const csv: string = dataOf(result).nationalReport;
    const others: { cpr: string }[] = await system.databases.orders.query(`SELECT cpr FROM youth WHERE caseworker_unit_id <> $1`, [copenhagen.org]);
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter(({ cpr }) => csv.includes(cpr)).map(({ cpr }) => cpr)).toEqual([]);
    const cprs = csv.match(/\d{6}-?\d{4}/g) ?? [];
    const unit: { cpr: string }[] = await system.databases.orders.query(`SELECT cpr FROM youth WHERE caseworker_unit_id = $1`, [copenhagen.org]);
    const ofUnit = new Set(unit.map(({ cpr }) => cpr));
    expect(cprs.filter((cpr) => !ofUnit.has(cpr))).toEqual([]);
  });

  it("gives the Frederiksberg caseworker Frederiksberg's orders", async () => {
    const { result } = await reportAs('caseworker-frb');
    const csv: string = dataOf(result).nationalReport;
    const expected = await activeOrdersOf(frederiksberg.org);
    expect(expected.length).toBeGreaterThan(0);
    const rows = csv.trim().split(/\r?\n/).slice(1).map(cells);
    expect(rows.map((row) => expected.find((order) => row.includes(order.cpr))?.cpr ?? row.join(';')).sort()).toEqual(expected.map((order) => order.cpr).sort());
  });

  it('leaves one audit record per youth in it, as a read of the CPR number', async () => {
    const { requestId, result } = await reportAs('caseworker');
    dataOf(result);
    const expected = await activeOrdersOf(copenhagen.org);
    const records: { youth_id: string; user_id: string; allowed_fields: string[]; outcome: string }[] = await system.databases.orders.query(
      `SELECT youth_id::text AS youth_id, user_id::text AS user_id, allowed_fields, outcome FROM audit_record WHERE request_id = $1 AND youth_id IS NOT NULL`,
      [requestId],
    );
    expect(records.map((record) => record.youth_id).sort()).toEqual(expected.map((order) => order.youth_id).sort());
    for (const record of records) {
      expect(record).toMatchObject({ user_id: copenhagen.sub, outcome: 'ALLOWED' });
      expect(record.allowed_fields.some((field) => field === 'cpr' || field.endsWith('.cpr')), record.allowed_fields.join(',')).toBe(true);
    }
  });

  for (const user of ['provider', 'mentor', 'institution', 'youth-guide', 'social-worker', 'auditor'] as const) {
    it(`is refused to ${demoUsers[user]!.roles.join(', ')}`, async () => {
      const { result } = await reportAs(user);
      expectForbidden(result, 'nationalReport');
      const cprs: { cpr: string }[] = await system.databases.orders.query(`SELECT cpr FROM youth`);
      const body = JSON.stringify(result.body);
      expect(cprs.filter(({ cpr }) => body.includes(cpr))).toEqual([]);
    });
  }
});
