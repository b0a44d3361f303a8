import { describe, expect, it } from 'vitest';
import { agreementOf, experienceReportDueOn, experienceReportsDue, isReportingYear, reportingYearViolation } from './experienceReport.js';

// Rule 14 (seed 000 §3): due 30 September for the previous agreement year, not for the first year, and also after the agreement ends.
const running = { startDate: '2022-04-01', endDate: null };
const ended = { startDate: '2022-04-01', endDate: '2025-06-30' };

describe('isReportingYear', () => {
  it('owes no report for the first agreement year, nor a year before it', () => {
    expect(isReportingYear(running, 2021)).toBe(false);
    expect(isReportingYear(running, 2022)).toBe(false);
    expect(isReportingYear(running, 2023)).toBe(true);
  });

  it('owes one for the last agreement year, even a part year, and none after it', () => {
    expect(isReportingYear(ended, 2025)).toBe(true);
    expect(isReportingYear(ended, 2026)).toBe(false);
  });

  it('owes none for an agreement inside a single year', () => {
    expect(isReportingYear({ startDate: '2024-02-01', endDate: '2024-11-30' }, 2024)).toBe(false);
    expect(isReportingYear({ startDate: '2024-02-01', endDate: '2024-11-30' }, 2025)).toBe(false);
  });
});

describe('experienceReportsDue', () => {
  it('lists the second agreement year from the day after it ends, due 30 September of the next year', () => {
    expect(experienceReportsDue(running, [], '2023-12-31')).toEqual([]);
    expect(experienceReportsDue(running, [], '2024-01-01')).toEqual([{ year: 2023, dueOn: '2024-09-30' }]);
  });

  it('keeps a report listed on its due date and after it, until it is submitted', () => {
    expect(experienceReportsDue(running, [], '2024-09-30')).toEqual([{ year: 2023, dueOn: '2024-09-30' }]);
    expect(experienceReportsDue(running, [], '2024-10-01')).toEqual([{ year: 2023, dueOn: '2024-09-30' }]);
    expect(experienceReportsDue(running, [2023], '2024-10-01')).toEqual([]);
  });

  it('lists every owed year not submitted, oldest first', () => {
    expect(experienceReportsDue(running, [2024], '2026-03-01')).toEqual([
      { year: 2023, dueOn: '2024-09-30' },
      { year: 2025, dueOn: '2026-09-30' },
    ]);
  });

  it('still lists the last year after the agreement has ended, and nothing after it', () => {
    expect(experienceReportsDue(ended, [2023, 2024], '2026-02-01')).toEqual([{ year: 2025, dueOn: '2026-09-30' }]);
    expect(experienceReportsDue(ended, [2023, 2024, 2025], '2028-01-01')).toEqual([]);
  });

  it('owes nothing without a recorded agreement', () => {
    expect(experienceReportsDue(agreementOf({ agreementStartDate: null, agreementEndDate: null }), [], '2026-01-01')).toEqual([]);
    expect(agreementOf({ agreementStartDate: '2022-04-01', agreementEndDate: null })).toEqual(running);
  });

  it('dates the report for a year 30 September of the next', () => {
    expect(experienceReportDueOn(2025)).toBe('2026-09-30');
  });
});

describe('reportingYearViolation', () => {
  it('refuses a report for a year the agreement owes none, naming the years it does', () => {
    expect(reportingYearViolation(running, 2023)).toBeNull();
    expect(reportingYearViolation(null, 1999)).toBeNull();
    expect(reportingYearViolation(running, 2022)).toMatchObject({ field: 'year', rule: 'agreementYear', message: expect.stringContaining('from 2023') });
    expect(reportingYearViolation(ended, 2026)).toMatchObject({ rule: 'agreementYear', message: expect.stringContaining('for 2023 to 2025') });
  });
});
