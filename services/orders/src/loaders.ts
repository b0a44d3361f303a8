import DataLoader from 'dataloader';
import { groupLoader, loaderByKey, prepared, type Identity, type Page } from '@mentor/common';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { closedRecentlyCondition, currentConsentCondition, orderScope, sessionScope, youthFactsNeeds, youthScope, type OrderFacts, type YouthFacts, type YouthFactsNeeds } from './access/index.js';
import { EffectAssessment, FollowUp, MentorAgreement, MentorSession, Order, OrderExtension, Schedule, ScheduleEntry, ServiceStandard, Youth } from './entities/index.js';
import type { DeliveryFacts } from './rules/delivery.js';
import { selectList, WHOLE_ROWS, type Projection } from './projection.js';
import { hydrate, SqlParams } from './sql.js';

/** One page of a relation list, with the list's full size. */
export interface PageOf<T> {
  rows: T[];
  totalCount: number;
}

export type OrderRelation = 'youth' | 'provider' | 'mentor' | 'institution';

const orderRelationColumn: Record<OrderRelation, string> = {
  youth: 'youth_id',
  provider: 'provider_id',
  mentor: 'mentor_id',
  institution: 'institution_id',
};

/**
 * A schedule entry is in the plan unless a schedule of the same order published later covers its
 * day: a new schedule for days already planned replaces the earlier plan for them.
 */
export function inForce(entry: string, schedule: string): string {
  return (
    `NOT EXISTS (SELECT 1 FROM schedule later WHERE later.order_id = ${schedule}.order_id ` +
    `AND later.published_at > ${schedule}.published_at AND ${entry}.date BETWEEN later.valid_from AND later.valid_to)`
  );
}

/** Newest orders first; the reference is unique, so the order is stable for offset cursors. */
export function orderSort(alias: string): string {
  return `${alias}.reference DESC`;
}

export interface Loaders {
  /**
   * What the field rules decide a youth's fields from; unscoped, by id, never from the parent
   * object. Primed by the statements that read youth rows here; read by id for any other youth.
   */
  youthFacts: DataLoader<string, YouthFacts | null>;
  /** What the field rules decide an order's fields (and what hangs off it) from; primed and read like `youthFacts`. */
  orderFacts: DataLoader<string, OrderFacts | null>;
  /** The facts the request's statements brought along with a youth's row, at once (no promise); undefined when none did. */
  knownYouthFacts(id: string): YouthFacts | undefined;
  /**
   * A youth an order statement of the request read with its order (`Projection.youthWithOrders`), at
   * once: its row, or null when the caller's scope does not hold it (as `youth` would answer);
   * undefined when no statement read it.
   */
  knownYouth(id: string): Youth | null | undefined;
  /** Likewise for an order. */
  knownOrderFacts(id: string): OrderFacts | undefined;
  youth: DataLoader<string, Youth | null>;
  order: DataLoader<string, Order | null>;
  serviceStandard: DataLoader<string, ServiceStandard | null>;
  agreementByOrder: DataLoader<string, MentorAgreement | null>;
  schedulesByOrder: DataLoader<string, Schedule[]>;
  entriesBySchedule: DataLoader<string, ScheduleEntry[]>;
  followUpsByOrder: DataLoader<string, FollowUp[]>;
  effectAssessmentsByOrder: DataLoader<string, EffectAssessment[]>;
  extensionsByOrder: DataLoader<string, OrderExtension[]>;
  deliveredMinutesByOrder: DataLoader<string, number>;
  /** An order's delivered minutes once a statement of the request has read them with its row, without a promise. */
  knownDeliveredMinutes(orderId: string): number | undefined;
  /**
   * The columns a statement over order rows (on `alias`) selects besides the row: its facts, its
   * delivered minutes when the document reads them, and its youth when the document reads that by
   * projected columns (scoped with `params`).
   */
  orderColumns(alias: string, params: SqlParams): string;
  /** The columns a statement over youth rows (on `alias`) selects besides the row: its facts, as far as the caller's relations read them. */
  youthColumns(alias: string): string;
  /** Per week of the order: hours planned in the schedules in force, minutes delivered, weeks a schedule covers. */
  deliveryByOrder: DataLoader<string, DeliveryFacts>;
  /** The caller's orders of a youth, provider, mentor or institution, one page per parent. */
  ordersOf(relation: OrderRelation, page: Page): DataLoader<string, PageOf<Order>>;
  /** The sessions of orders the caller may read sessions of, one page per order. */
  sessionsOf(page: Page): DataLoader<string, PageOf<MentorSession>>;
  /** Youth rows selected with `youthColumns`, as entities; their facts go to `youthFacts`, so the rules read no more. */
  youthsFrom(rows: Record<string, unknown>[]): Youth[];
  /** Order rows selected with `orderColumns`, as entities; their facts go to `orderFacts`, the youths read with them to `youth` and `youthFacts`. */
  ordersFrom(rows: Record<string, unknown>[]): Order[];
  /** The columns the request's document reads (`projection.ts`); whole rows until it is set. */
  projection: Projection;
  /** Sets `projection`, before any statement of the request runs. */
  project(projection: Projection): void;
  /** Forgets everything loaded so far: after a mutation, later fields of the same request read what it wrote. */
  clearAll(): void;
}

