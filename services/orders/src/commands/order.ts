import { randomUUID } from 'node:crypto';
import { assertRules, badInput, isUuid, notFound, requireUuid, violations } from '@mentor/common';
import type { EntityManager } from 'typeorm';
import { requireCaseworkerOfOrder, requireOrderPlacer, requireOrderProvider, requireOwnUnit, requireProviderOrCaseworkerOfOrder, youthScope } from '../access/index.js';
import type { Context } from '../context.js';
import { addDays, endDateFor, isIsoDate, today } from '../dates.js';
import { Order, OrderExtension, ServiceStandard, Youth } from '../entities/index.js';
import type {
  AcceptOrderInput,
  AssignMentorInput,
  CancelOrderInput,
  CompleteOrderInput,
  ExtendOrderInput,
  RecordSpsClarificationInput,
  RejectOrderInput,
  SignAgreementInput,
} from '../generated/resolvers.js';
import { agreementItemsViolations, checkAgreement } from '../rules/agreement.js';
import { followUpDueDate, followUpOverdueViolation } from '../rules/follow-up.js';
import { assertStatus, assertTransition } from '../rules/lifecycle.js';
import {
  catalogueViolations,
  checkCompletion,
  checkExtension,
  checkPlaceOrder,
  checkSpsClarification,
  institutionViolation,
  orderingMunicipalityViolation,
  overlappingSupportViolation,
  providerAgreementViolation,
  reasonViolation,
  type OverlappingOrder,
  type PlaceOrderInput,
} from '../rules/order.js';
import { totalHoursOf } from '../rules/hours.js';
import { institutionFacts, providerCatalogue, unitMunicipality } from '../peers.js';
import { sendYouthLink, type Peers } from '../replication.js';
import { hydrate, SqlParams } from '../sql.js';
import { assertMentorFits, assertMentorStaysEligible } from './mentor-checks.js';
import { checkVersion, createOnce, inCommand, insertRow, lockVisibleOrder, rulesOfOrder, updateOrder } from './support.js';

/** The standard of a municipality in force on a date: the latest that took effect on or before it. */
async function serviceStandardInForce(manager: EntityManager, municipalityCode: string, on: string): Promise<ServiceStandard> {
  const rows = await manager.query(
    'SELECT * FROM service_standard WHERE municipality_code = $1 AND effective_from <= $2 ORDER BY effective_from DESC, version DESC LIMIT 1',
    [municipalityCode, on],
  );
  const [standard] = hydrate(manager, ServiceStandard, rows);
  if (!standard) {
    throw badInput('orderingMunicipalityCode', 'serviceStandardInForce', `orderingMunicipalityCode: no service standard of municipality ${municipalityCode} is in force on ${on}`);
  }
  return standard;
}

/** `ORD-2026-000123`: the year the order is placed and a number from a sequence. */
async function nextReference(manager: EntityManager): Promise<string> {
  const [{ number }] = (await manager.query(`SELECT nextval('order_reference_seq')::int AS number`)) as [{ number: number }];
  return `ORD-${today().slice(0, 4)}-${String(number).padStart(6, '0')}`;
}

/** Tells partners the youth's providers and ACTIVE mentors as this change leaves them: enqueued in the change's transaction. */
async function linked(manager: EntityManager, order: Order): Promise<Order> {
  await sendYouthLink(manager, order.youthId);
  return order;
}

/**
 * The order a change is about, locked: one the caller cannot see is NOT_FOUND, one they see but may
 * not change this way FORBIDDEN (`authorize`), one changed since the caller read it a CONFLICT.
 */
async function orderToChange(
  manager: EntityManager,
  context: Context,
  input: { orderId: string; expectedVersion?: number | null },
  authorize: (identity: Context['identity'], order: Order) => void | Promise<void>,
): Promise<Order> {
  const order = await lockVisibleOrder(manager, context.identity, input.orderId);
  await authorize(context.identity, order);
  checkVersion('The order', order, input.expectedVersion);
  return order;
}

