import { buildSubgraphSchema } from '@apollo/subgraph';
import { demoUsers } from '@mentor/testkit';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectionOf, WHOLE_ROWS } from './projection.js';
import { typeDefs } from './server.js';
import { startHarness, type OrdersHarness } from './testing/harness.js';

const schema = buildSubgraphSchema({ typeDefs });
const project = (query: string) => projectionOf(schema, parse(query));

describe('which columns a document reads', () => {
  test('the dashboard reads the columns of its fields, and the id', () => {
    const projection = project(`query Dashboard {
      orders(first: 50) { totalCount edges { node { id reference status startDate endDate weeklyHours deliveredHours
        youth { id firstName lastName } mentor { id } provider { id } institution { id } } } } }`);
    expect(projection.order).toEqual(['end_date', 'id', 'institution_id', 'mentor_id', 'provider_id', 'reference', 'start_date', 'status', 'weekly_hours', 'youth_id']);
    expect(projection.youth).toEqual(['first_name', 'id', 'last_name']);
    expect(projection.deliveredMinutes).toBe(true);
    expect(projection.youthWithOrders).toBe(true);
  });

  test('fields in fragments count; entity fetches by reference are projected', () => {
    const projection = project(`query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Order { ...O } } }
      fragment O on Order { reference youth { lastName } }`);
    expect(projection.order).toEqual(['id', 'reference', 'youth_id']);
    expect(projection.youth).toEqual(['id', 'last_name']);
    expect(projection.deliveredMinutes).toBe(false);
    expect(projection.youthWithOrders).toBe(true);
    expect(project('{ orders(first: 5) { edges { node { id reference } } } }').youthWithOrders).toBe(false);
  });

  test('one field without a column mapping reads that type whole', () => {
    const projection = project('{ orders(first: 5) { edges { node { id youth { id cpr } goal } } } }');
    // The order's youth is read whole, by the youth loader, not with the order rows.
    expect(projection).toEqual({ order: null, youth: null, deliveredMinutes: false, youthWithOrders: false });
    expect(project('{ youths(first: 5) { edges { node { firstName ageGroup } } } }').youth).toBeNull();
  });

  test('mutations, several operations and other root fields read whole rows', () => {
    expect(project('mutation { cancelOrder(input: { orderId: "x", reason: "y" }) { id status } }')).toBe(WHOLE_ROWS);
    expect(project('{ dueList { id } }')).toBe(WHOLE_ROWS);
    expect(project('{ orders(first: 1) { totalCount } dueList { id } }')).toBe(WHOLE_ROWS);
  });
});

