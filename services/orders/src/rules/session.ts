import { optionalText, requireText, RuleViolation, violations } from '@mentor/common';
import { isIsoDate } from '../dates.js';
import { sessionForms, sessionPhases, sessionPlaces } from '../domain.js';
import { idempotencyKeyViolation, LONG_TEXT, SHORT_TEXT, textListViolations } from './text.js';
import type { LogSessionInput as GeneratedLogSessionInput } from '../generated/resolvers.js';

export type LogSessionInput = Omit<GeneratedLogSessionInput, 'orderId'>;

export interface SessionContext {
  order: { startDate: string; endDate: string; totalHours: number };
  deliveredMinutes: number;
  /** The youth's recorded consent to home visits (Youth.homeVisitConsent). */
  homeVisitConsent: boolean;
  today: string;
}

export const MAX_SESSION_MINUTES = 480;

/**
 * Rule 6: contact is 1:1 (a session belongs to one order, so to one youth and their mentor), in
 * person at the institution, a workplace, in the city, or at home when the youth has agreed to
 * it; by phone or video only in special circumstances, such as hospital or prison (seed 000 §2).
 */
function formViolations(input: LogSessionInput, homeVisitConsent: boolean): RuleViolation[] {
  if (!sessionForms.includes(input.form)) return [new RuleViolation('form', 'sessionForm', 'form: IN_PERSON, PHONE or DIGITAL')];
  if (input.form === 'IN_PERSON') {
    if (!input.place) return [new RuleViolation('place', 'placeRequired', 'place: where the in-person session took place')];
    if (!sessionPlaces.includes(input.place)) return [new RuleViolation('place', 'sessionPlace', 'place: INSTITUTION, WORKPLACE, CITY or HOME')];
    if (input.place === 'HOME' && !homeVisitConsent) {
      return [new RuleViolation('place', 'homeVisitConsent', "place: a session at home needs the youth's recorded consent to home visits; the caseworker records it")];
    }
    return violations(optionalText('specialReason', input.specialReason, SHORT_TEXT));
  }
  if (input.place) return [new RuleViolation('place', 'placeOnlyInPerson', 'place: only for in-person sessions')];
  if (!input.specialReason?.trim()) {
    return [new RuleViolation('specialReason', 'specialReasonRequired', `specialReason: a ${input.form.toLowerCase()} session needs a special reason (HOSPITALISED, IMPRISONED or a description)`)];
  }
  return violations(optionalText('specialReason', input.specialReason, SHORT_TEXT));
}

/** A logged session: inside the order's period, not in the future, and never beyond the order's total hours. */
export function checkSession(input: LogSessionInput, context: SessionContext): RuleViolation[] {
  const { order, today } = context;
  const found = violations(
    !isIsoDate(input.date)
      ? new RuleViolation('date', 'date', 'date: not a date')
      : input.date > today
        ? new RuleViolation('date', 'notInFuture', 'date: a session cannot be logged before it happened')
        : input.date < order.startDate || input.date > order.endDate
          ? new RuleViolation('date', 'withinOrderPeriod', `date: outside the order's period ${order.startDate}–${order.endDate}`)
          : null,
    !Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > MAX_SESSION_MINUTES
      ? new RuleViolation('minutes', 'minutesRange', `minutes: a whole number from 1 to ${MAX_SESSION_MINUTES}`)
      : null,
    sessionPhases.includes(input.phase) ? null : new RuleViolation('phase', 'sessionPhase', 'phase: OUTREACH, COURSE or HANDOVER'),
    requireText('journalNote', input.journalNote, LONG_TEXT),
    idempotencyKeyViolation(input.idempotencyKey),
  );
  found.push(...formViolations(input, context.homeVisitConsent));
  found.push(...textListViolations('activities', input.activities ?? [], { min: 0, max: 10 }));
  if (found.length) return found;
  const totalMinutes = Math.round(order.totalHours * 60);
  if (context.deliveredMinutes + input.minutes > totalMinutes) {
    found.push(
      new RuleViolation('minutes', 'deliveredWithinTotal', `minutes: ${context.deliveredMinutes} of the order's ${totalMinutes} minutes are delivered; ${input.minutes} more would exceed the total`),
    );
  }
  return found;
}
