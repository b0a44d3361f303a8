import { describe, expect, it } from 'vitest';
import { DateScalar } from '@mentor/common';
import { addDays, danishToday } from './dates.js';

describe('dates', () => {
  it('takes today in Copenhagen, which is already tomorrow late in the UTC evening', () => {
    expect(danishToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(danishToday(new Date('2026-01-15T12:00:00Z'))).toBe('2026-01-15');
  });

  it('reads GraphQL dates and adds days across month and year ends', () => {
    // The Date scalar hands the commands YYYY-MM-DD, as the date columns and the rules use it.
    expect(DateScalar.parseValue('2026-02-03')).toBe('2026-02-03');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
});
