import fc from 'fast-check';
import { getNamedType, isInputObjectType, type GraphQLField, type GraphQLInputObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceNames, type ServiceName } from '@mentor/common';
import { startTestStack, type TestStack } from '../support/stack.js';
import { changedTables, isVariableRefusal, leaks, storedStates, stringsIn, type ErrorShape } from './checks.js';
import { hostileVariants, type Change } from './hostile.js';
import { mutationCases, type MutationCase, type World } from './mutations.js';

/**
 * Random and malformed input for every mutation of the three subgraphs, through the gateway, from
 * the caller allowed to send it: SQL, 100k-character strings, invalid dates, negative and
 * fractional numbers, unknown enum values, wrong ids. A refusal must be a deliberate one
 * (BAD_USER_INPUT naming the field, FORBIDDEN, NOT_FOUND, CONFLICT, or the schema's own refusal of
 * a variable), never an internal error, never with a stack or SQL in it, and must store nothing.
 *
 * The cases are drawn with fast-check from a fixed seed and run one after another against one
 * stack. They are not shrunk: the databases change between runs, so a shrunk case would replay
 * against another state. Every run's problems are collected, so a failure lists them all.
 */

const RUNS = 25;
const SEED = 20_261_123;
/** Codes a refusal of hostile input may carry; anything else is a defect. */
const refusalCodes = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

let system: TestStack;
let counter = 0;
const world = (): World => ({ system, unique: () => ++counter });

beforeAll(async () => {
  // Enough youths that the runs do not use up the records a mutation needs (PLACED orders, ACTIVE enrollments).
  system = await startTestStack({ youths: 120 });
});

afterAll(async () => {
  await system?.stop();
});

/** The mutations a client can send: every subgraph's, less the internal ones (`@inaccessible`). */
function servedMutations(): { service: ServiceName; field: GraphQLField<unknown, unknown> }[] {
  return serviceNames.flatMap((service) =>
    Object.values(system.stack.subgraphs[service].schema.getMutationType()?.getFields() ?? {})
      .filter((field) => !field.astNode?.directives?.some((directive) => directive.name.value === 'inaccessible'))
      .map((field) => ({ service, field })),
  );
}

function inputTypeOf(testCase: MutationCase): GraphQLInputObjectType {
  const field = system.stack.subgraphs[testCase.service].schema.getMutationType()?.getFields()[testCase.field];
  const type = field && getNamedType(field.args.find((arg) => arg.name === 'input')?.type);
  if (!type || !isInputObjectType(type)) throw new Error(`${testCase.service} has no mutation ${testCase.field}(input: …)`);
  return type;
}

async function send(testCase: MutationCase, input: Record<string, unknown>) {
  const operationName = `Hardening_${testCase.field}`;
  const query = `#graphql
    mutation ${operationName}($input: ${inputTypeOf(testCase).name}!) { ${testCase.field}(input: $input) { __typename } }`;
  return system.send(testCase.caller, { query, variables: { input }, operationName });
}

const describeChanges = (changes: Change[]) => changes.map((change) => `${change.path} = ${change.label}`).join(', ');

/** A message as short as a report line: what the caller sent shows as <sent>. */
function brief(message: string, sent: string[]): string {
  let text = message;
  for (const value of sent.filter((candidate) => candidate.length > 40)) text = text.split(value).join('<sent>');
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Problems grouped by what went wrong, each with up to three of the inputs that showed it. */
class Problems {
  private readonly found = new Map<string, string[]>();

  add(problem: string, example: string): void {
    const examples = this.found.get(problem) ?? [];
    if (examples.length < 3 && !examples.includes(example)) examples.push(example);
    this.found.set(problem, examples);
  }

  list(): string[] {
    return [...this.found].map(([problem, examples]) => `${problem} — with ${examples.join(' | ')}`);
  }
}

describe('hostile input to every mutation', () => {
  it('has a case for every mutation the gateway serves', () => {
    const served = servedMutations().map(({ service, field }) => `${service}.${field.name}`).sort();
    expect(served.length).toBeGreaterThan(30);
    expect(mutationCases.map((testCase) => `${testCase.service}.${testCase.field}`).sort()).toEqual(served);
  });

  for (const [index, testCase] of mutationCases.entries()) {
    it(`${testCase.field}: refused cleanly and nothing stored`, async () => {
      const problems = new Problems();
      // The valid input works, so the refusals below come from the hostile values, not the caller or the record.
      const control = await send(testCase, await testCase.valid(world()));
      if (control.body.errors || control.body.data?.[testCase.field] == null) {
        problems.add('the valid input was not accepted', JSON.stringify(control.body.errors ?? control.body).slice(0, 300));
      }

      let ruleRefusals = 0;
      const variants = fc.sample(hostileVariants(inputTypeOf(testCase), await testCase.valid(world())), { numRuns: RUNS, seed: SEED + index });
      for (const variant of variants) {
        const { input, changes } = variant(await testCase.valid(world()));
        const before = await storedStates(system.databases);
        const response = await send(testCase, input);
        const after = await storedStates(system.databases);
        const errors = (response.body.errors ?? []) as ErrorShape[];
        const accepted = response.body.data?.[testCase.field] != null;
        const what = describeChanges(changes);
        const sent = stringsIn(input);

        if (response.status >= 500) problems.add(`HTTP ${response.status}`, what);
        for (const error of errors) {
          const code = error.extensions?.code;
          if (code === undefined ? !isVariableRefusal(error) : !refusalCodes.has(String(code))) {
            problems.add(`${String(code ?? 'no code')} "${brief(error.message, sent)}"`, what);
          }
          const byRule = code === 'BAD_USER_INPUT' && !error.message.startsWith('Variable "$');
          if (byRule && !error.extensions?.field) problems.add(`BAD_USER_INPUT without the field: "${brief(error.message, sent)}"`, what);
          if (byRule) ruleRefusals++;
          for (const leak of leaks(error, sent)) problems.add(`leaks ${leak}`, what);
        }
        if (accepted && errors.length) problems.add(`accepted, but with errors ${JSON.stringify(errors.map((error) => error.extensions?.code))}`, what);
        for (const change of changes.filter((candidate) => candidate.mustRefuse)) {
          if (accepted) problems.add(`accepted ${change.path} = ${change.label}`, what);
        }
        if (!accepted && !errors.length) problems.add('neither data nor an error', what);
        if (!accepted) for (const change of changedTables(before, after)) problems.add(`refused, but stored: ${change}`, what);
      }
      // Some hostile values got past the schema to the service's own input rules.
      if (!ruleRefusals) problems.add('no run reached the input rules (no BAD_USER_INPUT naming a field)', `${RUNS} runs`);
      expect(problems.list()).toEqual([]);
    });
  }

  it('left every table the injected SQL names in place, with its rows', async () => {
    const [{ youths }] = (await system.databases.orders.query('SELECT count(*)::int AS youths FROM youth')) as [{ youths: number }];
    const [{ orders }] = (await system.databases.orders.query('SELECT count(*)::int AS orders FROM mentor_order')) as [{ orders: number }];
    const [{ consents }] = (await system.databases.partners.query('SELECT count(*)::int AS consents FROM consent')) as [{ consents: number }];
    expect(youths).toBeGreaterThanOrEqual(120);
    expect(orders).toBeGreaterThanOrEqual(120);
    expect(consents).toBeGreaterThan(0);
  });
});