export async function placeOrder(input: PlaceOrderInput, context: Context, peers: Peers): Promise<Order> {
  const { identity } = context;
  requireOrderPlacer(identity);
  return createOnce(context, { operation: 'placeOrder', key: input.idempotencyKey, target: Order, table: 'mentor_order' }, async (manager, id) => {
    assertRules(violations(requireUuid('youthId', input.youthId)));
    const params = new SqlParams([input.youthId]);
    const [youth] = hydrate(manager, Youth, await manager.query(`SELECT y.* FROM youth y WHERE y.id = $1 AND ${youthScope(identity, 'y', params)}`, params.values));
    if (!youth) throw notFound('Youth');
    requireOwnUnit(identity, youth, "Only a caseworker in the youth's unit places orders for them");

    if (!isIsoDate(input.startDate)) throw badInput('startDate', 'date', 'startDate: not a date');
    // Rules 1 and 12: the standard is the one of the caseworker's unit's municipality, as partners registers the unit.
    const municipalityCode = await unitMunicipality(peers, context, identity.org);
    assertRules(violations(orderingMunicipalityViolation(input.orderingMunicipalityCode, municipalityCode)));
    const standard = await serviceStandardInForce(manager, municipalityCode!, input.startDate);
    assertRules(checkPlaceOrder(input, standard.rules, today()));
    // Rules 3–5 need what the provider offers (mentors) and what the institution is (partners).
    const [catalogue, institution] = await Promise.all([
      providerCatalogue(peers, context, input.providerId),
      institutionFacts(peers, context, input.institutionId),
    ]);
    assertRules([
      ...violations(catalogue && providerAgreementViolation(catalogue, input.startDate), institutionViolation(institution, standard.rules)),
      ...catalogueViolations(input, catalogue),
    ]);
    // One support at a time: the youth's open orders whose period meets this one's (the youth row is locked, so two cannot race).
    await manager.query('SELECT 1 FROM youth WHERE id = $1 FOR UPDATE', [youth.id]);
    const endDate = endDateFor(input.startDate, input.weeks);
    const overlapping = (await manager.query(
      `SELECT reference, start_date::text AS "startDate", end_date::text AS "endDate" FROM mentor_order
       WHERE youth_id = $1 AND status IN ('PLACED', 'ACCEPTED', 'ACTIVE') AND start_date <= $3 AND end_date >= $2 ORDER BY start_date, reference`,
      [youth.id, input.startDate, endDate],
    )) as OverlappingOrder[];
    assertRules(violations(overlappingSupportViolation(overlapping, input.overlapJustification)));

    const order = await insertRow(manager, Order, 'mentor_order', {
      id,
      reference: await nextReference(manager),
      youth_id: youth.id,
      provider_id: input.providerId,
      mentor_id: null,
      institution_id: input.institutionId,
      service_standard_id: standard.id,
      target_group: input.targetGroup ?? youth.targetGroup,
      legal_basis: input.legalBasis?.trim() || youth.legalBasis,
      goal_kind: input.goalKind,
      goal: input.goal.trim(),
      tasks: input.tasks.map((task) => task.trim()),
      requested_activities: input.requestedActivities.map((activity) => activity.trim()),
      weekly_hours: input.weeklyHours,
      weeks: input.weeks,
      start_date: input.startDate,
      end_date: endDate,
      delivery_municipality_code: input.deliveryMunicipalityCode,
      status: 'PLACED',
      sps_clarification: input.spsClarification?.text.trim() ?? null,
      sps_clarified_on: input.spsClarification?.clarifiedOn ?? null,
      overlap_justification: overlapping.length ? input.overlapJustification!.trim() : null,
      created_by: isUuid(identity.sub) ? identity.sub : null,
      idempotency_key: input.idempotencyKey ?? null,
    });
    await sendYouthLink(manager, order.youthId);
    return order;
  });
}

export function acceptOrder(input: AcceptOrderInput, context: Context): Promise<Order> {
  return inCommand(context, async (manager) => {
    const order = await orderToChange(manager, context, input, (identity, order) => requireOrderProvider(identity, order, 'Only the provider the order is placed with accepts it'));
    assertTransition(order.status, 'ACCEPTED');
    return updateOrder(manager, order.id, { status: 'ACCEPTED' });
  });
}

