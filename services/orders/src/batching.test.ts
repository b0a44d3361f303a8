import { type Identity } from '@mentor/common';
import { demoUsers } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLoaders } from './loaders.js';
import { startHarness, type OrdersHarness } from './testing/harness.js';

/**
 * With the field rules on, a list costs the same number of SQL statements however long it is: the
 * relation facts the rules decide from come from loaders, primed by the statements that read the
 * rows (so no statement of their own when the rows came from here), and the audit trail writes
 * every youth the request read in one INSERT when it is done.
 */

const YOUTHS = 120;
let harness: OrdersHarness;

beforeAll(async () => {
  harness = await startHarness('orders_batching', { youths: YOUTHS });
});

afterAll(async () => {
  await harness?.stop();
});

async function statementsFor(identity: Identity, query: string, first: number): Promise<{ all: string[]; data: string[]; audit: number }> {
  const before = harness.statements.count;
  const response = await harness.call<{ youths: { edges: unknown[] } }>(identity, query, { first });
  // A provider is refused some of the fields; that is the point, not a failure.
  expect((response.body.errors ?? []).filter((error) => error.extensions?.code !== 'FORBIDDEN')).toEqual([]);
  expect(response.body.data!.youths.edges).toHaveLength(first);
  return { all: harness.statements.statements.slice(before), data: harness.statements.dataStatementsSince(before), audit: harness.statements.auditInsertsSince(before) };
}

/** The facts loaders' own statements, which select the facts and nothing else. */
const YOUTH_FACTS = /^SELECT json_build_object\('id', y\.id,[^]*\) AS youth_facts FROM youth y WHERE/;
const ORDER_FACTS = /^SELECT json_build_object\('id', o\.id,[^]*\) AS order_facts FROM mentor_order o WHERE/;
const matching = (statements: string[], pattern: RegExp) => statements.filter((statement) => pattern.test(statement)).length;

describe('batching with the rules on', () => {
  test('the patterns below match the facts loaders’ own statements', async () => {
    const [order] = (await harness.db.query('SELECT id, youth_id FROM mentor_order LIMIT 1')) as [{ id: string; youth_id: string }];
    const loaders = createLoaders(harness.db, demoUsers.caseworker!);
    const before = harness.statements.count;
    await Promise.all([loaders.youthFacts.load(order.youth_id), loaders.orderFacts.load(order.id)]);
    const statements = harness.statements.statements.slice(before);
    expect(statements).toHaveLength(2);
    expect(matching(statements, YOUTH_FACTS)).toBe(1);
    expect(matching(statements, ORDER_FACTS)).toBe(1);
  });

  test('a page of youths with personal fields: the same statements for 5 and for 50: the page (its count and facts with it), one audit INSERT', async () => {
    const query = '#graphql\nquery Y($first: Int) { youths(first: $first) { edges { node { id firstName lastName cpr birthDate phone email specialNeeds healthNotes caseNotes ageGroup } } } }';
    const few = await statementsFor(demoUsers.caseworker!, query, 5);
    const many = await statementsFor(demoUsers.caseworker!, query, 50);
    expect(many.all).toHaveLength(few.all.length);
    expect(many.all.length).toBe(2); // the page with its count and its youths' facts, the audit
    expect(matching(many.all, YOUTH_FACTS)).toBe(0);
    expect(many.audit).toBe(1);
  });

  test('youths with their orders, case content, schedules and journal notes: constant in the page size', async () => {
    const query = `#graphql
      query Y($first: Int) {
        youths(first: $first) {
          edges { node { id firstName specialNeeds targetGroup
            orders { edges { node { id status goal tasks targetGroup agreement { goal signedOn } youth { lastName }
              schedules { entries { date duringTeachingHours } } sessions(first: 3) { edges { node { date journalNote } } } followUps { date } outcome { kind note } } } }
          } }
        }
      }
    `;
    for (const identity of [demoUsers.caseworker!, demoUsers.provider!]) {
      const few = await statementsFor(identity, query, 5);
      const many = await statementsFor(identity, query, 50);
      expect(many.data, identity.roles[0]).toHaveLength(few.data.length);
      expect(matching(many.data, YOUTH_FACTS)).toBe(0);
      expect(matching(many.data, ORDER_FACTS)).toBe(0);
      // The youths' fields, the orders' case content, Order.youth's fields, the journal notes: one INSERT for all of them, whatever the page size.
      for (const { audit } of [few, many]) expect(audit).toBe(1);
    }
  });

  test('the audit trail keeps one record per youth for the whole request', async () => {
    const requestId = 'batching-audit';
    const response = await harness.call<{ youths: { edges: { node: { id: string } }[] } }>(
      demoUsers.caseworker!,
      '#graphql\n{ youths(first: 50) { edges { node { id firstName orders { edges { node { goal } } } } } } }',
      {},
      { 'x-request-id': requestId },
    );
    const rows: { youth_id: string; allowed_fields: string[] }[] = await harness.db.query('SELECT youth_id, allowed_fields FROM audit_record WHERE request_id = $1', [requestId]);
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((row) => row.youth_id))).toEqual(new Set(response.body.data!.youths.edges.map((edge) => edge.node.id)));
    for (const row of rows) expect([...row.allowed_fields].sort()).toEqual(['Order.goal', 'Youth.firstName', 'Youth.orders']);
  });
});
