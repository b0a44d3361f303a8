import { isUuid, readPage, toConnection, type PageArgs } from '@mentor/common';
import type { OrdersContext } from '../context.js';
import { addDays } from '../dates.js';
import { roundHours, totalHoursOf } from '../hours.js';
import type { Order as OrderRow } from '../entities/index.js';

const FOLLOW_UP_EVERY_DAYS = 13 * 7;
const EFFECT_ASSESSMENT_DAYS_BEFORE_END = 14;
const openStatuses = new Set(['ACCEPTED', 'ACTIVE']);

/** Value objects built here carry the order's id, so the rules on their fields judge them by the order. */
export const Order = {
  __resolveReference: (reference: { id: string }, { loaders }: OrdersContext) => (isUuid(reference.id) ? loaders.order.load(reference.id) : null),
  youth: (order: OrderRow, _: unknown, { loaders }: OrdersContext) => loaders.youth.load(order.youthId),
  provider: (order: OrderRow) => ({ __typename: 'Provider', id: order.providerId }),
  mentor: (order: OrderRow) => (order.mentorId ? { __typename: 'Mentor', id: order.mentorId } : null),
  institution: (order: OrderRow) => ({ __typename: 'Institution', id: order.institutionId }),
  totalHours: (order: OrderRow) => totalHoursOf(order),
  deliveredHours: async (order: OrderRow, _: unknown, { loaders }: OrdersContext) => roundHours((await loaders.deliveredMinutesByOrder.load(order.id)) / 60),
  spsClarification: (order: OrderRow) => (order.spsClarification ? { orderId: order.id, text: order.spsClarification, clarifiedOn: order.spsClarifiedOn } : null),
  agreement: (order: OrderRow, _: unknown, { loaders }: OrdersContext) => loaders.agreementByOrder.load(order.id),
  schedules: (order: OrderRow, _: unknown, { loaders }: OrdersContext) => loaders.schedulesByOrder.load(order.id),
  async sessions(order: OrderRow, args: PageArgs, { loaders }: OrdersContext) {
    const page = readPage(args);
    const { rows, totalCount } = await loaders.sessionsOf(page).load(order.id);
    return toConnection(rows, totalCount, page);
  },
  followUps: (order: OrderRow, _: unknown, { loaders }: OrdersContext) => loaders.followUpsByOrder.load(order.id),
  effectAssessments: (order: OrderRow, _: unknown, { loaders }: OrdersContext) => loaders.effectAssessmentsByOrder.load(order.id),
  extensions: (order: OrderRow, _: unknown, { loaders }: OrdersContext) => loaders.extensionsByOrder.load(order.id),
  async followUpDue(order: OrderRow, _: unknown, { loaders }: OrdersContext) {
    if (!openStatuses.has(order.status)) return null;
    const followUps = await loaders.followUpsByOrder.load(order.id);
    const last = followUps.length ? followUps[followUps.length - 1]!.date : order.startDate;
    return addDays(last, FOLLOW_UP_EVERY_DAYS);
  },
  async effectAssessmentDue(order: OrderRow, _: unknown, { loaders }: OrdersContext) {
    if (!openStatuses.has(order.status)) return null;
    const [assessments, extensions] = await Promise.all([loaders.effectAssessmentsByOrder.load(order.id), loaders.extensionsByOrder.load(order.id)]);
    // An extension starts a new period, which needs its own assessment before it ends.
    const periodStart = extensions.length ? extensions[extensions.length - 1]!.previousEndDate : order.startDate;
    const assessed = assessments.some((assessment) => assessment.date >= periodStart);
    return assessed ? null : addDays(order.endDate, -EFFECT_ASSESSMENT_DAYS_BEFORE_END);
  },
  outcome: (order: OrderRow) =>
    order.outcomeKind ? { orderId: order.id, kind: order.outcomeKind, youthSatisfaction: order.youthSatisfaction, note: order.outcomeNote, recordedAt: order.closedAt } : null,
  serviceStandard: (order: OrderRow, _: unknown, { loaders }: OrdersContext) => (order.serviceStandardId ? loaders.serviceStandard.load(order.serviceStandardId) : null),
};
