import { isUuid, prepared, readPage, searchTermKind, toConnection, type Page, type PageArgs } from '@mentor/common';
import { mayFindByCpr, orderScope, youthScope } from '../access/index.js';
import type { Context } from '../context.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { auditLogByCpr, auditLogOf } from './AuditLog.js';
import { youthOrRefusal } from './Youth.js';
import { dueListOf } from './DueList.js';
import { nationalReport, successMetrics, suggestMentors } from './insights.js';
import type { Peers } from '../replication.js';
import type { SuccessFilter } from '../rules/metrics.js';
import type { OrderStatus } from '../domain.js';
import { ServiceStandard } from '../entities/index.js';
import { orderSort } from '../loaders.js';
import { hydrate, SqlParams } from '../sql.js';
import { selectList } from '../projection.js';

const MAX_SEARCH_LENGTH = 100;

/** Youths by name; the id makes the order stable for offset cursors. */
const youthSort = (alias: string) => `${alias}.last_name, ${alias}.first_name, ${alias}.id`;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

interface RootList {
  /** The table, read as `alias`. */
  table: string;
  alias: string;
  where: string;
  /** The order of the list, on an alias of the table or of the page. */
  sort: (alias: string) => string;
  /** What the page's rows carry besides their own columns (their facts), on the alias `page`, with any parameters in `params`. */
  columns: (page: string, params: SqlParams) => string;
  /** Which of their own columns (`projection.ts`); all when null. */
  select: readonly string[] | null;
}

type Row = Record<string, unknown>;

/**
 * One page of a root list with the list's size, in one statement: the count and the page are two
 * scans of it, joined so that the count comes back also when the page is empty (past the end, or
 * of size 0) as one row with no item in it.
 */
async function rootPage({ db }: Context, list: RootList, params: SqlParams, page: Page): Promise<{ rows: Row[]; totalCount: number }> {
  const { table, alias, where, sort, columns, select } = list;
  const rows: Row[] = await db.query(
    prepared(`WITH list AS (SELECT count(*)::int AS total_count FROM ${table} ${alias} WHERE ${where})
     SELECT ${selectList('page', select)}, ${columns('page', params)}, list.total_count
     FROM list LEFT JOIN LATERAL (
       SELECT ${alias}.* FROM ${table} ${alias} WHERE ${where}
       ORDER BY ${sort(alias)} LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)}
     ) page ON TRUE
     ORDER BY ${sort('page')}`),
    params.values,
  );
  return { rows: rows.filter((row) => row.id !== null), totalCount: rows[0]!.total_count as number };
}

const queries = {
  youth: (_: unknown, args: { id: string }, context: Context) => youthOrRefusal(args.id, 'Query.youth', context),

  async youths(_: unknown, args: PageArgs & { search?: string | null }, context: Context) {
    const { identity, loaders } = context;
    const page = readPage(args);
    const params = new SqlParams();
    const conditions = [youthScope(identity, 'y', params)];
    const search = args.search?.trim().slice(0, MAX_SEARCH_LENGTH);
    // A search is audited by the kind of its term, never the term: a CPR number is not stored.
    const searched = search ? `Query.youths(search: ${searchTermKind(search)})` : null;
    if (searched) context.audit.action(searched);
    if (search) {
      const pattern = params.add(`%${escapeLike(search)}%`);
      const byName = `(y.first_name || ' ' || y.last_name) ILIKE ${pattern}`;
      // Only a caseworker may find a youth by CPR number; for anyone else it would confirm a CPR.
      conditions.push(mayFindByCpr(identity) && /^[\d-]+$/.test(search) ? `(${byName} OR y.cpr LIKE ${pattern})` : byName);
    }
    const list = { table: 'youth', alias: 'y', where: conditions.join(' AND '), sort: youthSort, columns: loaders.youthColumns, select: loaders.projection.youth };
    const { rows, totalCount } = await rootPage(context, list, params, page);
    // Each youth the search found is recorded as found by it: a match confirms the name or number.
    if (searched) await Promise.all(rows.map((row) => context.audit.read(row.id as string, searched, true)));
    return toConnection(loaders.youthsFrom(rows), totalCount, page);
  },

  order: (_: unknown, args: { id: string }, { loaders }: Context) => (isUuid(args.id) ? loaders.order.load(args.id) : null),

  async orders(_: unknown, args: PageArgs & { status?: OrderStatus | null }, context: Context) {
    const { identity, loaders } = context;
    const page = readPage(args);
    const params = new SqlParams();
    const conditions = [orderScope(identity, 'o', params)];
    if (args.status) conditions.push(`o.status = ${params.add(args.status)}`);
    const list = { table: 'mentor_order', alias: 'o', where: conditions.join(' AND '), sort: orderSort, columns: loaders.orderColumns, select: loaders.projection.order };
    const { rows, totalCount } = await rootPage(context, list, params, page);
    return toConnection(loaders.ordersFrom(rows), totalCount, page);
  },

  auditLog: (_: unknown, args: { youthId: string }, context: Context) => auditLogOf(args.youthId, context),

  serviceStandards: async (_: unknown, __: unknown, { db }: Context) =>
    hydrate(db, ServiceStandard, await db.query('SELECT * FROM service_standard ORDER BY municipality_code, name, version')),

  dueList: (_: unknown, __: unknown, { identity }: Context) => dueListOf(identity),

  async nationalReport(_: unknown, args: { from: string; to: string }, context: Context) {
    const report = await nationalReport(args, context);
    // The export itself is recorded, also when it holds no youth; each youth in it is recorded by the report.
    context.audit.action('Query.nationalReport');
    return report;
  },
};


/** The queries; the ones that need facts other subgraphs own ask them through `peers`. */
export function createQuery(peers: Peers) {
  return {
    ...queries,
    successMetrics: (_: unknown, args: { filter: SuccessFilter }, context: Context) => successMetrics(args.filter, context, peers),
    suggestMentors: (_: unknown, args: { orderId: string }, context: Context) => suggestMentors(args.orderId, context, peers),
    // The pseudonyms of unknown CPR numbers are keyed with the deployment's secret.
    auditLogByCpr: (_: unknown, args: { cpr: string }, context: Context) => auditLogByCpr(args.cpr, context, peers.signingSecret),
  } satisfies QueryResolvers;
}
