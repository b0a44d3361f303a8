import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '@mentor/testkit';
import { startTestStack, type Caller, type TestStack } from '../support/stack.js';
import { codeOf, errorShapes, leaked } from './expectations.js';
import { plan, YOUTHS } from './world.js';

/**
 * registerYouth with a CPR number another unit has registered (issue 12, finding 8): the answer
 * names neither the youth nor the unit and is the same whoever has the youth; nothing is stored but
 * an audit record of the refused registration, on that youth, which the auditor reads. In the
 * caller's own unit, which sees the youth anyway, it still says the youth is registered.
 */

let system: TestStack;
const copenhagen = demoUsers.caseworker!;
const frederiksberg = demoUsers['caseworker-frb']!;
const copenhagenYouths = plan.filter(({ youth }) => youth.caseworkerUnitId === copenhagen.org).slice(0, 2);
const frederiksbergYouth = plan.find(({ youth }) => youth.caseworkerUnitId === frederiksberg.org)!;

const register = `#graphql
  mutation RegisterElsewhere($input: RegisterYouthInput!) { registerYouth(input: $input) { id cpr firstName caseworkerUnitId } }`;
const auditLog = `#graphql
  query RegisterElsewhereAudit($id: ID!) { auditLog(youthId: $id) { records { userId unit fields deniedFields purpose outcome } } }`;

function input(cpr: string) {
  return {
    firstName: 'Mads',
    lastName: 'Berg',
    cpr,
    address: 'Nørrebrogade 1, 2200 København N',
    targetGroup: 'YOUTH_TRANSITION_TO_EDUCATION',
    legalBasis: 'LAB § 31 b',
  };
}

async function gateway(user: Caller, query: string, variables: Record<string, unknown>) {
  const operationName = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
  return (await system.send(user, { query, variables, operationName })).body;
}

/** The registered youth as orders stores it: the CPR number to register again, and the names no refusal may carry. */
async function registered(youthId: string): Promise<{ cpr: string; firstName: string; lastName: string }> {
  const [row] = await system.databases.orders.query(`SELECT cpr, first_name AS "firstName", last_name AS "lastName" FROM youth WHERE id = $1`, [youthId]);
  return row;
}

async function youthsWithCpr(cpr: string): Promise<number> {
  const [row] = await system.databases.orders.query(`SELECT count(*)::int AS count FROM youth WHERE cpr = $1`, [cpr]);
  return row.count;
}

beforeAll(async () => {
  system = await startTestStack({ youths: YOUTHS });
});

afterAll(async () => {
  await system?.stop();
});

describe('registering a CPR number another unit has registered', () => {
  it('is refused alike for any youth of any other unit, naming neither, and stores no youth', async () => {
    expect(copenhagenYouths.length).toBe(2);
    const answers = [];
    for (const [user, { youth }] of [
      [frederiksberg, copenhagenYouths[0]!],
      [frederiksberg, copenhagenYouths[1]!],
      [copenhagen, frederiksbergYouth],
    ] as const) {
      const { cpr, firstName, lastName } = await registered(youth.id);
      const body = await gateway(user, register, { input: input(cpr) });
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.map(codeOf)).toEqual(['FORBIDDEN']);
      expect(body.errors?.[0]?.extensions?.field).toBeUndefined();
      expect(leaked(body, [youth.id, youth.caseworkerUnitId, firstName, lastName, 'already registered', 'CPR number exists'])).toEqual([]);
      expect(await youthsWithCpr(cpr)).toBe(1);
      answers.push(errorShapes(body));
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('is audited on the youth as a refused registration, which the auditor reads', async () => {
    const { youth } = copenhagenYouths[0]!;
    const body = await gateway('auditor', auditLog, { id: youth.id });
    const records = (body.data?.auditLog as { records: { userId: string; unit: string; fields: string[]; deniedFields: string[]; outcome: string }[] }).records;
    const refused = records.filter((record) => record.deniedFields.includes('Mutation.registerYouth.registeredElsewhere'));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ userId: frederiksberg.sub, unit: frederiksberg.org, fields: [], outcome: 'DENIED' });
  });

  it("still says so in the caller's own unit, which sees the youth anyway", async () => {
    const { youth } = copenhagenYouths[0]!;
    const { cpr } = await registered(youth.id);
    const body = await gateway(copenhagen, register, { input: input(cpr) });
    expect(body.errors?.map(codeOf)).toEqual(['CONFLICT']);
    expect(body.errors?.[0]?.message).toContain('already registered in your unit');
    expect(await youthsWithCpr(cpr)).toBe(1);
  });

  it('registers a CPR number nobody has registered', async () => {
    const body = await gateway(frederiksberg, register, { input: input('010101-4321') });
    expect(body.errors).toBeUndefined();
    expect(body.data?.registerYouth).toMatchObject({ cpr: '010101-4321', caseworkerUnitId: frederiksberg.org });
  });
});