type Row = Record<string, unknown>;

/**
 * A youth's facts as one column (`youth_facts`, a JSON object shaped as `YouthFacts`) of any
 * statement over `youth` (an alias of the youth table, or of a subquery with its columns): its case
 * relations and, as far as the caller's relations are decided from them (`needs`), every order's
 * and its consents, unscoped. The facts loader selects nothing else; the statements that read
 * youth rows select it too and prime the loader with it (`youthsFrom`), so the rules cost no
 * statement of their own.
 */
function youthFactsColumn(youth: string, needs: YouthFactsNeeds): string {
  return `${youthFacts(youth, needs)} AS youth_facts`;
}

/** The expression of `youthFactsColumn`, unnamed. */
function youthFacts(youth: string, needs: YouthFactsNeeds): string {
  const link = `json_build_object('providerId', facts_order.provider_id, 'mentorId', facts_order.mentor_id, 'institutionId', facts_order.institution_id,
    'status', facts_order.status, 'closedRecently', ${closedRecentlyCondition('facts_order')})`;
  const consents = needs.consents
    ? `ARRAY(SELECT DISTINCT facts_consent.body_id FROM youth_consent facts_consent WHERE facts_consent.youth_id = ${youth}.id AND ${currentConsentCondition('facts_consent')})`
    : `'{}'::uuid[]`;
  const orders = needs.orders ? `(SELECT coalesce(json_agg(${link} ORDER BY facts_order.id), '[]') FROM mentor_order facts_order WHERE facts_order.youth_id = ${youth}.id)` : `'[]'::json`;
  return `json_build_object('id', ${youth}.id, 'caseworkerUnitId', ${youth}.caseworker_unit_id, 'youthGuideId', ${youth}.youth_guide_id,
    'enrolledInstitutionIds', ${youth}.institution_ids, 'consentedBodyIds', ${consents}, 'orders', ${orders})`;
}

/**
 * An order's youth as one column (`order_youth`) of a statement over `order`: `row`, the youth's
 * projected `columns` as the youth statement would read them, or null when the caller's scope
 * (`scope`, a condition on the alias `order_youth`) does not hold the youth; and `facts`, as
 * `youthFactsColumn` gives them, whatever the scope. The columns travel as JSON, which keeps their
 * values as `pg` would read them only for the projectable ones (uuid, text, integer).
 */
function orderYouthColumn(order: string, columns: readonly string[], scope: string, needs: YouthFactsNeeds): string {
  const row = columns.map((column) => `'${column}', order_youth.${column}`).join(', ');
  return `(SELECT json_build_object('row', CASE WHEN ${scope} THEN json_build_object(${row}) END, 'facts', ${youthFacts('order_youth', needs)})
    FROM youth order_youth WHERE order_youth.id = ${order}.youth_id) AS order_youth`;
}

