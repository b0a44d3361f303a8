import { assertRules, danishDateSql, notFound, requireUuid, violations } from '@mentor/common';
import { mayAskPartnersForRatings, orderScope, requireMentorSuggester, requireReportExporter, requireSuccessScope, successScope } from '../access/index.js';
import type { Context } from '../context.js';
import { today } from '../dates.js';
import { collaborationRatings, rankMentors } from '../peers.js';
import type { Peers } from '../replication.js';
import { eligibilityPeriod, isUnder18 } from '../rules/assignment.js';
import { statusViolation } from '../rules/lifecycle.js';
import { checkSuccessFilter, isWithheld, successMetricsOf, sumCells, type MetricsCell, type SuccessFilter, type SuccessMetrics } from '../rules/metrics.js';
import { checkReportPeriod, nationalReportCsv, type ReportRow } from '../rules/report.js';
import { SqlParams } from '../sql.js';

/** A closing time as the day it was in Denmark, in SQL. */
const closedDay = (order: string) => danishDateSql(`${order}.closed_at`);

/**
 * Rule 15: the success criteria over the orders completed in the quarter that the caller may count:
 * aggregates only, never a youth. Every filter the caller may use narrows the same orders (their
 * scope with no filter) to some of its cells, one per provider and institution; all cells are
 * counted in one statement, so a selection that would let another answer be subtracted down to a
 * small group is withheld (`isWithheld`). The partners' rating comes from the partners subgraph,
 * which gives it to caseworkers and provider coordinators; for institution staff it is null.
 */
export async function successMetrics(filter: SuccessFilter, context: Context, peers: Peers): Promise<SuccessMetrics> {
  const { db, identity } = context;
  assertRules(checkSuccessFilter(filter, today()));
  const params = new SqlParams([filter.from, filter.to]);
  requireSuccessScope(identity, filter);
  const everything = successScope(identity, {}, 'o', params)!;
  const cells = (await db.query(
    `SELECT o.provider_id::text AS "providerId", o.institution_id::text AS "institutionId",
            count(*)::int AS count,
            count(*) FILTER (WHERE o.outcome_kind = 'COMPLETED_EDUCATION')::int AS "completedEducation",
            count(*) FILTER (WHERE o.outcome_kind = 'TRANSFERRED_TO_OTHER_PLAN')::int AS transferred,
            count(*) FILTER (WHERE o.outcome_kind = 'DROPPED_OUT')::int AS "droppedOut",
            coalesce(sum(o.youth_satisfaction), 0)::int AS "satisfactionSum",
            count(o.youth_satisfaction)::int AS "satisfactionCount",
            coalesce(sum(o.weekly_hours * o.weeks), 0)::float AS "orderedHours",
            coalesce(sum(d.minutes), 0)::float AS "deliveredMinutes",
            array_agg(o.id::text ORDER BY o.id) AS "orderIds"
     FROM mentor_order o
     LEFT JOIN LATERAL (SELECT sum(m.minutes) AS minutes FROM mentor_session m WHERE m.order_id = o.id) d ON TRUE
     WHERE o.status = 'COMPLETED' AND ${closedDay('o')} BETWEEN $1::date AND $2::date AND ${everything}
     GROUP BY o.provider_id, o.institution_id`,
    params.values,
  )) as (MetricsCell & { orderIds: string[] })[];
  const selected = (cell: MetricsCell) =>
    (filter.providerId == null || cell.providerId === filter.providerId) && (filter.institutionId == null || cell.institutionId === filter.institutionId);
  const chosen = cells.filter(selected);
  const orderIds = chosen.flatMap((cell) => cell.orderIds);
  const withheld = {
    shares: isWithheld(cells, selected, (cell) => cell.count),
    satisfaction: isWithheld(cells, selected, (cell) => cell.satisfactionCount),
  };
  const ratings = !mayAskPartnersForRatings(identity) ? null : orderIds.length ? await collaborationRatings(peers, context, orderIds) : { count: 0, average: null };
  return successMetricsOf(sumCells(chosen), ratings, withheld);
}

/**
 * Mentor suggestions for an order: the mentors subgraph ranks every mentor of the order's provider
 * (eligible first, best score first) from the order's terms and each mentor's weekly hours on
 * ACTIVE orders, which only this subgraph knows.
 */
export async function suggestMentors(orderId: string, context: Context, peers: Peers) {
  const { db, identity, loaders } = context;
  assertRules(violations(requireUuid('orderId', orderId)));
  const order = await loaders.order.load(orderId);
  if (!order) throw notFound('Order');
  const [youth] = (await db.query('SELECT caseworker_unit_id, birth_date::text AS birth_date FROM youth WHERE id = $1', [order.youthId])) as {
    caseworker_unit_id: string;
    birth_date: string;
  }[];
  requireMentorSuggester(identity, order, { caseworkerUnitId: youth!.caseworker_unit_id });
  assertRules(violations(statusViolation(order.status, ['PLACED', 'ACCEPTED', 'ACTIVE'], 'suggest mentors')));
  const period = eligibilityPeriod(order, today());
  // This order's own hours are left out: a mentor already on it is not counted twice.
  const loads = (await db.query(
    `SELECT mentor_id AS "mentorId", sum(weekly_hours)::float AS "weeklyHours" FROM mentor_order
     WHERE provider_id = $1 AND status = 'ACTIVE' AND mentor_id IS NOT NULL AND id <> $2
     GROUP BY mentor_id ORDER BY mentor_id`,
    [order.providerId, order.id],
  )) as { mentorId: string; weeklyHours: number }[];
  const rankings = await rankMentors(peers, context, {
    providerId: order.providerId,
    ...period,
    youthUnder18: isUnder18(youth!.birth_date, period.from),
    targetGroup: order.targetGroup,
    weeklyHours: order.weeklyHours,
    municipalityCode: order.deliveryMunicipalityCode,
    loads,
  });
  return rankings.map((ranking) => ({ ...ranking, mentor: { __typename: 'Mentor', id: ranking.mentorId } }));
}

/**
 * The national report of the caller's unit: one line per order that was ACTIVE on a day of the
 * period, with the youth's CPR number; each youth in it is audited as a read of `Youth.cpr`, with
 * the request's other records, and the response carries no CSV when they cannot be stored.
 */
export async function nationalReport(args: { from: string; to: string }, context: Context): Promise<string> {
  const { db, identity } = context;
  requireReportExporter(identity);
  assertRules(checkReportPeriod(args.from, args.to));
  const params = new SqlParams([identity.org, args.from, args.to]);
  const rows = (await db.query(
    `SELECT y.id AS "youthId", y.cpr, o.start_date::text AS "startDate",
            least(o.end_date, coalesce(${closedDay('o')}, o.end_date))::text AS "endDate", o.weekly_hours AS "weeklyHours"
     FROM mentor_order o JOIN youth y ON y.id = o.youth_id
     WHERE y.caseworker_unit_id = $1 AND ${orderScope(identity, 'o', params)}
       AND o.activated_on IS NOT NULL AND o.activated_on <= $3::date AND o.start_date <= $3::date
       AND least(o.end_date, coalesce(${closedDay('o')}, o.end_date)) >= $2::date
     ORDER BY o.start_date, o.reference`,
    params.values,
  )) as (ReportRow & { youthId: string })[];
  const youthIds = [...new Set(rows.map((row) => row.youthId))];
  await Promise.all(youthIds.map((youthId) => context.audit.read(youthId, 'Youth.cpr', true)));
  return nationalReportCsv(rows, identity.org);
}
