import { assertRules } from '@mentor/common';
import { requireCaseworkerOfOrder } from '../access/index.js';
import type { Context } from '../context.js';
import { today } from '../dates.js';
import { EffectAssessment, FollowUp } from '../entities/index.js';
import { checkEffectAssessment, checkFollowUp, type RecordEffectAssessmentInput, type RecordFollowUpInput } from '../rules/follow-up.js';
import { assertStatus } from '../rules/lifecycle.js';
import { createOnce, insertRow, lockVisibleOrder, ownerId, rulesOfOrder, type ForOrder } from './support.js';

export function recordFollowUp(input: ForOrder<RecordFollowUpInput>, context: Context): Promise<FollowUp> {
  const { identity } = context;
  return createOnce(context, { operation: 'recordFollowUp', key: input.idempotencyKey, target: FollowUp, table: 'follow_up' }, async (manager, id) => {
    const order = await lockVisibleOrder(manager, identity, input.orderId);
    await requireCaseworkerOfOrder(manager, identity, order, "Only a caseworker in the youth's unit records follow-ups");
    assertStatus(order.status, ['ACCEPTED', 'ACTIVE'], 'record a follow-up');
    assertRules(checkFollowUp(input, order, today()));
    return insertRow(manager, FollowUp, 'follow_up', {
      id,
      order_id: order.id,
      date: input.date,
      status_assessment: input.statusAssessment.trim(),
      progression: input.progression,
      next_step: input.nextStep.trim(),
      recorded_by: ownerId(identity.sub),
      idempotency_key: input.idempotencyKey ?? null,
    });
  });
}

export function recordEffectAssessment(input: ForOrder<RecordEffectAssessmentInput>, context: Context): Promise<EffectAssessment> {
  const { identity } = context;
  return createOnce(context, { operation: 'recordEffectAssessment', key: input.idempotencyKey, target: EffectAssessment, table: 'effect_assessment' }, async (manager, id) => {
    const order = await lockVisibleOrder(manager, identity, input.orderId);
    await requireCaseworkerOfOrder(manager, identity, order, "Only a caseworker in the youth's unit records effect assessments");
    assertStatus(order.status, ['ACTIVE'], 'record an effect assessment');
    const rules = await rulesOfOrder(manager, order);
    assertRules(checkEffectAssessment(input, order, rules.effectAssessmentDaysBeforeEnd, today()));
    return insertRow(manager, EffectAssessment, 'effect_assessment', {
      id,
      order_id: order.id,
      date: input.date,
      effect: input.effect,
      assessment: input.assessment.trim(),
      recommendation: input.recommendation,
      recorded_by: ownerId(identity.sub),
      idempotency_key: input.idempotencyKey ?? null,
    });
  });
}
