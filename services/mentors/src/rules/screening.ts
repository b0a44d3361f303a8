import { RuleViolation, requireText, requireUuid, violations } from '@mentor/common';
import type { ScreeningKind, ScreeningResult } from '../entities/columns.js';
import { addYears, type IsoDate } from './dates.js';
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

/**
 * Whether the mentor's check of `kind` is current and clear on `day`: the newest check is CLEAR and
 * its renewal is not yet due. A later NOT_CLEAR check overrides an earlier clear one. Checks are
 * never dated in the future, so the newest one is what is known today.
 */
export function hasCurrentClearCheck(screenings: readonly ScreeningFacts[], kind: ScreeningKind, day: IsoDate): boolean {
  let newest: ScreeningFacts | undefined;
  for (const screening of screenings) {
    if (screening.kind !== kind) continue;
    if (!newest || screening.checkedOn > newest.checkedOn || (screening.checkedOn === newest.checkedOn && screening.result === 'NOT_CLEAR')) {
      newest = screening;
    }
  }
  return newest !== undefined && newest.result === 'CLEAR' && day < renewalDue(newest.checkedOn);
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
