import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoProviders, demoUsers, orderableInstitutions } from '@mentor/testkit';
import { startTestStack, type TestStack } from '../support/stack.js';
import { danishToday, quarterOf } from '../caseflow/flow.js';
import { codeOf } from './expectations.js';
import { plan, YOUTHS } from './world.js';

/**
 * Success metrics cannot be subtracted down to one youth (issue 12, finding 9): only whole ended
 * calendar quarters are counted, so no two permitted periods overlap, and a filter whose answer,
 * taken from the unfiltered one, would leave a group under five is withheld too.
 */

let system: TestStack;
const caseworker = demoUsers.caseworker!;
const providerA = demoProviders[0]!.id;
const providerB = demoProviders[2]!.id;
const school = orderableInstitutions[0]!.id;
/** A quarter long past, which the demo data leaves empty: this file puts eight completed orders in it. */
const quarter = { from: '2019-01-01', to: '2019-03-31' };
/** Eight of the unit's orders: six with provider A and two with provider B, all at one school. */
const chosen = plan.filter(({ youth, order }) => youth.caseworkerUnitId === caseworker.org && order.status === 'ACTIVE').slice(0, 8);
const satisfaction = [5, 4, 4, 3, 5, 4, 1, 2];

const metricsQuery = `#graphql
  query DifferencingMetrics($filter: SuccessFilter!) {
    successMetrics(filter: $filter) { count suppressed completedEducationShare droppedOutShare averageYouthSatisfaction }
  }`;

async function metrics(filter: Record<string, unknown>) {
  return (await system.send('caseworker', { query: metricsQuery, variables: { filter }, operationName: 'DifferencingMetrics' })).body;
}

beforeAll(async () => {
  system = await startTestStack({ youths: YOUTHS });
  for (const [index, { order }] of chosen.entries()) {
    await system.databases.orders.query(
      `UPDATE mentor_order SET status = 'COMPLETED', provider_id = $2, institution_id = $3, outcome_kind = $4, youth_satisfaction = $5,
         start_date = '2018-10-01', end_date = '2019-01-31', activated_on = '2018-10-01', closed_at = '2019-02-15T11:00:00Z'
       WHERE id = $1`,
      [order.id, index < 6 ? providerA : providerB, school, index === 7 ? 'DROPPED_OUT' : 'COMPLETED_EDUCATION', satisfaction[index]],
    );
  }
});

afterAll(async () => {
  await system?.stop();
});

describe('success metrics and differencing', () => {
  it('the quarter holds exactly the eight orders this file put there', async () => {
    expect(chosen).toHaveLength(8);
    const [{ count }] = await system.databases.orders.query(
      `SELECT count(*)::int AS count FROM mentor_order WHERE status = 'COMPLETED' AND closed_at >= '2019-01-01' AND closed_at < '2019-04-01'`,
    );
    expect(count).toBe(8);
  });

  it('a permitted window works: a whole quarter that has ended', async () => {
    const body = await metrics(quarter);
    expect(body.errors).toBeUndefined();
    expect(body.data?.successMetrics).toEqual({ count: 8, suppressed: false, completedEducationShare: 0.875, droppedOutShare: 0.125, averageYouthSatisfaction: 3.5 });
  });

  it('refuses windows that could overlap another, naming the field and the rule, and the running quarter', async () => {
    const refusals: [Record<string, string>, string, string][] = [
      [{ from: '2019-01-01', to: '2019-06-30' }, 'to', 'reportingPeriod'],
      [{ from: '2019-02-01', to: '2019-03-31' }, 'from', 'reportingPeriod'],
      [{ from: '2019-01-01', to: '2019-02-14' }, 'to', 'reportingPeriod'],
      [{ from: '2019-01-01', to: '2019-12-31' }, 'to', 'reportingPeriod'],
    ];
    for (const [window, field, rule] of refusals) {
      const body = await metrics(window);
      expect(body.data?.successMetrics ?? null, JSON.stringify(window)).toBeNull();
      expect(body.errors?.map((error) => ({ code: codeOf(error), field: error.extensions?.field, rule: error.extensions?.rule }))).toEqual([{ code: 'BAD_USER_INPUT', field, rule }]);
    }
    const running = await metrics(quarterOf(danishToday()));
    expect(running.errors?.map((error) => error.extensions?.rule)).toEqual(['periodEnded']);
  });

  it('withholds the provider filter whose complement in the unit is a group under five', async () => {
    const whole = (await metrics(quarter)).data?.successMetrics;
    const ofA = (await metrics({ ...quarter, providerId: providerA })).data?.successMetrics;
    const ofB = (await metrics({ ...quarter, providerId: providerB })).data?.successMetrics;
    // Six of A would be shown on their own, but the unit's eight minus A's six would be B's two.
    expect(ofA).toEqual({ count: 6, suppressed: true, completedEducationShare: null, droppedOutShare: null, averageYouthSatisfaction: null });
    expect(ofB).toMatchObject({ count: 2, suppressed: true, completedEducationShare: null, averageYouthSatisfaction: null });
    expect(whole).toMatchObject({ count: 8, suppressed: false });
    // The school holds all eight: the same group as the unit's, so it is shown like it.
    const atSchool = (await metrics({ ...quarter, institutionId: school })).data?.successMetrics;
    expect(atSchool).toEqual(whole);
    // And both filters together select A's cell alone: withheld like the provider filter.
    expect((await metrics({ ...quarter, providerId: providerA, institutionId: school })).data?.successMetrics).toEqual(ofA);
  });
});
