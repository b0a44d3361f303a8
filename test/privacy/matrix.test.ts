import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack.js';
import { allowedProblems, deniedProblems, errorShapes, leaked, reach, type Path, type ResponseBody } from './expectations.js';
import { canListOrders, columns, fieldGroups, isAllowed, type Cell, type FieldGroup, type RoleColumn } from './matrix.js';
import { chooseWorld, personalValues, plan, prepareWorld, readList, userOf, YOUTHS, type Subject, type World } from './world.js';

/**
 * DESIGN §4 through the gateway, generated from the table in matrix.ts: for every role and every
 * field group, on a youth the role relates to, an allowed cell reads a value and a denied cell reads
 * null with FORBIDDEN at that path; a youth the role does not relate to is not there at all.
 */

let system: TestStack;
let world: World;

beforeAll(async () => {
  system = await startTestStack({ youths: YOUTHS });
  world = await chooseWorld(system);
  await prepareWorld(system, world);
});

afterAll(async () => {
  await system?.stop();
});

/** A read of the group on one youth by id: the query, where the group's root is, and its reads from the youth. */
function byId(group: FieldGroup): { query: string; operationName: string; base: Path; reads: string[]; roots: (data: unknown) => unknown[] } {
  switch (group.root) {
    case 'Youth':
      return {
        query: `#graphql
          query MatrixYouth($id: ID!) { youth(id: $id) { ${group.selection} } }`,
        operationName: 'MatrixYouth',
        base: ['youth'],
        reads: group.reads,
        roots: (data) => [valueAt(data, ['youth'])],
      };
    case 'Order':
      return {
        query: `#graphql
          query MatrixYouthOrders($id: ID!) { youth(id: $id) { orders(first: 2) { edges { node { id ${group.selection} } } } } }`,
        operationName: 'MatrixYouthOrders',
        base: ['youth'],
        reads: group.reads.map((read) => `orders.edges.*.node.${read}`),
        roots: (data) => reach(data, ['youth'], 'orders.edges.*.node').flatMap((end) => (end.kind === 'value' ? [end.value] : [])),
      };
    case 'Query':
      return {
        query: `#graphql
          query MatrixRoot($id: ID!) { ${group.selection} }`,
        operationName: 'MatrixRoot',
        base: [],
        reads: group.reads,
        roots: (data) => [data],
      };
  }
}

/** A read of the group through one order of the `orders` list: the node itself, or its youth. */
function throughOrders(group: FieldGroup) {
  const onNode = group.root === 'Order' ? group.selection : `youth { ${group.selection} }`;
  return `#graphql
    query MatrixOrders($after: String) { orders(first: 1, after: $after) { edges { node { id ${onNode} } } } }`;
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), data);
}

/** What is wrong with a response to a read of `group`, for a caller the table gives `cell`. */
function cellProblems(body: ResponseBody, base: Path, reads: string[], roots: unknown[], group: FieldGroup, cell: Cell, column: RoleColumn, related: boolean): string[] {
  if (!isAllowed(cell)) return deniedProblems(body, base, reads, related ? {} : { quietRoot: base });
  const problems = allowedProblems(body, base, reads);
  if (cell !== '✓') {
    const narrowing = group.narrowing?.[cell];
    if (!narrowing) problems.push(`the table says "${cell}" for ${column.role} on ${group.name}, and there is no check of what it narrows`);
    else problems.push(...narrowing(roots, userOf(column)));
  }
  return problems;
}

/** The youth the role reads on: one it relates to; for a group of any youth, or a role related to none, the first active case. */
function subjectFor(column: RoleColumn, group: FieldGroup): Subject {
  const related = world.related[column.role];
  if (isAllowed(group.cells[column.role]) && !group.ofAnyYouth) {
    expect(related, `the table allows ${column.role} "${group.name}", but the demo plan relates it to no youth`).not.toBeNull();
  }
  return related ?? plan.find(({ order }) => order.status === 'ACTIVE')!;
}

