import { optionalText, requireUuid, RuleViolation, violations } from '@mentor/common';
import { expectedVersionViolation, idempotencyKeyViolation } from './common.js';

export interface FeedbackInput {
  orderId: string;
  rating: number;
  comment?: string | null;
  expectedVersion?: number | null;
  idempotencyKey?: string | null;
}

export const MIN_RATING = 1;
export const MAX_RATING = 5;

export function feedbackRules(input: FeedbackInput): RuleViolation[] {
  return violations(
    requireUuid('orderId', input.orderId),
    Number.isInteger(input.rating) && input.rating >= MIN_RATING && input.rating <= MAX_RATING
      ? null
      : new RuleViolation('rating', 'ratingRange', `rating: from ${MIN_RATING} to ${MAX_RATING}`),
    optionalText('comment', input.comment, 2000),
    expectedVersionViolation(input.expectedVersion),
    idempotencyKeyViolation(input.idempotencyKey),
  );
}
