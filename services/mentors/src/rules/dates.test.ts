import { describe, expect, it } from 'vitest';
import { addDays, addYears, daysBetween, isIsoDate, todayInDenmark } from './dates.js';

describe('calendar dates', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('keeps 29 February inside February when adding years', () => {
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2025-06-15', -2)).toBe('2023-06-15');
  });

  it('counts whole days between dates', () => {
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
    expect(daysBetween('2026-01-31', '2026-01-01')).toBe(-30);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('recognises real ISO dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('28-02-2026')).toBe(false);
  });

  it('dates today in Danish time, not UTC', () => {
    expect(todayInDenmark(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInDenmark(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });
});
