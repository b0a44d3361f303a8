import { RuleViolation, requireText, requireUuid, violations } from '@mentor/common';
import { yearOf, type IsoDate } from './dates.js';
import { idempotencyKeyViolation, textListViolation } from './text.js';

/** The report for year Y is due 30 September of Y+1 (seed 000 §3). */
export function experienceReportDueOn(year: number): IsoDate {
  return `${year + 1}-09-30`;
}

/** The first year anyone could report on; earlier years are typing errors. */
export const FIRST_REPORT_YEAR = 2000;

export interface ExperienceReportInput {
  providerId: string;
  year: number;
  themes: readonly string[];
  text: string;
  expectedVersion?: number | null;
  idempotencyKey?: string | null;
}

export function experienceReportViolations(input: ExperienceReportInput, today: IsoDate): RuleViolation[] {
  const lastEndedYear = yearOf(today) - 1;
  return violations(
    requireUuid('providerId', input.providerId),
    !Number.isInteger(input.year) || input.year < FIRST_REPORT_YEAR
      ? new RuleViolation('year', 'range', `year: a year from ${FIRST_REPORT_YEAR}`)
      : input.year > lastEndedYear
        ? new RuleViolation('year', 'yearEnded', `year: a report covers a year that has ended; the latest is ${lastEndedYear}`)
        : null,
    textListViolation('themes', input.themes, { min: 1, max: 20, maxLength: 200 }),
    requireText('text', input.text, 50_000),
    input.expectedVersion !== undefined && input.expectedVersion !== null && (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 1)
      ? new RuleViolation('expectedVersion', 'range', 'expectedVersion: a version is a positive whole number')
      : null,
    idempotencyKeyViolation(input.idempotencyKey),
  );
}
