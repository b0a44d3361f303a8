import { RuleViolation, requireText, requireUuid, violations } from '@mentor/common';
import { yearOf, type IsoDate } from './dates.js';
import { idempotencyKeyViolation, textListViolation } from './text.js';

/** The report for year Y is due 30 September of Y+1 (seed 000 §3). */
export function experienceReportDueOn(year: number): IsoDate {
  return `${year + 1}-09-30`;
}

/** The provider's agreement (rammeaftale) with the municipality: its first day, and its last once it has ended. */
export interface Agreement {
  startDate: IsoDate;
  endDate: IsoDate | null;
}

/** The provider's agreement, or null when its start is not recorded: then no report is owed or checked. */
export function agreementOf(provider: { agreementStartDate: IsoDate | null; agreementEndDate: IsoDate | null }): Agreement | null {
  return provider.agreementStartDate ? { startDate: provider.agreementStartDate, endDate: provider.agreementEndDate } : null;
}

/**
 * Whether the agreement owes a report for `year` (seed 000 §3): every agreement year but the first, up
 * to and including the last year the agreement covers, also when that year ends after the agreement.
 */
export function isReportingYear(agreement: Agreement, year: number): boolean {
  return year > yearOf(agreement.startDate) && (agreement.endDate === null || year <= yearOf(agreement.endDate));
}

export interface ExperienceReportDue {
  year: number;
  dueOn: IsoDate;
}

/**
 * The reports the provider owes today and has not submitted, oldest first: every reporting year that has
 * ended (a report covers a whole year, so it can be written from 1 January), overdue ones included.
 */
export function experienceReportsDue(agreement: Agreement | null, submittedYears: readonly number[], today: IsoDate): ExperienceReportDue[] {
  if (!agreement) return [];
  const due: ExperienceReportDue[] = [];
  for (let year = yearOf(agreement.startDate) + 1; year < yearOf(today); year++) {
    if (isReportingYear(agreement, year) && !submittedYears.includes(year)) due.push({ year, dueOn: experienceReportDueOn(year) });
  }
  return due;
}

/** A report for a year the agreement owes none (before it, its first year, after its end) is a mistake. */
export function reportingYearViolation(agreement: Agreement | null, year: number): RuleViolation | null {
  if (!agreement || isReportingYear(agreement, year)) return null;
  const first = yearOf(agreement.startDate) + 1;
  const last = agreement.endDate ? yearOf(agreement.endDate) : null;
  const owed = last === null ? `from ${first}` : last < first ? 'for no year' : `for ${first} to ${last}`;
  return new RuleViolation('year', 'agreementYear', `year: the agreement owes reports ${owed}; none for its first year`);
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
