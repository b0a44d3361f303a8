import { describe, expect, it } from 'vitest';
import { hasCurrentClearCheck, isScreened, renewalDue, screeningsDueForRenewal, screeningViolations } from './screening.js';

describe('screening', () => {
  it('falls due for renewal two years after the check', () => {
    expect(renewalDue('2024-05-10')).toBe('2026-05-10');
  });

  it('is current up to the day before renewal is due', () => {
    const checks = [{ kind: 'CHILD_PROTECTION' as const, checkedOn: '2024-05-10', result: 'CLEAR' as const }];
    expect(hasCurrentClearCheck(checks, 'CHILD_PROTECTION', '2026-05-09')).toBe(true);
    expect(hasCurrentClearCheck(checks, 'CHILD_PROTECTION', '2026-05-10')).toBe(false);
    expect(hasCurrentClearCheck(checks, 'CRIMINAL_RECORD', '2025-01-01')).toBe(false);
  });

  it('lets a newer NOT_CLEAR result override an older clear one', () => {
    const checks = [
      { kind: 'CRIMINAL_RECORD' as const, checkedOn: '2025-01-01', result: 'CLEAR' as const },
      { kind: 'CRIMINAL_RECORD' as const, checkedOn: '2025-06-01', result: 'NOT_CLEAR' as const },
    ];
    expect(hasCurrentClearCheck(checks, 'CRIMINAL_RECORD', '2025-07-01')).toBe(false);
  });

  it('counts as screened only with both checks current and clear', () => {
    const child = { kind: 'CHILD_PROTECTION' as const, checkedOn: '2025-01-01', result: 'CLEAR' as const };
    const criminal = { kind: 'CRIMINAL_RECORD' as const, checkedOn: '2025-01-01', result: 'CLEAR' as const };
    expect(isScreened([child, criminal], '2026-01-01')).toBe(true);
    expect(isScreened([child], '2026-01-01')).toBe(false);
  });

  it('refuses a check dated in the future and a missing checker', () => {
    const input = { mentorId: '6f1c4a5e-1d3b-4f6e-9a7b-2c8d9e0f1a2b', checkedOn: '2026-03-01', checkedBy: 'Karen Dahl' };
    expect(screeningViolations(input, '2026-03-01')).toEqual([]);
    expect(screeningViolations({ ...input, checkedOn: '2026-03-02' }, '2026-03-01').map((v) => v.field)).toEqual(['checkedOn']);
    expect(screeningViolations({ ...input, checkedBy: '' }, '2026-03-01').map((v) => v.rule)).toEqual(['required']);
  });
});

describe('screeningsDueForRenewal', () => {
  const today = '2026-03-01';
  const check = (mentorId: string, kind: 'CHILD_PROTECTION' | 'CRIMINAL_RECORD', checkedOn: string, result: 'CLEAR' | 'NOT_CLEAR' = 'CLEAR') => ({
    id: `${mentorId}-${kind}-${checkedOn}`,
    mentorId,
    kind,
    checkedOn,
    result,
  });

  it('lists the newest clear check per mentor and kind due within 30 days, soonest first', () => {
    const due = screeningsDueForRenewal(
      [check('a', 'CRIMINAL_RECORD', '2024-03-31'), check('a', 'CHILD_PROTECTION', '2024-04-01'), check('b', 'CHILD_PROTECTION', '2024-03-15')],
      today,
    );
    // Renewal due 2026-03-31 is 30 days away; 2026-04-01 is 31.
    expect(due.map((screening) => screening.id)).toEqual(['b-CHILD_PROTECTION-2024-03-15', 'a-CRIMINAL_RECORD-2024-03-31']);
  });

  it('keeps an overdue check listed, and drops one renewed since', () => {
    expect(screeningsDueForRenewal([check('a', 'CRIMINAL_RECORD', '2023-01-10')], today).map((s) => s.id)).toEqual(['a-CRIMINAL_RECORD-2023-01-10']);
    expect(screeningsDueForRenewal([check('a', 'CRIMINAL_RECORD', '2023-01-10'), check('a', 'CRIMINAL_RECORD', '2026-01-10')], today)).toEqual([]);
  });

  it('does not ask to renew a check whose newest result is NOT_CLEAR', () => {
    expect(screeningsDueForRenewal([check('a', 'CRIMINAL_RECORD', '2024-03-01'), check('a', 'CRIMINAL_RECORD', '2024-03-10', 'NOT_CLEAR')], today)).toEqual([]);
  });
});
