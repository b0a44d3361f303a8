import { requireUuid, RuleViolation, violations } from '@mentor/common';
import { daysBetween, isIsoDate } from '../dates.js';
import { roundHours } from '../hours.js';

export interface SuccessFilter {
  providerId?: string | null;
  institutionId?: string | null;
  from: string;
  to: string;
}

/** Success metrics are asked for a period of at most this many days. */
export const MAX_PERIOD_DAYS = 366 * 5;

/** A period from `from` to `to`, both inclusive, that is not absurdly long. */
export function periodViolations(from: string, to: string, maxDays = MAX_PERIOD_DAYS): RuleViolation[] {
  return violations(
    isIsoDate(from) ? null : new RuleViolation('from', 'date', 'from: not a date'),
    !isIsoDate(to)
      ? new RuleViolation('to', 'date', 'to: not a date')
      : isIsoDate(from) && to < from
        ? new RuleViolation('to', 'dateOrder', 'to: must not be before from')
        : isIsoDate(from) && daysBetween(from, to) + 1 > maxDays
          ? new RuleViolation('to', 'periodLength', `to: a period of at most ${maxDays} days`)
          : null,
  );
}

export function checkSuccessFilter(filter: SuccessFilter): RuleViolation[] {
  return violations(
    filter.providerId == null ? null : requireUuid('providerId', filter.providerId),
    filter.institutionId == null ? null : requireUuid('institutionId', filter.institutionId),
    ...periodViolations(filter.from, filter.to),
  );
}

/** What the database counts over the orders completed in the period. */
export interface OutcomeCounts {
  count: number;
  completedEducation: number;
  transferred: number;
  droppedOut: number;
  satisfactionSum: number;
  satisfactionCount: number;
  orderedHours: number;
  deliveredMinutes: number;
}

/**
 * The fewest completed orders a group may have for its shares to be shown, and the fewest answers
 * for its mean satisfaction: in a smaller group (one student at a school, say) a share or a mean is
 * one youth's outcome or answer under another name.
 */
export const MIN_GROUP_SIZE = 5;

export interface SuccessMetrics {
  count: number;
  suppressed: boolean;
  completedEducationShare: number | null;
  transferredShare: number | null;
  droppedOutShare: number | null;
  averageYouthSatisfaction: number | null;
  averagePartnerRating: number | null;
  partnerRatingCount: number | null;
  orderedHours: number;
  deliveredHours: number;
}

const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : null);
const average = (sum: number, count: number) => (count ? Math.round((sum / count) * 100) / 100 : null);

/**
 * Rule 15: the four success criteria of seed 000 §1.2 — completing education, a good transition to
 * another plan, youth satisfaction, the partners' rating of the cooperation — with the hours
 * ordered and delivered. Shares are of the orders completed in the period; null when there are none,
 * and, with the mean satisfaction, null when there are fewer than `MIN_GROUP_SIZE`. The mean
 * satisfaction is also null when fewer than `MIN_GROUP_SIZE` youths answered: five orders with one
 * answer would show that answer.
 */
export function successMetricsOf(counts: OutcomeCounts, ratings: { count: number; average: number | null } | null): SuccessMetrics {
  // A group of one to four: its outcomes and answers stay unsaid (none to say for an empty group).
  const suppressed = counts.count > 0 && counts.count < MIN_GROUP_SIZE;
  const shown = (value: number | null) => (suppressed ? null : value);
  return {
    count: counts.count,
    suppressed,
    completedEducationShare: shown(share(counts.completedEducation, counts.count)),
    transferredShare: shown(share(counts.transferred, counts.count)),
    droppedOutShare: shown(share(counts.droppedOut, counts.count)),
    averageYouthSatisfaction: counts.satisfactionCount < MIN_GROUP_SIZE ? null : shown(average(counts.satisfactionSum, counts.satisfactionCount)),
    averagePartnerRating: ratings?.average == null ? null : Math.round(ratings.average * 100) / 100,
    partnerRatingCount: ratings ? ratings.count : null,
    orderedHours: roundHours(counts.orderedHours),
    deliveredHours: roundHours(counts.deliveredMinutes / 60),
  };
}