export function rejectOrder(input: RejectOrderInput, context: Context, peers: Peers): Promise<Order> {
  return inCommand(context, async (manager) => {
    const order = await orderToChange(manager, context, input, (identity, order) => requireOrderProvider(identity, order, 'Only the provider the order is placed with rejects it'));
    assertTransition(order.status, 'REJECTED');
    assertRules(violations(reasonViolation(input.reason)));
    // A rejected order no longer lets the school enroll the youth: partners learns it with the youth's link.
    return linked(manager, await updateOrder(manager, order.id, { status: 'REJECTED', rejection_reason: input.reason.trim(), closed_at: new Date() }));
  });
}

/** Rule 9: the mentors subgraph finds the mentor eligible for the rest of the order, and their ACTIVE orders with this one fit their capacity. */
export function assignMentor(input: AssignMentorInput, context: Context, peers: Peers): Promise<Order> {
  return inCommand(context, async (manager) => {
    const order = await orderToChange(manager, context, input, (identity, order) => requireOrderProvider(identity, order, 'Only the provider the order is placed with assigns its mentor'));
    assertRules(violations(requireUuid('mentorId', input.mentorId)));
    assertStatus(order.status, ['ACCEPTED', 'ACTIVE'], 'assign a mentor');
    await assertMentorFits(manager, peers, context, order, input.mentorId);
    return linked(manager, await updateOrder(manager, order.id, { mentor_id: input.mentorId }));
  });
}

/** Records the signed agreement; an accepted order with a mentor becomes ACTIVE. Signing again (a new mentor) replaces it. */
export function signAgreement(input: SignAgreementInput, context: Context, peers: Peers): Promise<Order> {
  return inCommand(context, async (manager) => {
    const order = await orderToChange(manager, context, input, (identity, order) => requireOrderProvider(identity, order, 'Only the provider the order is placed with signs its agreement'));
    assertStatus(order.status, ['ACCEPTED', 'ACTIVE'], 'sign the agreement');
    assertRules(checkAgreement(input, order, today()));
    const activating = order.status === 'ACCEPTED';
    if (activating) assertTransition(order.status, 'ACTIVE');
    const rules = await rulesOfOrder(manager, order);
    const complaintGuidance = input.complaintGuidance?.trim() || rules.complaintGuidance;
    assertRules(
      agreementItemsViolations({
        goal: order.goal,
        mentorName: input.mentorName,
        mentorContact: input.mentorContact,
        tasks: order.tasks,
        startDate: order.startDate,
        endDate: order.endDate,
        weeklyHours: order.weeklyHours,
        totalHours: totalHoursOf(order),
        complaintGuidance,
      }),
    );
    // ACTIVE needs an eligible mentor on the day it starts: a certification may have lapsed, or the mentor filled up, since the assignment.
    if (activating) await assertMentorFits(manager, peers, context, order, order.mentorId!);
    await manager.query(
      `INSERT INTO mentor_agreement (id, order_id, goal, mentor_name, mentor_contact, tasks, start_date, end_date, weekly_hours, total_hours, complaint_guidance, signed_on, signed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (order_id) DO UPDATE SET goal = EXCLUDED.goal, mentor_name = EXCLUDED.mentor_name, mentor_contact = EXCLUDED.mentor_contact,
         tasks = EXCLUDED.tasks, start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date, weekly_hours = EXCLUDED.weekly_hours,
         total_hours = EXCLUDED.total_hours, complaint_guidance = EXCLUDED.complaint_guidance, signed_on = EXCLUDED.signed_on, signed_by = EXCLUDED.signed_by`,
      [
        randomUUID(),
        order.id,
        order.goal,
        input.mentorName.trim(),
        input.mentorContact.trim(),
        order.tasks,
        order.startDate,
        order.endDate,
        order.weeklyHours,
        totalHoursOf(order),
        complaintGuidance,
        input.signedOn ?? today(),
        isUuid(context.identity.sub) ? context.identity.sub : null,
      ],
    );
    const changes = activating ? { status: 'ACTIVE', activated_on: today() } : { status: 'ACTIVE' };
    return linked(manager, await updateOrder(manager, order.id, changes));
  });
}

