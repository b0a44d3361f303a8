import { RuleViolation, requireText, requireUuid, violations } from '@mentor/common';
import type { ScreeningKind, ScreeningResult } from '../entities/columns.js';
import { addYears, daysBetween, type IsoDate } from './dates.js';
import { idempotencyKeyViolation } from './text.js';

/** A børneattest or straffeattest check must be renewed this many years after it was made. */
export const SCREENING_RENEWAL_YEARS = 2;

export interface ScreeningFacts {
  kind: ScreeningKind;
  checkedOn: IsoDate;
  result: ScreeningResult;
}

export function renewalDue(checkedOn: IsoDate): IsoDate {
  return addYears(checkedOn, SCREENING_RENEWAL_YEARS);
}

/** The newest check of `kind` among the mentor's; on the same day a NOT_CLEAR result wins over a clear one. */
export function newestCheck<S extends ScreeningFacts>(screenings: readonly S[], kind: ScreeningKind): S | undefined {
  let newest: S | undefined;
  for (const screening of screenings) {
    if (screening.kind !== kind) continue;
    if (!newest || screening.checkedOn > newest.checkedOn || (screening.checkedOn === newest.checkedOn && screening.result === 'NOT_CLEAR')) {
      newest = screening;
    }
  }
  return newest;
}

/**
 * Whether the mentor's check of `kind` is current and clear on `day`: the newest check is CLEAR and
 * its renewal is not yet due. A later NOT_CLEAR check overrides an earlier clear one. Checks are
 * never dated in the future, so the newest one is what is known today.
 */
export function hasCurrentClearCheck(screenings: readonly ScreeningFacts[], kind: ScreeningKind, day: IsoDate): boolean {
  const newest = newestCheck(screenings, kind);
  return newest !== undefined && newest.result === 'CLEAR' && day < renewalDue(newest.checkedOn);
}

/** A check whose renewal falls due within this many days, or is overdue, is on the provider's due list. */
export const RENEWAL_NOTICE_DAYS = 30;

/**
 * The checks to renew, soonest first: per mentor and kind the newest, when it is clear and its renewal
 * is due within 30 days or overdue. A NOT_CLEAR result is not renewed: that mentor is not screened.
 */
export function screeningsDueForRenewal<S extends ScreeningFacts & { mentorId: string }>(screenings: readonly S[], today: IsoDate): S[] {
  const byMentor = new Map<string, S[]>();
  for (const screening of screenings) byMentor.set(screening.mentorId, [...(byMentor.get(screening.mentorId) ?? []), screening]);
  const due: S[] = [];
  for (const checks of byMentor.values()) {
    for (const kind of ['CHILD_PROTECTION', 'CRIMINAL_RECORD'] as const) {
      const newest = newestCheck(checks, kind);
      if (newest?.result === 'CLEAR' && daysBetween(today, renewalDue(newest.checkedOn)) <= RENEWAL_NOTICE_DAYS) due.push(newest);
    }
  }
  return due.sort((a, b) => compare(renewalDue(a.checkedOn), renewalDue(b.checkedOn)) || compare(a.mentorId, b.mentorId) || compare(a.kind, b.kind));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Screened: a current, clear børneattest and straffeattest on `day`. */
export function isScreened(screenings: readonly ScreeningFacts[], day: IsoDate): boolean {
  return hasCurrentClearCheck(screenings, 'CHILD_PROTECTION', day) && hasCurrentClearCheck(screenings, 'CRIMINAL_RECORD', day);
}

export interface ScreeningInput {
  mentorId: string;
  checkedOn: IsoDate;
  checkedBy: string;
  idempotencyKey?: string | null;
}

export function screeningViolations(input: ScreeningInput, today: IsoDate): RuleViolation[] {
  return violations(
    requireUuid('mentorId', input.mentorId),
    input.checkedOn > today ? new RuleViolation('checkedOn', 'notInFuture', 'checkedOn: a check cannot be dated in the future') : null,
    requireText('checkedBy', input.checkedBy, 200),
    idempotencyKeyViolation(input.idempotencyKey),
  );
}
