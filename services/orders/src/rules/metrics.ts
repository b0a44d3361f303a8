import { requireUuid, RuleViolation, violations } from '@mentor/common';
import { addDays, daysBetween, isIsoDate } from '../dates.js';
import { roundHours } from './hours.js';

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

/** The last day of the calendar quarter `date` (YYYY-MM-DD) falls in. */
export function quarterEnd(date: string): string {
  const year = Number(date.slice(0, 4));
  const lastMonth = Math.ceil(Number(date.slice(5, 7)) / 3) * 3;
  return lastMonth === 12 ? `${year}-12-31` : addDays(`${year}-${String(lastMonth + 1).padStart(2, '0')}-01`, -1);
}

const quarterStarts = ['01-01', '04-01', '07-01', '10-01'];

/**
 * Success metrics are counted per whole calendar quarter that has ended (SECURITY.md, "Success
 * metrics"): no permitted period contains or overlaps another, so two answers cannot be subtracted
 * to leave one youth, and an ended quarter no longer changes, so the same question asked a day
 * later cannot either.
 */
export function reportingPeriodViolations(from: string, to: string, today: string): RuleViolation[] {
  if (!isIsoDate(from) || !isIsoDate(to)) return [];
  return violations(
    quarterStarts.includes(from.slice(5)) ? null : new RuleViolation('from', 'reportingPeriod', 'from: the first day of a calendar quarter (1 January, 1 April, 1 July or 1 October)'),
    to !== quarterEnd(from)
      ? new RuleViolation('to', 'reportingPeriod', 'to: the last day of the quarter that from begins; success metrics are counted per whole calendar quarter')
      : to >= today
        ? new RuleViolation('to', 'periodEnded', 'to: a quarter that has ended; the running quarter still changes')
        : null,
  );
}

export function checkSuccessFilter(filter: SuccessFilter, today: string): RuleViolation[] {
  const period = periodViolations(filter.from, filter.to);
  return violations(
    filter.providerId == null ? null : requireUuid('providerId', filter.providerId),
    filter.institutionId == null ? null : requireUuid('institutionId', filter.institutionId),
    ...(period.length ? period : reportingPeriodViolations(filter.from, filter.to, today)),
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

/** The orders of one provider at one institution: the smallest group any filter selects. */
export interface MetricsCell extends OutcomeCounts {
  providerId: string;
  institutionId: string;
}

/**
 * The cells whose figures no set of answers may tell apart: the groups of one to four (by `size`:
 * orders for the shares, answers for the mean satisfaction), and when those add up to fewer than
 * `MIN_GROUP_SIZE`, the smallest further cells until they add up to at least that many.
 */
export function suppressedCells(cells: readonly MetricsCell[], size: (cell: MetricsCell) => number): Set<MetricsCell> {
  const small = cells.filter((cell) => size(cell) > 0 && size(cell) < MIN_GROUP_SIZE);
  const suppressed = new Set(small);
  let total = small.reduce((sum, cell) => sum + size(cell), 0);
  const others = cells
    .filter((cell) => size(cell) > 0 && !suppressed.has(cell))
    .sort((a, b) => size(a) - size(b) || a.providerId.localeCompare(b.providerId) || a.institutionId.localeCompare(b.institutionId));
  for (const cell of others) {
    if (total === 0 || total >= MIN_GROUP_SIZE) break;
    suppressed.add(cell);
    total += size(cell);
  }
  return suppressed;
}

/**
 * Whether the figures of the cells a question selects must be withheld. Every answer the caller
 * may get is a sum of cells; when each one holds either all suppressed cells or none, any
 * combination of answers sees the suppressed cells only as their total, which is a group of at
 * least `MIN_GROUP_SIZE`. So a selection that holds some suppressed cells but not all is withheld.
 */
export function isWithheld(cells: readonly MetricsCell[], selected: (cell: MetricsCell) => boolean, size: (cell: MetricsCell) => number): boolean {
  const suppressed = [...suppressedCells(cells, size)];
  const held = suppressed.filter(selected).length;
  return held > 0 && held < suppressed.length;
}

/** The counts of the cells a question selects, added up. */
export function sumCells(cells: readonly MetricsCell[]): OutcomeCounts {
  const keys = ['count', 'completedEducation', 'transferred', 'droppedOut', 'satisfactionSum', 'satisfactionCount', 'orderedHours', 'deliveredMinutes'] as const;
  return Object.fromEntries(keys.map((key) => [key, cells.reduce((sum, cell) => sum + cell[key], 0)])) as unknown as OutcomeCounts;
}

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
export function successMetricsOf(
  counts: OutcomeCounts,
  ratings: { count: number; average: number | null } | null,
  /** Withheld to keep other cells' figures from being subtracted out (`isWithheld`). */
  withheld: { shares: boolean; satisfaction: boolean } = { shares: false, satisfaction: false },
): SuccessMetrics {
  // A group of one to four: its outcomes and answers stay unsaid (none to say for an empty group).
  const suppressed = (counts.count > 0 && counts.count < MIN_GROUP_SIZE) || withheld.shares;
  const shown = (value: number | null) => (suppressed ? null : value);
  return {
    count: counts.count,
    suppressed,
    completedEducationShare: shown(share(counts.completedEducation, counts.count)),
    transferredShare: shown(share(counts.transferred, counts.count)),
    droppedOutShare: shown(share(counts.droppedOut, counts.count)),
    averageYouthSatisfaction: counts.satisfactionCount < MIN_GROUP_SIZE || withheld.satisfaction ? null : shown(average(counts.satisfactionSum, counts.satisfactionCount)),
    averagePartnerRating: ratings?.average == null ? null : Math.round(ratings.average * 100) / 100,
    partnerRatingCount: ratings ? ratings.count : null,
    orderedHours: roundHours(counts.orderedHours),
    deliveredHours: roundHours(counts.deliveredMinutes / 60),
  };
}