export function recordSpsClarification(input: RecordSpsClarificationInput, context: Context): Promise<Order> {
  return inCommand(context, async (manager) => {
    const order = await orderToChange(manager, context, input, (identity, order) => requireProviderOrCaseworkerOfOrder(manager, identity, order, "Only the youth's caseworker or the order's provider records the SPS clarification"));
    assertStatus(order.status, ['DRAFT', 'PLACED', 'ACCEPTED', 'ACTIVE'], 'record the SPS clarification');
    assertRules(checkSpsClarification(input, today()));
    return updateOrder(manager, order.id, { sps_clarification: input.text.trim(), sps_clarified_on: input.clarifiedOn });
  });
}

/**
 * Rule 12 (grants, from the standard's data) and rule 11 (no more support while the follow-up is
 * overdue); the mentor must stay eligible for the added weeks (rule 9).
 */
export function extendOrder(input: ExtendOrderInput, context: Context, peers: Peers): Promise<Order> {
  return inCommand(context, async (manager) => {
    const order = await orderToChange(manager, context, input, (identity, order) => requireCaseworkerOfOrder(manager, identity, order, "Only a caseworker in the youth's unit extends orders"));
    assertStatus(order.status, ['ACCEPTED', 'ACTIVE'], 'extend');
    const rules = await rulesOfOrder(manager, order);
    assertRules(checkExtension(order, input, rules));
    const followUps = (await manager.query('SELECT date::text AS date FROM follow_up WHERE order_id = $1', [order.id])) as { date: string }[];
    const followUpDue = followUpDueDate(order, followUps.map((row) => row.date), rules.followUpEveryWeeks);
    assertRules(violations(followUpOverdueViolation(followUpDue, today())));
    const newEndDate = addDays(order.endDate, input.weeks * 7);
    if (order.mentorId) await assertMentorStaysEligible(manager, peers, context, { ...order, endDate: newEndDate }, order.mentorId);
    await insertRow(manager, OrderExtension, 'order_extension', {
      id: randomUUID(),
      order_id: order.id,
      weeks: input.weeks,
      previous_end_date: order.endDate,
      new_end_date: newEndDate,
      special_justification: input.specialJustification?.trim() || null,
      granted_by: isUuid(context.identity.sub) ? context.identity.sub : null,
    });
    return updateOrder(manager, order.id, { weeks: order.weeks + input.weeks, end_date: newEndDate });
  });
}

export function completeOrder(input: CompleteOrderInput, context: Context, peers: Peers): Promise<Order> {
  return inCommand(context, async (manager) => {
    const order = await orderToChange(manager, context, input, (identity, order) => requireCaseworkerOfOrder(manager, identity, order, "Only a caseworker in the youth's unit closes orders"));
    assertTransition(order.status, 'COMPLETED');
    const [{ minutes }] = (await manager.query('SELECT coalesce(sum(minutes), 0)::int AS minutes FROM mentor_session WHERE order_id = $1', [order.id])) as [{ minutes: number }];
    assertRules(checkCompletion(order, input, { today: today(), deliveredMinutes: minutes }));
    const completed = await updateOrder(manager, order.id, {
      status: 'COMPLETED',
      outcome_kind: input.outcome,
      youth_satisfaction: input.youthSatisfaction ?? null,
      outcome_note: input.note?.trim() || null,
      closed_at: new Date(),
    });
    return linked(manager, completed);
  });
}

export function cancelOrder(input: CancelOrderInput, context: Context, peers: Peers): Promise<Order> {
  return inCommand(context, async (manager) => {
    const order = await orderToChange(manager, context, input, (identity, order) => requireCaseworkerOfOrder(manager, identity, order, "Only a caseworker in the youth's unit cancels orders"));
    assertTransition(order.status, 'CANCELLED');
    assertRules(violations(reasonViolation(input.reason)));
    return linked(manager, await updateOrder(manager, order.id, { status: 'CANCELLED', cancellation_reason: input.reason.trim(), closed_at: new Date() }));
  });
}

