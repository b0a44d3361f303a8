import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '@mentor/testkit';
import { startTestStack, type TestStack } from '../support/stack.js';
import { allowedProblems, deniedProblems, leaked } from './expectations.js';
import { personalValues, plan, readList, YOUTHS, type Subject } from './world.js';

/**
 * *Provider's* means placed with the provider (issue 12, finding 4): a youth whose only order with
 * the provider is a DRAFT is not the provider's at all; after an order ends the provider keeps its
 * facts, but the youth's contact data, target group and legal basis only for 30 days, as a mentor.
 */

let system: TestStack;
const provider = demoUsers.provider!;

/** Four of the provider's youths, one order each, put in the states the rule draws its lines between. */
const ofProvider = plan.filter(({ order }) => order.providerId === provider.org && order.status === 'ACTIVE');
const draft = ofProvider[0]!;
const placed = ofProvider[1]!;
const endedLongAgo = ofProvider[2]!;
const endedRecently = ofProvider[3]!;
const rejectedLongAgo = ofProvider[4]!;

const youthQuery = `#graphql
  query ProviderEdgeYouth($id: ID!) {
    youth(id: $id) { id firstName lastName phone email targetGroup legalBasis orders(first: 5) { edges { node { id status goal targetGroup legalBasis } } } }
  }`;
const orderQuery = `#graphql
  query ProviderEdgeOrder($id: ID!) { order(id: $id) { id reference status weeklyHours goal targetGroup legalBasis youth { firstName phone } } }`;

async function gateway(query: string, variables: Record<string, unknown>) {
  const operationName = /query\s+(\w+)/.exec(query)?.[1];
  return (await system.send('provider', { query, variables, operationName })).body;
}

async function setOrder(subject: Subject, status: string, closedDaysAgo: number | null): Promise<void> {
  await system.databases.orders.query(
    `UPDATE mentor_order SET status = $2, mentor_id = CASE WHEN $2 IN ('DRAFT', 'PLACED', 'REJECTED') THEN NULL ELSE mentor_id END,
       closed_at = CASE WHEN $3::int IS NULL THEN NULL ELSE now() - make_interval(days => $3::int) END,
       rejection_reason = CASE WHEN $2 = 'REJECTED' THEN 'Ingen ledig mentor' END,
       outcome_kind = CASE WHEN $2 = 'COMPLETED' THEN 'COMPLETED_EDUCATION' END, version = version + 1
     WHERE id = $1`,
    [subject.order.id, status, closedDaysAgo],
  );
}

beforeAll(async () => {
  system = await startTestStack({ youths: YOUTHS });
  const subjects = [draft, placed, endedLongAgo, endedRecently, rejectedLongAgo];
  await system.databases.orders.query(
    `UPDATE youth SET phone = COALESCE(phone, '3' || substr(translate(id::text, 'abcdef-', '123456'), 1, 7)),
       email = COALESCE(email, 'ung' || substr(id::text, 1, 8) || '@example.dk') WHERE id = ANY($1)`,
    [subjects.map(({ youth }) => youth.id)],
  );
  await setOrder(draft, 'DRAFT', null);
  await setOrder(placed, 'PLACED', null);
  await setOrder(endedLongAgo, 'COMPLETED', 31);
  await setOrder(endedRecently, 'COMPLETED', 29);
  await setOrder(rejectedLongAgo, 'REJECTED', 31);
});

afterAll(async () => {
  await system?.stop();
});

describe("a provider coordinator and orders that are not, or no longer, fully the provider's", () => {
  it('the demo plan gives five youths with exactly one order each, with the provider', async () => {
    const subjects = [draft, placed, endedLongAgo, endedRecently, rejectedLongAgo];
    expect(subjects.every(Boolean)).toBe(true);
    const rows: { youth_id: string; orders: number }[] = await system.databases.orders.query(
      `SELECT youth_id, count(*)::int AS orders FROM mentor_order WHERE youth_id = ANY($1) GROUP BY youth_id`,
      [subjects.map(({ youth }) => youth.id)],
    );
    expect(rows.map((row) => row.orders)).toEqual([1, 1, 1, 1, 1]);
  });

  it('sees nothing of a youth whose only order with the provider is a DRAFT: not the youth, not the order, not in any list', async () => {
    const youth = await gateway(youthQuery, { id: draft.youth.id });
    expect(youth.data).toEqual({ youth: null });
    const order = await gateway(orderQuery, { id: draft.order.id });
    expect(order.data?.order ?? null).toBeNull();
    const lists = [await readList(system, 'provider', 'youths'), await readList(system, 'provider', 'orders')].map((list) => list.bodies);
    const secrets = await personalValues(system, draft.youth.id);
    expect(leaked([youth, order, lists], [...secrets, draft.youth.id, draft.order.id])).toEqual([]);
    // The same lists do hold the placed one: the DRAFT is left out, not the provider's youths.
    expect(leaked(lists, [placed.youth.id, placed.order.id])).toEqual([placed.youth.id, placed.order.id]);
  });

  it('sees everything the matrix gives a provider of a youth whose order is PLACED', async () => {
    const body = await gateway(youthQuery, { id: placed.youth.id });
    expect(allowedProblems(body, ['youth'], ['firstName', 'phone', 'email', 'targetGroup', 'legalBasis', 'orders.edges.*.node.targetGroup', 'orders.edges.*.node.legalBasis'])).toEqual([]);
  });

  for (const [label, subject] of [
    ['completed', () => endedLongAgo],
    ['rejected', () => rejectedLongAgo],
  ] as const) {
    it(`keeps the facts of an order ${label} 31 days ago, but not the youth's contact data, target group or legal basis`, async () => {
      const { youth: ofYouth, order } = subject();
      const youth = await gateway(youthQuery, { id: ofYouth.id });
      expect([
        ...allowedProblems(youth, ['youth'], ['id', 'firstName', 'lastName', 'orders.edges.*.node.status', 'orders.edges.*.node.goal']),
        ...deniedProblems(youth, ['youth'], ['phone', 'email', 'targetGroup', 'legalBasis', 'orders.edges.*.node.targetGroup', 'orders.edges.*.node.legalBasis']),
      ]).toEqual([]);
      const ofOrder = await gateway(orderQuery, { id: order.id });
      expect([
        ...allowedProblems(ofOrder, ['order'], ['id', 'reference', 'status', 'weeklyHours', 'goal', 'youth.firstName']),
        ...deniedProblems(ofOrder, ['order'], ['targetGroup', 'legalBasis', 'youth.phone']),
      ]).toEqual([]);
      const [stored] = await system.databases.orders.query(`SELECT phone, email, target_group, legal_basis FROM youth WHERE id = $1`, [ofYouth.id]);
      expect(leaked([youth, ofOrder], [stored.phone, stored.email, stored.legal_basis])).toEqual([]);
    });
  }

  it('still reads them for an order that ended 29 days ago', async () => {
    const body = await gateway(youthQuery, { id: endedRecently.youth.id });
    expect(allowedProblems(body, ['youth'], ['firstName', 'phone', 'email', 'targetGroup', 'legalBasis', 'orders.edges.*.node.targetGroup'])).toEqual([]);
  });
});
