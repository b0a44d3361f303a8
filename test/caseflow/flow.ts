import { expect } from 'vitest';
import { serviceNames, type Identity } from '@mentor/common';
import { demoId, demoOrder, demoProviders, demoYouth, orderableInstitutions, type DemoMentor, type DemoOrder, type DemoYouth } from '@mentor/testkit';
import type { DataSource } from 'typeorm';
import type { Caller, GatewayResult, TestStack } from '../support/stack.js';

/**
 * What the case-flow tests share: the demo plan, the parties that are not demo users (another
 * provider's coordinator, a chosen mentor, another school's staff), requests through the gateway,
 * and the checks every rule test makes: the error names the field and the rule, and no database
 * changed.
 */

export interface Subject {
  youth: DemoYouth;
  order: DemoOrder;
}

export function demoPlan(youths: number): Subject[] {
  return Array.from({ length: youths }, (_, index) => {
    const youth = demoYouth(index);
    return { youth, order: demoOrder(youth) };
  });
}

/** Today in Denmark, as the services count days. */
export function danishToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** The whole calendar quarter `date` falls in: success metrics are counted per quarter that has ended. */
export function quarterOf(date: string): { from: string; to: string } {
  const year = Number(date.slice(0, 4));
  const firstMonth = Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3;
  const day = (month: number, dayOfMonth: number) => new Date(Date.UTC(year, month, dayOfMonth)).toISOString().slice(0, 10);
  return { from: day(firstMonth, 1), to: day(firstMonth + 3, 0) };
}

/** The coordinator of a demo provider; the demo users hold only provider 0's. */
export function coordinatorOf(providerId: string): Identity {
  const index = demoProviders.findIndex((provider) => provider.id === providerId);
  return { sub: demoId('user', `coordinator-${index}`), roles: ['PROVIDER_COORDINATOR'], org: providerId, name: `Koordinator ${demoProviders[index]!.name}` };
}

/** A mentor signs in with their mentor id as `sub` and their provider as `org`. */
export function mentorIdentity(mentor: Pick<DemoMentor, 'id' | 'providerId' | 'firstName' | 'lastName'>): Identity {
  return { sub: mentor.id, roles: ['MENTOR'], org: mentor.providerId, name: `${mentor.firstName} ${mentor.lastName}` };
}

/** A staff member of an orderable demo institution, as the partners seed names them. */
export function staffOf(institutionId: string): Identity {
  const index = orderableInstitutions.findIndex((institution) => institution.id === institutionId);
  return { sub: demoId('user', `staff-${index}`), roles: ['INSTITUTION_STAFF'], org: institutionId, name: `Personale ${orderableInstitutions[index]!.name}` };
}