describe('a projected read answers as a whole-row read', () => {
  let harness: OrdersHarness;
  beforeAll(async () => {
    harness = await startHarness('orders_projection', { youths: 40 });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  // Each projectable field as a selection, and a field the projection has no mapping for (so its
  // query reads whole rows): the answers must agree field by field.
  const orderSelections = [
    'reference', 'status', 'startDate', 'endDate', 'weeklyHours', 'weeks', 'totalHours', 'version', 'deliveryMunicipalityCode', 'deliveredHours',
    'youth { id firstName lastName }', 'youth { caseworkerUnitId youthGuideId version }', 'provider { id }', 'mentor { id }', 'institution { id }', 'schedules { id }', 'sessions(first: 3) { totalCount }',
    'agreement { id }', 'followUps { id }', 'effectAssessments { id }', 'extensions { id }',
  ];
  const youthSelections = ['firstName', 'lastName', 'caseworkerUnitId', 'youthGuideId', 'version', 'orders(first: 3) { totalCount }'];

  /** The root list's statement (its count and its page) over a table. */
  function rootList(statements: string[], table: string): string {
    const list = statements.find((statement) => statement.startsWith(`WITH list AS (SELECT count(*)::int AS total_count FROM ${table} `));
    expect(list).toBeDefined();
    return list!;
  }

  async function pageOf(root: 'orders' | 'youths', selection: string): Promise<{ data: unknown; statements: string[] }> {
    const before = harness.statements.count;
    const response = await harness.call<Record<string, unknown>>(demoUsers.caseworker!, `{ ${root}(first: 30) { edges { node { id ${selection} } } } }`);
    expect(response.body.errors).toBeUndefined();
    return { data: response.body.data, statements: harness.statements.statements.slice(before) };
  }

  test.each(orderSelections)('Order %s', async (selection) => {
    const projected = await pageOf('orders', selection);
    const whole = await pageOf('orders', `${selection} goal`);
    const strip = (data: unknown) => (data as { orders: { edges: { node: Record<string, unknown> }[] } }).orders.edges.map(({ node }) => ({ ...node, goal: undefined }));
    expect(strip(projected.data)).toEqual(strip(whole.data));
    expect(strip(projected.data).length).toBeGreaterThan(0);
    // The projected page names its columns; the whole one reads every column.
    expect(rootList(projected.statements, 'mentor_order')).not.toContain('page.*');
    expect(rootList(whole.statements, 'mentor_order')).toContain('page.*');
  });

  test.each(youthSelections)('Youth %s', async (selection) => {
    const projected = await pageOf('youths', selection);
    const whole = await pageOf('youths', `${selection} ageGroup`);
    const strip = (data: unknown) => (data as { youths: { edges: { node: Record<string, unknown> }[] } }).youths.edges.map(({ node }) => ({ ...node, ageGroup: undefined }));
    expect(strip(projected.data)).toEqual(strip(whole.data));
    expect(strip(projected.data).length).toBeGreaterThan(0);
    expect(rootList(projected.statements, 'youth')).not.toContain('page.*');
    expect(rootList(whole.statements, 'youth')).toContain('page.*');
  });

  test('delivered hours come with the order rows when the document reads them, as the separate sum gives them, in one statement less', async () => {
    const withRows = await pageOf('orders', 'deliveredHours');
    expect(rootList(withRows.statements, 'mentor_order')).toContain('AS delivered_minutes');
    const separateSum = (statements: string[]) => statements.filter((statement) => statement.includes('FROM mentor_session WHERE order_id = ANY')).length;
    expect(separateSum(withRows.statements)).toBe(0);
    // Another root field beside the list makes the document read whole rows, without the minutes: the sum runs on its own.
    const before = harness.statements.count;
    const apart = await harness.call<Record<string, unknown>>(demoUsers.caseworker!, '{ orders(first: 30) { edges { node { id deliveredHours } } } dueList { id } }');
    expect(apart.body.errors).toBeUndefined();
    const statements = harness.statements.statements.slice(before);
    expect(rootList(statements, 'mentor_order')).not.toContain('AS delivered_minutes');
    expect(separateSum(statements)).toBe(1);
    const hours = (data: unknown) => (data as { orders: { edges: { node: { id: string; deliveredHours: number } }[] } }).orders.edges.map(({ node }) => node);
    expect(hours(withRows.data)).toEqual(hours(apart.body.data));
    expect(hours(withRows.data).some((order) => order.deliveredHours > 0)).toBe(true);
  });

  test('the youths of a projected order list come with the order rows, by their columns only, in one statement less', async () => {
    const { statements } = await pageOf('orders', 'youth { id firstName lastName }');
    expect(rootList(statements, 'mentor_order')).toMatch(/json_build_object\('first_name', order_youth\.first_name, 'id', order_youth\.id, 'last_name', order_youth\.last_name\)/);
    expect(statements.filter((statement) => /FROM youth y WHERE y\.id = ANY/.test(statement))).toEqual([]);
    // A youth read whole is read by the youth loader, in a statement of its own.
    const whole = await pageOf('orders', 'youth { id firstName lastName ageGroup }');
    expect(rootList(whole.statements, 'mentor_order')).not.toContain('order_youth');
    expect(whole.statements.filter((statement) => /^SELECT y\.\*, json_build_object.* FROM youth y WHERE y\.id = ANY/s.test(statement))).toHaveLength(1);
  });
});