const youthSelections = fieldGroups
  .map((group) => (group.root === 'Youth' ? group.selection : group.root === 'Order' ? `orders(first: 2) { edges { node { id ${group.selection} } } }` : ''))
  .filter(Boolean);

describe.each(columns.map((column) => ({ ...column, column })))('$role ($relation)', ({ column }) => {
  describe.each(fieldGroups.map((group) => ({ ...group, group })))('$name', ({ group }) => {
    const cell = group.cells[column.role];

    it(`${cell} through ${group.root === 'Query' ? 'the root field' : 'youth(id:)'}`, async () => {
      const subject = subjectFor(column, group);
      const read = byId(group);
      const { status, body } = await system.send(column.user, { query: read.query, variables: { id: subject.youth.id }, operationName: read.operationName });
      expect(status).toBe(200);
      const related = world.related[column.role] !== null;
      expect(cellProblems(body, read.base, read.reads, read.roots(body.data), group, cell, column, related)).toEqual([]);
    });

    if (group.root !== 'Query' && canListOrders(column.role)) {
      it(`${cell} through orders { edges { node ${group.root === 'Order' ? '{ … }' : '{ youth { … } }'} } }`, async () => {
        const subject = subjectFor(column, group);
        const { cursorBefore } = await readList(system, column.user, 'orders');
        expect(cursorBefore.has(subject.order.id), 'the order of the related youth is listed').toBe(true);
        const { status, body } = await system.send(column.user, {
          query: throughOrders(group),
          variables: { after: cursorBefore.get(subject.order.id) },
          operationName: 'MatrixOrders',
        });
        expect(status).toBe(200);
        const node = valueAt(body.data, ['orders', 'edges', 0, 'node']);
        // A node erased by a denial below it is for cellProblems to explain; one that is there is the order asked for.
        if (node !== null) expect(valueAt(node, ['id']), `the page holds the order; errors: ${JSON.stringify(body.errors ?? [])}`).toBe(subject.order.id);
        const base: Path = group.root === 'Order' ? ['orders', 'edges', 0, 'node'] : ['orders', 'edges', 0, 'node', 'youth'];
        expect(cellProblems(body, base, group.reads, [valueAt(body.data, base)], group, cell, column, true)).toEqual([]);
      });
    }
  });

  it('gets nothing of a youth it does not relate to: youth(id:) is null as for no youth, and no list holds it', async () => {
    const stranger = world.unrelated[column.role];
    expect(stranger, 'the demo plan has a youth this role does not relate to').not.toBeNull();
    const everything = `#graphql
      query MatrixStranger($id: ID!) { youth(id: $id) { ${youthSelections.join(' ')} } }`;
    const missingId = randomUUID();
    const asked = await system.send(column.user, { query: everything, variables: { id: stranger!.youth.id }, operationName: 'MatrixStranger' });
    const missing = await system.send(column.user, { query: everything, variables: { id: missingId }, operationName: 'MatrixStranger' });
    expect(asked.status).toBe(200);
    expect(asked.body.data, JSON.stringify(asked.body.errors)).toEqual({ youth: null });
    expect(errorShapes(asked.body, stranger!.youth.id)).toEqual(errorShapes(missing.body, missingId));
    expect(leaked(asked.body, await personalValues(system, stranger!.youth.id))).toEqual([]);

    const youths = await readList(system, column.user, 'youths');
    const orders = canListOrders(column.role) ? await readList(system, column.user, 'orders') : { bodies: [] };
    expect(leaked([youths.bodies, orders.bodies], [stranger!.youth.id, stranger!.order.id])).toEqual([]);
    // The same lists hold the youth the role relates to, so the check above looked at real lists.
    const related = world.related[column.role];
    if (related) expect(leaked(youths.bodies, [related.youth.id])).toEqual([related.youth.id]);
    if (related && canListOrders(column.role)) expect(leaked(orders.bodies, [related.order.id])).toEqual([related.order.id]);
  });
});