/** A named operation through the gateway, as the clients send them. */
export function send<T = Record<string, any>>(system: TestStack, user: Caller, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GatewayResult<T>> {
  const operationName = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
  return system.send<T>(user, { query, variables, operationName }, headers);
}

/** The data of a response that must have no errors. */
export function dataOf<T = Record<string, any>>(result: GatewayResult<T>): T {
  expect(result.body.errors ?? [], JSON.stringify(result.body.errors)).toEqual([]);
  expect(result.body.data).toBeTruthy();
  return result.body.data!;
}

export interface RuleExpectation {
  field: string | RegExp;
  /** A rule name where the contract fixes it, else a pattern that names the rule's subject. */
  rule: string | RegExp;
}

/** A refused mutation: one BAD_USER_INPUT error naming the field and the rule, and no data. */
export function expectBadInput(result: GatewayResult, expected: RuleExpectation): void {
  const errors = result.body.errors ?? [];
  const summary = JSON.stringify(errors.map((error) => ({ message: error.message, ...error.extensions })));
  expect(errors.length, `expected one BAD_USER_INPUT error, got ${summary}`).toBeGreaterThan(0);
  const [error] = errors;
  expect({ code: error!.extensions?.code, field: error!.extensions?.field, rule: error!.extensions?.rule }, summary).toEqual({
    code: 'BAD_USER_INPUT',
    field: typeof expected.field === 'string' ? expected.field : expect.stringMatching(expected.field),
    rule: typeof expected.rule === 'string' ? expected.rule : expect.stringMatching(expected.rule),
  });
  const data = result.body.data;
  expect(data === null || data === undefined || Object.values(data).every((value) => value === null), summary).toBe(true);
}

/** Sends a mutation that must be refused with BAD_USER_INPUT on `expected`, and checks that no table changed. */
export async function expectRefusedStoringNothing(system: TestStack, user: Caller, mutation: string, input: Record<string, unknown>, expected: RuleExpectation): Promise<void> {
  const before = await fingerprint(system);
  expectBadInput(await send(system, user, mutation, { input }), expected);
  expect(changedTables(before, await fingerprint(system)), 'tables changed by a refused request').toEqual([]);
}

/** A refused read or write: null with FORBIDDEN. */
export function expectForbidden(result: GatewayResult, field: string): void {
  const errors = result.body.errors ?? [];
  expect(errors.map((error) => error.extensions?.code), JSON.stringify(errors)).toContain('FORBIDDEN');
  expect(result.body.data?.[field] ?? null).toBeNull();
}

/**
 * Every row of every table in the three databases, hashed per table from the rows' text: equal
 * fingerprints before and after a request mean the request stored nothing, whatever table it might
 * have touched, even a change that keeps count(*) and sum(version) (fingerprint.test.ts).
 * The audit trail is left out: reads are audited, whatever the outcome of the write.
 */
export async function fingerprint(system: TestStack): Promise<Record<string, string>> {
  // Replication still on its way would change the outbox's delivery marks and the peer's replica.
  await system.stack.drainOutboxes();
  const result: Record<string, string> = {};
  for (const name of serviceNames) {
    const db = system.databases[name];
    const tables: { table_name: string }[] = await db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('audit_entry', 'migrations') ORDER BY table_name`,
    );
    for (const { table_name: table } of tables) {
      const [row] = await db.query(`SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM "${table}" t`);
      result[`${name}.${table}`] = `${row.rows}:${row.hash}`;
    }
  }
  return result;
}

/** The tables whose fingerprints differ. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((table) => before[table] !== after[table]).sort();
}

/** The tables dated on an order, and how their rows of one order are found. */
const datedOnOrder: [table: string, rowsOfOrder: string][] = [
  ['mentor_order', 'id = $1'],
  ['mentor_agreement', 'order_id = $1'],
  ['schedule_entry', 'schedule_id IN (SELECT id FROM schedule WHERE order_id = $1)'],
  ['schedule', 'order_id = $1'],
  ['mentor_session', 'order_id = $1'],
  ['follow_up', 'order_id = $1'],
  ['effect_assessment', 'order_id = $1'],
  ['order_extension', 'order_id = $1'],
];

/**
 * Moves an order and everything dated on it `days` days (negative: into the past), as if that time
 * had passed: every date and time column of the order's rows but `updated_at`. The tests' way to
 * log sessions on days that a schedule, published a day ahead, planned.
 */
export async function moveOrderInTime(db: DataSource, orderId: string, days: number): Promise<void> {
  await db.transaction(async (manager) => {
    for (const [table, rowsOfOrder] of datedOnOrder) {
      const columns: { column_name: string; data_type: string }[] = await manager.query(
        `SELECT column_name, data_type FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name = $1 AND column_name <> 'updated_at' AND (data_type = 'date' OR data_type LIKE 'timestamp%')`,
        [table],
      );
      const shifts = columns.map(({ column_name: column, data_type: type }) =>
        type === 'date' ? `"${column}" = "${column}" + $2::int` : `"${column}" = "${column}" + make_interval(days => $2::int)`,
      );
      if (shifts.length) await manager.query(`UPDATE ${table} SET ${shifts.join(', ')} WHERE ${rowsOfOrder}`, [orderId, days]);
    }
  });
}

const cprWeights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/**
 * A CPR number for a birth date that passes modulus 11, with a 7th digit that gives the right
 * century, and that no youth in `db` has yet.
 */
export async function freshCpr(db: DataSource, birthDate: string): Promise<string> {
  const [year, month, day] = birthDate.split('-') as [string, string, string];
  const datePart = `${day}${month}${year.slice(2)}`;
  const centuryDigit = Number(year) >= 2000 ? 4 : 0;
  for (let serial = 0; serial < 1000; serial++) {
    const prefix = `${datePart}${centuryDigit}${String(serial).padStart(2, '0')}`;
    const partial = [...prefix].reduce((sum, digit, index) => sum + Number(digit) * cprWeights[index]!, 0);
    const last = (11 - (partial % 11)) % 11;
    if (last === 10) continue;
    const cpr = `${prefix.slice(0, 6)}-${prefix.slice(6)}${last}`;
    const [taken] = await db.query('SELECT 1 FROM youth WHERE cpr = $1', [cpr]);
    if (!taken) return cpr;
  }
  throw new Error(`No free CPR number for ${birthDate}`);
}

/** A birth date that makes the youth `age` today. */
export function birthDateForAge(age: number, today: string): string {
  return addDays(`${Number(today.slice(0, 4)) - age}${today.slice(4)}`.replace('-02-29', '-02-28'), -40);
}

export const dueListSelection = `#graphql
  id
  awaitingAcceptance { id }
  awaitingMentor { id }
  followUpsDue { id }
  effectAssessmentsDue { id }
  underDelivering { id }
  missedWeeklyContacts { id }
`;

export type DueListName = 'awaitingAcceptance' | 'awaitingMentor' | 'followUpsDue' | 'effectAssessmentsDue' | 'underDelivering' | 'missedWeeklyContacts';
export const dueListNames: DueListName[] = ['awaitingAcceptance', 'awaitingMentor', 'followUpsDue', 'effectAssessmentsDue', 'underDelivering', 'missedWeeklyContacts'];

/** The due lists of `user`'s organisation that hold the order. */
export async function dueListsHolding(system: TestStack, user: Caller, orderId: string, org: string): Promise<DueListName[]> {
  const { dueList } = dataOf(await send(system, user, `#graphql
    query CaseflowDueList { dueList { ${dueListSelection} } }`));
  expect(dueList.id).toBe(org);
  return dueListNames.filter((name) => (dueList[name] as { id: string }[]).some((order) => order.id === orderId));
}