/** An order's delivered minutes (`delivered_minutes`), every session counted, as `deliveredMinutesByOrder` sums them. */
export function deliveredMinutesColumn(order: string): string {
  return `(SELECT coalesce(sum(delivered.minutes), 0)::int FROM mentor_session delivered WHERE delivered.order_id = ${order}.id) AS delivered_minutes`;
}

/**
 * An order's facts as one column (`order_facts`, shaped as `OrderFacts`) of any statement over
 * `order`: its relations and its youth's case relations (the copies on the order row, which
 * triggers keep the youth's).
 */
export function orderFactsColumn(order: string): string {
  return `json_build_object('id', ${order}.id, 'youthId', ${order}.youth_id, 'providerId', ${order}.provider_id, 'mentorId', ${order}.mentor_id,
    'institutionId', ${order}.institution_id, 'status', ${order}.status, 'closedRecently', ${closedRecentlyCondition(order)},
    'caseworkerUnitId', ${order}.caseworker_unit_id, 'youthGuideId', ${order}.youth_guide_id
  ) AS order_facts`;
}

/** One statement for a batch of youths: their case relations and, as far as `needs` asks, every order's and their consents. */
async function loadYouthFacts(db: DataSource, ids: readonly string[], needs: YouthFactsNeeds): Promise<YouthFacts[]> {
  const rows: { youth_facts: YouthFacts }[] = await db.query(prepared(`SELECT ${youthFactsColumn('y', needs)} FROM youth y WHERE y.id = ANY($1)`), [ids]);
  return rows.map((row) => row.youth_facts);
}

async function loadOrderFacts(db: DataSource, ids: readonly string[]): Promise<OrderFacts[]> {
  const rows: { order_facts: OrderFacts }[] = await db.query(prepared(`SELECT ${orderFactsColumn('o')} FROM mentor_order o WHERE o.id = ANY($1)`), [ids]);
  return rows.map((row) => row.order_facts);
}

/** One statement for a batch of orders: planned hours, delivered minutes and scheduled weeks, per week of each order. */
async function loadDelivery(db: DataSource, orderIds: readonly string[]): Promise<DeliveryFacts[]> {
  const rows: { order_id: string; kind: 'planned' | 'delivered' | 'scheduled'; week: number; amount: number }[] = await db.query(
    prepared(`SELECT s.order_id, 'planned' AS kind, (e.date - o.start_date) / 7 AS week, sum(e.hours)::float AS amount
     FROM schedule_entry e JOIN schedule s ON s.id = e.schedule_id JOIN mentor_order o ON o.id = s.order_id
     WHERE s.order_id = ANY($1) AND e.date BETWEEN o.start_date AND o.end_date AND ${inForce('e', 's')}
     GROUP BY 1, 3
     UNION ALL
     SELECT m.order_id, 'delivered', (m.date - o.start_date) / 7, sum(m.minutes)::float
     FROM mentor_session m JOIN mentor_order o ON o.id = m.order_id
     WHERE m.order_id = ANY($1) AND m.date >= o.start_date
     GROUP BY 1, 3
     UNION ALL
     SELECT DISTINCT s.order_id, 'scheduled', w, 0
     FROM schedule s JOIN mentor_order o ON o.id = s.order_id,
          generate_series((greatest(s.valid_from, o.start_date) - o.start_date) / 7, (least(s.valid_to, o.end_date) - o.start_date) / 7) AS w
     WHERE s.order_id = ANY($1) AND s.valid_to >= o.start_date AND s.valid_from <= o.end_date`),
    [orderIds],
  );
  const facts = new Map(orderIds.map((id) => [id, { plannedHours: new Map<number, number>(), deliveredMinutes: new Map<number, number>(), scheduledWeeks: new Set<number>() }] as const));
  for (const row of rows) {
    const of = facts.get(row.order_id)!;
    if (row.kind === 'planned') of.plannedHours.set(row.week, row.amount);
    else if (row.kind === 'delivered') of.deliveredMinutes.set(row.week, row.amount);
    else of.scheduledWeeks.add(row.week);
  }
  return orderIds.map((id) => facts.get(id)!);
}

