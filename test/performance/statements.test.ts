import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceNames, statementsIssuedBy, type ServiceName } from '@mentor/common';
import { itemCount, statementBound, workloads, type Workload } from '@mentor/bench/workloads';
import { startTestStack, type TestStack } from '../support/stack.js';

// A count test, not a timing test: the SQL a request costs each subgraph must not grow with the page,
// and stays within one statement per entity type the subgraph reads or writes, plus one per paginated
// connection (`statementBound`, from the workload's `statementBudget`; a subgraph without a budget
// for the workload issues none).
let system: TestStack;

const SMALL = 10;
const LARGE = 200;

beforeAll(async () => {
  // 1,500 youths: every workload's caller sees more than 200 items (institution staff see one in seven).
  system = await startTestStack({ youths: 1500 });
  // The subgraphs' start-up work (the audit purge) is over before anything is counted.
  for (const workload of workloads) await send(workload, SMALL);
});

afterAll(async () => {
  await system?.stop();
});

function statementsSoFar(): Record<ServiceName, number> {
  return Object.fromEntries(serviceNames.map((name) => [name, statementsIssuedBy(system.databases[name])])) as Record<ServiceName, number>;
}

async function send(workload: Workload, first: number) {
  const response = await system.send(workload.user, { query: workload.query, variables: workload.variables(first), operationName: workload.operationName });
  expect(response.status).toBe(200);
  expect(response.body.errors).toBeUndefined();
  return response.body.data;
}

/** The statements each subgraph issued for one request of the workload, and the items it returned. */
async function measure(workload: Workload, first: number): Promise<{ statements: Record<ServiceName, number>; items: number }> {
  const before = statementsSoFar();
  const data = await send(workload, first);
  const after = statementsSoFar();
  const statements = Object.fromEntries(serviceNames.map((name) => [name, after[name] - before[name]])) as Record<ServiceName, number>;
  return { statements, items: itemCount(workload, data) };
}

describe.each(workloads.map((workload) => [workload.name, workload] as const))('the %s query through the gateway', (_, workload) => {
  // One measured request of the small page serves every test of the workload.
  let smallMeasurement: ReturnType<typeof measure> | undefined;
  const smallRequest = () => (smallMeasurement ??= measure(workload, SMALL));

  it(`issues the same SQL statements per subgraph for ${SMALL} and for ${LARGE} items`, async () => {
    const small = await smallRequest();
    const large = await measure(workload, LARGE);
    expect(small.items).toBe(SMALL);
    expect(large.items).toBe(LARGE);
    expect(large.statements, `statements per subgraph: ${LARGE} items against ${SMALL}`).toEqual(small.statements);
  });

  it.each(serviceNames.map((service) => [service, statementBound(workload, service)] as const))(
    '%s issues at most %i statements: one per entity type, one per connection',
    async (service, bound) => {
      const { statements } = await smallRequest();
      expect(statements[service], `${service} statements for one ${workload.name} request`).toBeLessThanOrEqual(bound);
    },
  );
});
