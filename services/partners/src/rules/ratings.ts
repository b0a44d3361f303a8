import { violations, type RuleViolation } from '@mentor/common';
import { idListViolation } from './common.js';

/** The orders behind one success-metrics figure; a provider's or an institution's orders over a period stay well below this. */
export const MAX_RATED_ORDERS = 1000;

export function collaborationRatingsRules(input: { orderIds: readonly string[] }): RuleViolation[] {
  return violations(idListViolation('orderIds', input.orderIds, MAX_RATED_ORDERS));
}

export interface RatingSummary {
  count: number;
  /** Null when nobody has rated the cooperation: no ratings is not a rating of 0. */
  average: number | null;
}

/**
 * Success criterion 4, the partners' rating of the cooperation around the orders (000 §1.2): the
 * plain mean of the ratings given, one per organisation and order.
 */
export function summariseRatings(ratings: readonly number[]): RatingSummary {
  if (!ratings.length) return { count: 0, average: null };
  return { count: ratings.length, average: ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length };
}
