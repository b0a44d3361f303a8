import { isUuid, readPage, toConnection, type PageArgs } from '@mentor/common';
import { orderScope, youthScope } from '../access.js';
import type { OrdersContext } from '../context.js';
import { auditLogOf } from './AuditLog.js';
import { dueListOf } from './DueList.js';
import { nationalReport, successMetrics, suggestMentors } from './insights.js';
import type { Peers } from '../replication.js';
import type { SuccessFilter } from '../rules/metrics.js';
import type { OrderStatus } from '../domain.js';
import { Order, ServiceStandard, Youth } from '../entities/index.js';
import { orderSort } from '../loaders.js';
import { hydrate, SqlParams } from '../sql.js';

const MAX_SEARCH_LENGTH = 100;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

const queries = {
  youth: (_: unknown, args: { id: string }, { loaders }: OrdersContext) => (isUuid(args.id) ? loaders.youth.load(args.id) : null),

  async youths(_: unknown, args: PageArgs & { search?: string | null }, { db, identity }: OrdersContext) {
    const page = readPage(args);
    const params = new SqlParams();
    const conditions = [youthScope(identity, 'y', params)];
    const search = args.search?.trim().slice(0, MAX_SEARCH_LENGTH);
    if (search) {
      const pattern = params.add(`%${escapeLike(search)}%`);
      const byName = `(y.first_name || ' ' || y.last_name) ILIKE ${pattern}`;
      // Only a caseworker may find a youth by CPR number; for anyone else it would confirm a CPR.
      conditions.push(identity.roles.includes('CASEWORKER') && /^[\d-]+$/.test(search) ? `(${byName} OR y.cpr LIKE ${pattern})` : byName);
    }
    const where = conditions.join(' AND ');
    const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM youth y WHERE ${where}`, params.values)) as [{ count: number }];
    const rows = await db.query(
      `SELECT y.* FROM youth y WHERE ${where} ORDER BY y.last_name, y.first_name, y.id LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)}`,
      params.values,
    );
    return toConnection(hydrate(db, Youth, rows), count, page);
  },

  order: (_: unknown, args: { id: string }, { loaders }: OrdersContext) => (isUuid(args.id) ? loaders.order.load(args.id) : null),

  async orders(_: unknown, args: PageArgs & { status?: OrderStatus | null }, { db, identity }: OrdersContext) {
    const page = readPage(args);
    const params = new SqlParams();
    const conditions = [orderScope(identity, 'o', params)];
    if (args.status) conditions.push(`o.status = ${params.add(args.status)}`);
    const where = conditions.join(' AND ');
    const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM mentor_order o WHERE ${where}`, params.values)) as [{ count: number }];
    const rows = await db.query(
      `SELECT o.* FROM mentor_order o WHERE ${where} ORDER BY ${orderSort('o')} LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)}`,
      params.values,
    );
    return toConnection(hydrate(db, Order, rows), count, page);
  },

  auditLog: (_: unknown, args: { youthId: string }, context: OrdersContext) => auditLogOf(args.youthId, context),

  serviceStandards: async (_: unknown, __: unknown, { db }: OrdersContext) =>
    hydrate(db, ServiceStandard, await db.query('SELECT * FROM service_standard ORDER BY municipality_code, name, version')),

  dueList: (_: unknown, __: unknown, { identity }: OrdersContext) => dueListOf(identity),

  nationalReport: (_: unknown, args: { from: string; to: string }, context: OrdersContext) => nationalReport(args, context),
};

/** The queries; the ones that need facts other subgraphs own ask them through `peers`. */
export function createQuery(peers: Peers) {
  return {
    ...queries,
    successMetrics: (_: unknown, args: { filter: SuccessFilter }, context: OrdersContext) => successMetrics(args.filter, context, peers),
    suggestMentors: (_: unknown, args: { orderId: string }, context: OrdersContext) => suggestMentors(args.orderId, context, peers),
  };
}
