import { demoUsers, type Identity } from '@mentor/common';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHarness, type OrdersHarness } from './test-harness.js';

/**
 * With the field rules on, a list costs the same number of SQL statements however long it is: the
 * relation facts the rules decide from come from loaders (one statement per batch), and the audit
 * trail writes every youth of one level of the query in one INSERT.
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

const YOUTH_FACTS = /FROM youth y LEFT JOIN mentor_order o ON o\.youth_id = y\.id/;
const ORDER_FACTS = /FROM mentor_order o JOIN youth y ON y\.id = o\.youth_id/;
const matching = (statements: string[], pattern: RegExp) => statements.filter((statement) => pattern.test(statement)).length;

describe('batching with the rules on', () => {
  test('a page of youths with personal fields: the same statements for 5 and for 50, one relation query, one audit INSERT', async () => {
    const query = '#graphql\nquery Y($first: Int) { youths(first: $first) { edges { node { id firstName lastName cpr birthDate phone email specialNeeds healthNotes caseNotes ageGroup } } } }';
    const few = await statementsFor(demoUsers.caseworker!, query, 5);
    const many = await statementsFor(demoUsers.caseworker!, query, 50);
    expect(many.all).toHaveLength(few.all.length);
    expect(many.all.length).toBe(4); // count, page, relation facts, audit
    expect(matching(many.all, YOUTH_FACTS)).toBe(1);
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
      expect(matching(many.data, YOUTH_FACTS)).toBe(1);
      expect(matching(many.data, ORDER_FACTS)).toBe(1);
      // The youths' fields, the orders' case content, Order.youth's fields, the journal notes: at most one INSERT each, whatever the page size.
      for (const { audit } of [few, many]) {
        expect(audit).toBeGreaterThanOrEqual(2);
        expect(audit).toBeLessThanOrEqual(4);
      }
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