/**
 * One statement per batch for a paged relation list: for each parent, its list's size and its page,
 * each read on its own (a count and a LIMIT in the list's order, which an index on the parent and
 * the sort key answers without reading the rest of the list). A parent whose page is empty (past
 * the end, or no rows) still comes back as one row without an item, carrying the size.
 * `from` reads the rows as `t` and names the parent as `p.parent_id`; `columns` adds what the rows
 * carry besides their own (their facts, on the alias `page`); `read` turns them into the items.
 */
function pagedLoader<T>(
  db: DataSource,
  page: Page,
  build: (params: SqlParams) => { from: string; sort: (alias: string) => string; columns?: (page: string, params: SqlParams) => string; select?: readonly string[] | null },
  read: (rows: Row[]) => T[],
): DataLoader<string, PageOf<T>> {
  return new DataLoader<string, PageOf<T>>(async (parentIds) => {
    const params = new SqlParams([parentIds]);
    const { from, sort, columns, select } = build(params);
    const rows: Row[] = await db.query(
      prepared(`SELECT ${selectList('page', select ?? null)}${columns ? `, ${columns('page', params)}` : ''}, p.parent_id, list.total_count
       FROM unnest($1::uuid[]) AS p(parent_id)
       CROSS JOIN LATERAL (SELECT count(*)::int AS total_count FROM ${from}) list
       LEFT JOIN LATERAL (
         SELECT t.* FROM ${from} ORDER BY ${sort('t')} LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)}
       ) page ON TRUE
       ORDER BY p.parent_id, ${sort('page')}`),
      params.values,
    );
    const items = rows.filter((row) => row.id !== null);
    const entities = read(items);
    const pages = new Map<string, PageOf<T>>();
    for (const row of rows) pages.set(row.parent_id as string, { rows: [], totalCount: row.total_count as number });
    items.forEach((row, index) => pages.get(row.parent_id as string)!.rows.push(entities[index]!));
    return parentIds.map((id) => pages.get(id) ?? { rows: [], totalCount: 0 });
  });
}

function byOrderIds<T extends ObjectLiteral>(db: DataSource, target: EntityTarget<T>, table: string, sort: string) {
  return async (orderIds: readonly string[]): Promise<T[]> =>
    hydrate(db, target, await db.query(prepared(`SELECT * FROM ${table} WHERE order_id = ANY($1) ORDER BY ${sort}`), [orderIds]));
}

/** Makes what a statement of the request read under `id` known to `loader`, and at once (`known`) unless it is known already. */
function prime<Value>(loader: DataLoader<string, Value | null>, known: Map<string, Value>, id: string, value: Value): void {
  loader.prime(id, value);
  if (!known.has(id)) known.set(id, value);
}

/** Primes a facts loader with the facts column of rows read here; a row without it is a mistake in the statement, not a row to deny. */
function primeFrom<Facts>(loader: DataLoader<string, Facts | null>, known: Map<string, Facts>, rows: Row[], column: string): void {
  for (const row of rows) {
    const facts = row[column] as Facts | undefined;
    if (!facts) throw new Error(`a row was selected without its ${column}`);
    prime(loader, known, row.id as string, facts);
  }
}

