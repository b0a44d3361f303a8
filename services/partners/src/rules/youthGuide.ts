import { requireText, requireUuid, RuleViolation, violations } from '@mentor/common';
import { idempotencyKeyViolation } from './common.js';

export interface YouthGuideInput {
  youthId: string;
  guideUserId: string;
  guideName: string;
  fromDate: string;
  idempotencyKey?: string | null;
}

export function youthGuideRules(input: YouthGuideInput): RuleViolation[] {
  return violations(
    requireUuid('youthId', input.youthId),
    requireUuid('guideUserId', input.guideUserId),
    requireText('guideName', input.guideName, 200),
    idempotencyKeyViolation(input.idempotencyKey),
  );
}

/** A new assignment starts after the open one, which then ends the day before. */
export function youthGuideSuccessionRules(input: Pick<YouthGuideInput, 'fromDate' | 'guideUserId'>, open: { fromDate: string; guideUserId: string } | null): RuleViolation[] {
  if (!open) return [];
  return violations(
    input.fromDate <= open.fromDate
      ? new RuleViolation('fromDate', 'afterCurrentAssignment', `fromDate: must be after the current assignment's start (${open.fromDate})`)
      : null,
    input.guideUserId === open.guideUserId ? new RuleViolation('guideUserId', 'alreadyAssigned', 'guideUserId: is already the youth guide') : null,
  );
}
