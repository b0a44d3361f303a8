import { isUuid, readPage, toConnection, type PageArgs } from '@mentor/common';
import type { Context } from '../context.js';
import { today } from '../dates.js';
import type { ServiceStandardRules } from '../domain.js';
import { roundHours, totalHoursOf } from '../rules/hours.js';
import type { Order as OrderRow } from '../entities/index.js';
import { missedContactWeeks, reconcileWeeks, type OrderPeriod } from '../rules/delivery.js';
import { effectAssessmentDueDate, followUpDueDate } from '../rules/follow-up.js';
import { copenhagenBridgeBuilding } from '../rules/service-standards.js';

const openStatuses = new Set(['ACCEPTED', 'ACTIVE']);

/** The rules of the standard the order was placed under; Copenhagen's for an order placed without one. */
async function rulesOf(order: OrderRow, { loaders }: Context): Promise<ServiceStandardRules> {
  const standard = order.serviceStandardId ? await loaders.serviceStandard.load(order.serviceStandardId) : null;
  return standard?.rules ?? copenhagenBridgeBuilding.rules;
}

/** The day an order closed, in Denmark. */
export function closedOn(order: Pick<OrderRow, 'closedAt' | 'status'>): string | null {
  return order.closedAt && (order.status === 'COMPLETED' || order.status === 'CANCELLED') ? today(order.closedAt) : null;
}

function periodOf(order: OrderRow): OrderPeriod {
  return { startDate: order.startDate, endDate: order.endDate, activatedOn: order.activatedOn, closedOn: closedOn(order) };
}

/** Value objects built here carry the order's id, so the rules on their fields judge them by the order. */
export const Order = {
  __resolveReference: (reference: { id: string }, { loaders }: Context) => (isUuid(reference.id) ? loaders.order.load(reference.id) : null),
  // At once when the order's statement read the youth with it (the document reads it by projected columns), else in one batch.
  youth: (order: OrderRow, _: unknown, { loaders }: Context) => {
    const known = loaders.knownYouth(order.youthId);
    return known !== undefined ? known : loaders.youth.load(order.youthId);
  },
  provider: (order: OrderRow) => ({ __typename: 'Provider', id: order.providerId }),
  mentor: (order: OrderRow) => (order.mentorId ? { __typename: 'Mentor', id: order.mentorId } : null),
  institution: (order: OrderRow) => ({ __typename: 'Institution', id: order.institutionId }),
  totalHours: (order: OrderRow) => totalHoursOf(order),
  // At once when the order's statement read the minutes with it (the document asks for them), else in one batch.
  deliveredHours: (order: OrderRow, _: unknown, { loaders }: Context) => {
    const known = loaders.knownDeliveredMinutes(order.id);
    if (known !== undefined) return roundHours(known / 60);
    return loaders.deliveredMinutesByOrder.load(order.id).then((minutes) => roundHours(minutes / 60));
  },
  spsClarification: (order: OrderRow) => (order.spsClarification ? { orderId: order.id, text: order.spsClarification, clarifiedOn: order.spsClarifiedOn } : null),
  agreement: (order: OrderRow, _: unknown, { loaders }: Context) => loaders.agreementByOrder.load(order.id),
  schedules: (order: OrderRow, _: unknown, { loaders }: Context) => loaders.schedulesByOrder.load(order.id),
  async sessions(order: OrderRow, args: PageArgs, { loaders }: Context) {
    const page = readPage(args);
    const { rows, totalCount } = await loaders.sessionsOf(page).load(order.id);
    return toConnection(rows, totalCount, page);
  },
  followUps: (order: OrderRow, _: unknown, { loaders }: Context) => loaders.followUpsByOrder.load(order.id),
  effectAssessments: (order: OrderRow, _: unknown, { loaders }: Context) => loaders.effectAssessmentsByOrder.load(order.id),
  extensions: (order: OrderRow, _: unknown, { loaders }: Context) => loaders.extensionsByOrder.load(order.id),
  async followUpDue(order: OrderRow, _: unknown, context: Context) {
    if (!openStatuses.has(order.status)) return null;
    const [followUps, rules] = await Promise.all([context.loaders.followUpsByOrder.load(order.id), rulesOf(order, context)]);
    return followUpDueDate(order, followUps.map((followUp) => followUp.date), rules.followUpEveryWeeks);
  },
  async effectAssessmentDue(order: OrderRow, _: unknown, context: Context) {
    if (!openStatuses.has(order.status)) return null;
    const { loaders } = context;
    const [assessments, extensions, rules] = await Promise.all([loaders.effectAssessmentsByOrder.load(order.id), loaders.extensionsByOrder.load(order.id), rulesOf(order, context)]);
    return effectAssessmentDueDate(order, extensions, assessments.map((assessment) => assessment.date), rules.effectAssessmentDaysBeforeEnd);
  },
  /** Each week's value carries the order's id, so the field rules judge it by the order. */
  async weeklyReconciliation(order: OrderRow, _: unknown, { loaders }: Context) {
    const facts = await loaders.deliveryByOrder.load(order.id);
    return reconcileWeeks(periodOf(order), facts, today()).map((week) => ({ ...week, orderId: order.id }));
  },
  async missedContactWeeks(order: OrderRow, _: unknown, context: Context) {
    const rules = await rulesOf(order, context);
    if (!rules.weeklyContactTargetGroups.includes(order.targetGroup)) return [];
    const facts = await context.loaders.deliveryByOrder.load(order.id);
    return missedContactWeeks(periodOf(order), new Set(facts.deliveredMinutes.keys()), today());
  },
  outcome: (order: OrderRow) =>
    order.outcomeKind ? { orderId: order.id, kind: order.outcomeKind, youthSatisfaction: order.youthSatisfaction, note: order.outcomeNote, recordedAt: order.closedAt } : null,
  serviceStandard: (order: OrderRow, _: unknown, { loaders }: Context) => (order.serviceStandardId ? loaders.serviceStandard.load(order.serviceStandardId) : null),
};