/** A new set per request: nothing cached crosses callers, and every scope is the caller's. */
export function createLoaders(db: DataSource, identity: Identity): Loaders {
  // One loader per page shape, so every parent asking for the same page shares one statement.
  const orderPages = new Map<string, DataLoader<string, PageOf<Order>>>();
  const sessionPages = new Map<string, DataLoader<string, PageOf<MentorSession>>>();
  function memo<T>(pages: Map<string, DataLoader<string, PageOf<T>>>, key: string, make: () => DataLoader<string, PageOf<T>>): DataLoader<string, PageOf<T>> {
    let loader = pages.get(key);
    if (!loader) pages.set(key, (loader = make()));
    return loader;
  }

  let projection: Projection = WHOLE_ROWS;
  const knownYouthFacts = new Map<string, YouthFacts>();
  const knownOrderFacts = new Map<string, OrderFacts>();
  const knownDeliveredMinutes = new Map<string, number>();
  const knownYouths = new Map<string, Youth | null>();
  // The facts this caller's relations are decided from: the same in every statement of the request.
  const needs = youthFactsNeeds(identity);
  const youthFacts = loaderByKey<string, YouthFacts>((ids) => loadYouthFacts(db, ids, needs), (facts) => facts.id);
  const orderFacts = loaderByKey<string, OrderFacts>((ids) => loadOrderFacts(db, ids), (facts) => facts.id);
  function youthsFrom(rows: Row[]): Youth[] {
    primeFrom(youthFacts, knownYouthFacts, rows, 'youth_facts');
    return hydrate(db, Youth, rows);
  }
  const youthColumns = (alias: string) => youthFactsColumn(alias, needs);
  function orderColumns(alias: string, params: SqlParams): string {
    let columns = orderFactsColumn(alias);
    if (projection.deliveredMinutes) columns += `, ${deliveredMinutesColumn(alias)}`;
    if (projection.youthWithOrders && projection.youth) columns += `, ${orderYouthColumn(alias, projection.youth, youthScope(identity, 'order_youth', params), needs)}`;
    return columns;
  }
  /**
   * The youths read with order rows: each youth once (the first row's, also when the page holds
   * several of its orders), its facts and its row (or null, out of scope) known at once.
   */
  function youthsWithOrders(rows: Row[]): void {
    const inScope = new Map<string, Row>();
    for (const row of rows) {
      const youth = row.order_youth as { row: Row | null; facts: YouthFacts } | null | undefined;
      if (!youth) continue;
      const id = youth.facts.id;
      if (knownYouths.has(id) || inScope.has(id)) continue;
      prime(youthFacts, knownYouthFacts, id, youth.facts);
      if (youth.row) inScope.set(id, youth.row);
      else prime(loaders.youth, knownYouths, id, null);
    }
    for (const youth of hydrate(db, Youth, [...inScope.values()])) prime(loaders.youth, knownYouths, youth.id, youth);
  }
  function ordersFrom(rows: Row[]): Order[] {
    primeFrom(orderFacts, knownOrderFacts, rows, 'order_facts');
    for (const row of rows) {
      const minutes = row.delivered_minutes;
      if (typeof minutes === 'number' && !knownDeliveredMinutes.has(row.id as string)) knownDeliveredMinutes.set(row.id as string, minutes);
    }
    youthsWithOrders(rows);
    return hydrate(db, Order, rows);
  }

  const loaders: Omit<Loaders, 'clearAll' | 'youthsFrom' | 'ordersFrom' | 'projection' | 'project' | 'knownYouthFacts' | 'knownOrderFacts' | 'knownDeliveredMinutes' | 'knownYouth' | 'orderColumns' | 'youthColumns'> = {
    youthFacts,
    orderFacts,

    youth: loaderByKey(async (ids) => {
      const params = new SqlParams([ids]);
      const scope = youthScope(identity, 'y', params);
      return youthsFrom(await db.query(prepared(`SELECT ${selectList('y', projection.youth)}, ${youthColumns('y')} FROM youth y WHERE y.id = ANY($1) AND ${scope}`), params.values));
    }, (youth) => youth.id),

    order: loaderByKey(async (ids) => {
      const params = new SqlParams([ids]);
      const scope = orderScope(identity, 'o', params);
      return ordersFrom(await db.query(prepared(`SELECT ${selectList('o', projection.order)}, ${orderColumns('o', params)} FROM mentor_order o WHERE o.id = ANY($1) AND ${scope}`), params.values));
    }, (order) => order.id),

    serviceStandard: loaderByKey(
      async (ids) => hydrate(db, ServiceStandard, await db.query(prepared('SELECT * FROM service_standard WHERE id = ANY($1)'), [ids])),
      (standard) => standard.id,
    ),

    agreementByOrder: loaderByKey(byOrderIds(db, MentorAgreement, 'mentor_agreement', 'id'), (agreement) => agreement.orderId),
    schedulesByOrder: groupLoader(byOrderIds(db, Schedule, 'schedule', 'valid_from, published_at'), (schedule) => schedule.orderId),
    entriesBySchedule: groupLoader(
      async (scheduleIds) =>
        hydrate(db, ScheduleEntry, await db.query(prepared('SELECT * FROM schedule_entry WHERE schedule_id = ANY($1) ORDER BY date, start_time, id'), [scheduleIds])),
      (entry) => entry.scheduleId,
    ),
    followUpsByOrder: groupLoader(byOrderIds(db, FollowUp, 'follow_up', 'date, created_at'), (followUp) => followUp.orderId),
    effectAssessmentsByOrder: groupLoader(byOrderIds(db, EffectAssessment, 'effect_assessment', 'date, created_at'), (assessment) => assessment.orderId),
    extensionsByOrder: groupLoader(byOrderIds(db, OrderExtension, 'order_extension', 'granted_at'), (extension) => extension.orderId),

    deliveredMinutesByOrder: new DataLoader<string, number>(async (orderIds) => {
      const rows: { order_id: string; minutes: number }[] = await db.query(
        prepared('SELECT order_id, sum(minutes)::int AS minutes FROM mentor_session WHERE order_id = ANY($1) GROUP BY order_id'),
        [orderIds],
      );
      const minutes = new Map(rows.map((row) => [row.order_id, row.minutes] as const));
      return orderIds.map((id) => minutes.get(id) ?? 0);
    }),

    deliveryByOrder: new DataLoader<string, DeliveryFacts>((orderIds) => loadDelivery(db, orderIds)),

    ordersOf: (relation, page) =>
      memo(orderPages, `${relation}:${page.offset}:${page.limit}`, () =>
        pagedLoader(
          db,
          page,
          (params) => ({
            from: `mentor_order t WHERE t.${orderRelationColumn[relation]} = p.parent_id AND ${orderScope(identity, 't', params)}`,
            sort: orderSort,
            columns: orderColumns,
            select: projection.order,
          }),
          ordersFrom,
        ),
      ),

    sessionsOf: (page) =>
      memo(sessionPages, `${page.offset}:${page.limit}`, () =>
        pagedLoader(
          db,
          page,
          (params) => ({
            from:
              `mentor_session t JOIN mentor_order o ON o.id = t.order_id ` +
              `WHERE t.order_id = p.parent_id AND ${orderScope(identity, 'o', params)} AND ${sessionScope(identity, 't', 'o', params)}`,
            sort: (alias) => `${alias}.date DESC, ${alias}.created_at DESC, ${alias}.id`,
          }),
          (rows) => hydrate(db, MentorSession, rows),
        ),
      ),
  };
  return {
    ...loaders,
    youthsFrom,
    ordersFrom,
    knownYouthFacts: (id) => knownYouthFacts.get(id),
    knownOrderFacts: (id) => knownOrderFacts.get(id),
    knownDeliveredMinutes: (id) => knownDeliveredMinutes.get(id),
    knownYouth: (id) => knownYouths.get(id),
    orderColumns,
    youthColumns,
    get projection() {
      return projection;
    },
    project(next) {
      projection = next;
    },
    clearAll() {
      for (const loader of Object.values(loaders)) if (loader instanceof DataLoader) loader.clearAll();
      orderPages.clear();
      sessionPages.clear();
      knownYouthFacts.clear();
      knownOrderFacts.clear();
      knownDeliveredMinutes.clear();
      knownYouths.clear();
    },
  };
}
