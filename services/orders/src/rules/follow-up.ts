import { requireText, RuleViolation, violations } from '@mentor/common';
import { addDays, isIsoDate } from '../dates.js';
import { effectLevels, progressions, recommendations } from '../domain.js';
import { idempotencyKeyViolation, LONG_TEXT } from './text.js';
import type { RecordFollowUpInput as GeneratedRecordFollowUpInput, RecordEffectAssessmentInput as GeneratedRecordEffectAssessmentInput } from '../generated/resolvers.js';

export type RecordFollowUpInput = Omit<GeneratedRecordFollowUpInput, 'orderId'>;

export type RecordEffectAssessmentInput = Omit<GeneratedRecordEffectAssessmentInput, 'orderId'>;

function recordedDateViolation(date: string, order: { startDate: string }, today: string): RuleViolation | null {
  if (!isIsoDate(date)) return new RuleViolation('date', 'date', 'date: not a date');
  if (date > today) return new RuleViolation('date', 'notInFuture', 'date: cannot be in the future');
  if (date < order.startDate) return new RuleViolation('date', 'withinOrderPeriod', `date: before the order starts on ${order.startDate}`);
  return null;
}

export function checkFollowUp(input: RecordFollowUpInput, order: { startDate: string }, today: string): RuleViolation[] {
  return violations(
    recordedDateViolation(input.date, order, today),
    requireText('statusAssessment', input.statusAssessment, LONG_TEXT),
    progressions.includes(input.progression) ? null : new RuleViolation('progression', 'progression', 'progression: not a known value'),
    requireText('nextStep', input.nextStep, LONG_TEXT),
    idempotencyKeyViolation(input.idempotencyKey),
  );
}

/** The effect is assessed with the youth at least `daysBeforeEnd` days before the support ends (seed 003). */
export function checkEffectAssessment(
  input: RecordEffectAssessmentInput,
  order: { startDate: string; endDate: string },
  daysBeforeEnd: number,
  today: string,
): RuleViolation[] {
  const dateViolation = recordedDateViolation(input.date, order, today);
  const latest = addDays(order.endDate, -daysBeforeEnd);
  return violations(
    dateViolation ??
      (input.date > latest
        ? new RuleViolation('date', 'effectAssessmentDeadline', `date: the effect is assessed at least ${daysBeforeEnd} days before the end, by ${latest}; extend the order to assess later`)
        : null),
    effectLevels.includes(input.effect) ? null : new RuleViolation('effect', 'effectLevel', 'effect: CLEAR, SOME or NONE'),
    requireText('assessment', input.assessment, LONG_TEXT),
    recommendations.includes(input.recommendation) ? null : new RuleViolation('recommendation', 'recommendation', 'recommendation: not a known value'),
    idempotencyKeyViolation(input.idempotencyKey),
  );
}

/**
 * Rule 11: a follow-up at least every `everyWeeks` weeks (13 in both standards, seed 003): the
 * next is due that many weeks after the last one, or after the start, and at the latest on the
 * order's last day: the support is followed up before it ends. On the due day it is on time.
 */
export function followUpDueDate(order: { startDate: string; endDate: string }, followUpDates: readonly string[], everyWeeks: number): string {
  const last = followUpDates.reduce((latest, date) => (date > latest ? date : latest), order.startDate);
  const due = addDays(last, everyWeeks * 7);
  return due > order.endDate ? order.endDate : due;
}

/** An order whose follow-up is overdue is not granted more support until the caseworker has followed up. */
export function followUpOverdueViolation(dueDate: string, today: string): RuleViolation | null {
  if (today <= dueDate) return null;
  return new RuleViolation('orderId', 'followUpOverdue', `orderId: the follow-up was due on ${dueDate}; record it before extending the order`);
}

/**
 * The last day for the effect assessment of the current grant (at least `daysBeforeEnd` days
 * before it ends, seed 003), or null once one is recorded in it: an extension starts a new grant,
 * which needs its own assessment.
 */
export function effectAssessmentDueDate(
  order: { startDate: string; endDate: string },
  extensions: readonly { previousEndDate: string }[],
  assessmentDates: readonly string[],
  daysBeforeEnd: number,
): string | null {
  const grantStart = extensions.reduce((latest, extension) => (extension.previousEndDate > latest ? extension.previousEndDate : latest), order.startDate);
  return assessmentDates.some((date) => date >= grantStart) ? null : addDays(order.endDate, -daysBeforeEnd);
}
