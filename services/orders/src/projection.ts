import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';

/**
 * Which columns of the order and youth rows a read needs. A list of 50 orders read whole costs the
 * subgraph more in parsing and converting columns nobody asked for (arrays, dates, notes) than in
 * the fields asked for; so a query reads only the columns of the fields its document names.
 *
 * It is kept narrow on purpose: a field is projected only when its resolver (or the default one)
 * reads exactly the columns listed for it here. Any other field of the type in the document, a
 * mutation, or a root field whose code may read the rows for its own purposes makes the type read
 * whole, as before. The rules never depend on it: they decide from the facts columns, which every
 * statement selects whatever the projection.
 */
export interface Projection {
  /** Columns of `mentor_order`, or null for all of them. */
  order: readonly string[] | null;
  /** Columns of `youth`, or null for all of them. */
  youth: readonly string[] | null;
  /** The document reads orders' delivered hours: the statements that read order rows sum each order's minutes too. */
  deliveredMinutes: boolean;
  /**
   * The document reads orders' youths, by projected columns: the statements that read order rows
   * read each order's youth too (its row when the caller's scope holds it, and its facts), so the
   * youths cost no statement of their own and `Order.youth` is decided and answered at once.
   */
  youthWithOrders: boolean;
}

export const WHOLE_ROWS: Projection = { order: null, youth: null, deliveredMinutes: false, youthWithOrders: false };

/** Each projectable field with the columns its resolver reads; `id` is always read. */
const orderFields: Record<string, readonly string[]> = {
  __typename: [],
  id: [],
  reference: ['reference'],
  status: ['status'],
  startDate: ['start_date'],
  endDate: ['end_date'],
  weeklyHours: ['weekly_hours'],
  weeks: ['weeks'],
  totalHours: ['weekly_hours', 'weeks'],
  version: ['version'],
  deliveryMunicipalityCode: ['delivery_municipality_code'],
  // Resolved from the order's id or a reference column.
  deliveredHours: [],
  youth: ['youth_id'],
  provider: ['provider_id'],
  mentor: ['mentor_id'],
  institution: ['institution_id'],
  schedules: [],
  sessions: [],
  agreement: [],
  followUps: [],
  effectAssessments: [],
  extensions: [],
};

const youthFields: Record<string, readonly string[]> = {
  __typename: [],
  id: [],
  firstName: ['first_name'],
  lastName: ['last_name'],
  caseworkerUnitId: ['caseworker_unit_id'],
  youthGuideId: ['youth_guide_id'],
  version: ['version'],
  // Resolved from the youth's id.
  orders: [],
};

/** Root fields whose resolvers read rows only to hand them to the field resolvers. */
const projectableRoots = new Set(['orders', 'order', 'youths', 'youth', '_entities', '__typename']);

const cache = new WeakMap<DocumentNode, Projection>();

/** The projection for one operation's document (worked out once per document, which the server keeps parsed). */
export function projectionOf(schema: GraphQLSchema, document: DocumentNode): Projection {
  let projection = cache.get(document);
  if (!projection) {
    projection = workOut(schema, document);
    cache.set(document, projection);
  }
  return projection;
}

function workOut(schema: GraphQLSchema, document: DocumentNode): Projection {
  const operations = document.definitions.filter((definition) => definition.kind === 'OperationDefinition');
  if (operations.length !== 1 || operations[0]!.operation !== 'query') return WHOLE_ROWS;
  for (const selection of operations[0]!.selectionSet.selections) {
    if (selection.kind !== 'Field' || !projectableRoots.has(selection.name.value)) return WHOLE_ROWS;
  }
  const wanted = { Order: new Set<string>(['id']), Youth: new Set<string>(['id']) };
  const whole = { Order: false, Youth: false };
  let deliveredMinutes = false;
  let orderYouth = false;
  const maps = { Order: orderFields, Youth: youthFields };
  const typeInfo = new TypeInfo(schema);
  // Every field of an order or youth anywhere in the document, fragments included.
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const type = typeInfo.getParentType()?.name;
        if (type !== 'Order' && type !== 'Youth') return;
        if (type === 'Order' && node.name.value === 'deliveredHours') deliveredMinutes = true;
        if (type === 'Order' && node.name.value === 'youth') orderYouth = true;
        const columns = maps[type][node.name.value];
        if (!columns) whole[type] = true;
        else for (const column of columns) wanted[type].add(column);
      },
    }),
  );
  const list = (type: 'Order' | 'Youth') => (whole[type] ? null : [...wanted[type]].sort());
  // A youth read whole is read by the youth loader alone: its columns do not all travel as JSON as they are.
  return { order: list('Order'), youth: list('Youth'), deliveredMinutes, youthWithOrders: orderYouth && !whole.Youth };
}

/** The select list of a projected table on an alias: `alias.*` for whole rows. */
export function selectList(alias: string, columns: readonly string[] | null): string {
  return columns ? columns.map((column) => `${alias}.${column}`).join(', ') : `${alias}.*`;
}
