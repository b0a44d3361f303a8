import { requireText, RuleViolation, violations } from '@mentor/common';
import { addDays, daysBetween, isIsoDate, minutesOfDay } from '../dates.js';
import { scheduleKinds, type ScheduleKind } from '../domain.js';
import { idempotencyKeyViolation, SHORT_TEXT } from './text.js';
import type { ScheduleEntryInput as GeneratedScheduleEntryInput, PublishScheduleInput as GeneratedPublishScheduleInput } from '../generated/resolvers.js';

export type ScheduleEntryInput = GeneratedScheduleEntryInput;

export type PublishScheduleInput = Omit<GeneratedPublishScheduleInput, 'orderId'>;

export interface ScheduleContext {
  order: { startDate: string; endDate: string; requestedActivities: string[]; totalHours: number };
  /** Activities of the earlier schedules' entries that stay in the plan: not on days this schedule covers, nor replaced by a later one. */
  plannedActivities: string[];
  /** The last day the earlier schedules cover; null when there are none. */
  plannedUntil: string | null;
  deliveredHours: number;
  today: string;
}

const longestPeriod: Record<ScheduleKind, number> = { WEEKLY: 7, MONTHLY: 31 };
export const MAX_ENTRIES = 62;

export function entryHours(entry: Pick<ScheduleEntryInput, 'startTime' | 'endTime'>): number {
  const start = minutesOfDay(entry.startTime);
  const end = minutesOfDay(entry.endTime);
  return start === null || end === null ? 0 : (end - start) / 60;
}

function entryViolations(entry: ScheduleEntryInput, index: number, validFrom: string, validTo: string): RuleViolation[] {
  const field = `entries[${index}]`;
  const start = minutesOfDay(entry.startTime);
  const end = minutesOfDay(entry.endTime);
  return violations(
    !isIsoDate(entry.date)
      ? new RuleViolation(`${field}.date`, 'date', `${field}.date: not a date`)
      : entry.date < validFrom || entry.date > validTo
        ? new RuleViolation(`${field}.date`, 'withinSchedulePeriod', `${field}.date: outside the schedule's period ${validFrom}–${validTo}`)
        : null,
    start === null ? new RuleViolation(`${field}.startTime`, 'timeFormat', `${field}.startTime: HH:MM`) : null,
    end === null ? new RuleViolation(`${field}.endTime`, 'timeFormat', `${field}.endTime: HH:MM`) : null,
    start !== null && end !== null && end <= start ? new RuleViolation(`${field}.endTime`, 'timeRange', `${field}.endTime: must be after the start time`) : null,
    requireText(`${field}.place`, entry.place, SHORT_TEXT),
    requireText(`${field}.activity`, entry.activity, SHORT_TEXT),
  );
}

/**
 * Rule 5, the plan's side: every requested activity appears in the plan. A schedule may leave one
 * out while there are days left to plan it on; once the plan reaches the order's last day, nothing
 * can be added later, so every requested activity must be in it. Returns the ones missing then.
 */
export function unplannedActivities(input: Pick<PublishScheduleInput, 'validTo' | 'entries'>, context: Pick<ScheduleContext, 'order' | 'plannedActivities' | 'plannedUntil'>): string[] {
  const until = context.plannedUntil && context.plannedUntil > input.validTo ? context.plannedUntil : input.validTo;
  if (until < context.order.endDate) return [];
  const planned = new Set([...context.plannedActivities, ...input.entries.map((entry) => entry.activity)].map((activity) => activity.trim().toLowerCase()));
  return context.order.requestedActivities.filter((activity) => !planned.has(activity.trim().toLowerCase()));
}

/**
 * A schedule is handed to the youth at least one day before it takes effect (seed 000 §2), lies
 * inside the order's period, and with the earlier ones plans every requested activity.
 */
export function checkSchedule(input: PublishScheduleInput, context: ScheduleContext): RuleViolation[] {
  const { order, today } = context;
  const periodFound = violations(
    scheduleKinds.includes(input.kind) ? null : new RuleViolation('kind', 'scheduleKind', 'kind: WEEKLY or MONTHLY'),
    isIsoDate(input.validFrom) ? null : new RuleViolation('validFrom', 'date', 'validFrom: not a date'),
    isIsoDate(input.validTo) ? null : new RuleViolation('validTo', 'date', 'validTo: not a date'),
    idempotencyKeyViolation(input.idempotencyKey),
  );
  if (periodFound.length) return periodFound;
  const found = violations(
    input.validFrom < addDays(today, 1)
      ? new RuleViolation('validFrom', 'publishedInAdvance', 'validFrom: a schedule must reach the youth at least one day before it takes effect')
      : null,
    input.validTo < input.validFrom
      ? new RuleViolation('validTo', 'dateOrder', 'validTo: must not be before validFrom')
      : daysBetween(input.validFrom, input.validTo) + 1 > longestPeriod[input.kind]
        ? new RuleViolation('validTo', 'schedulePeriod', `validTo: a ${input.kind.toLowerCase()} schedule covers at most ${longestPeriod[input.kind]} days`)
        : null,
    input.validFrom < order.startDate || input.validTo > order.endDate
      ? new RuleViolation('validFrom', 'withinOrderPeriod', `validFrom: the schedule must lie within the order's period ${order.startDate}–${order.endDate}`)
      : null,
    input.entries.length === 0 ? new RuleViolation('entries', 'required', 'entries: at least one entry') : null,
    input.entries.length > MAX_ENTRIES ? new RuleViolation('entries', 'maxItems', `entries: at most ${MAX_ENTRIES}`) : null,
  );
  input.entries.slice(0, MAX_ENTRIES).forEach((entry, index) => found.push(...entryViolations(entry, index, input.validFrom, input.validTo)));
  if (found.length) return found;

  const missing = unplannedActivities(input, context);
  if (missing.length) {
    found.push(
      new RuleViolation('entries', 'requestedActivitiesPlanned', `entries: the plan now runs to the order's end and must include every requested activity; missing: ${missing.join(', ')}`),
    );
  }
  const plannedHours = input.entries.reduce((total, entry) => total + entryHours(entry), 0);
  const remaining = order.totalHours - context.deliveredHours;
  if (plannedHours > remaining + 1e-9) {
    found.push(new RuleViolation('entries', 'plannedHoursWithinTotal', `entries: ${plannedHours} hours planned, but only ${remaining} of the order's ${order.totalHours} hours remain`));
  }
  return found;
}
