import { describe, expect, test } from 'vitest';
import { checkEffectAssessment, checkFollowUp, effectAssessmentDueDate, followUpDueDate, followUpOverdueViolation } from './follow-up.js';

const order = { startDate: '2026-09-01', endDate: '2026-12-14' };
const today = '2026-11-23';

describe('follow-ups and effect assessments', () => {
  test('a follow-up is dated within the order and not in the future', () => {
    const followUp = { date: '2026-11-20', statusAssessment: 'Stabilt fremmøde.', progression: 'SOME' as const, nextStep: 'Fortsæt.' };
    expect(checkFollowUp(followUp, order, today)).toEqual([]);
    expect(checkFollowUp({ ...followUp, date: '2026-08-31' }, order, today)).toMatchObject([{ field: 'date', rule: 'withinOrderPeriod' }]);
    expect(checkFollowUp({ ...followUp, nextStep: '' }, order, today)).toMatchObject([{ field: 'nextStep', rule: 'required' }]);
  });

  test('the effect is assessed at least 14 days before the end', () => {
    const assessment = { date: '2026-11-30', effect: 'CLEAR' as const, assessment: 'Tydelig effekt.', recommendation: 'END_AS_PLANNED' as const };
    expect(checkEffectAssessment(assessment, order, 14, '2026-11-30')).toEqual([]);
    expect(checkEffectAssessment({ ...assessment, date: '2026-12-01' }, order, 14, '2026-12-01')).toMatchObject([{ field: 'date', rule: 'effectAssessmentDeadline' }]);
    expect(checkEffectAssessment(assessment, order, 14, today)).toMatchObject([{ field: 'date', rule: 'notInFuture' }]);
  });
});

describe('when follow-ups and effect assessments are due (rule 11)', () => {
  test('a follow-up at least every 13 weeks: due 13 weeks after the last one, or after the start', () => {
    const long = { startDate: '2026-09-01', endDate: '2027-06-01' };
    expect(followUpDueDate(long, [], 13)).toBe('2026-12-01');
    expect(followUpDueDate(long, ['2026-10-06', '2026-09-15'], 13)).toBe('2027-01-05');
    expect(followUpDueDate(long, [], 4)).toBe('2026-09-29');
  });

  test("the next follow-up never falls after the order's last day", () => {
    expect(followUpDueDate({ startDate: '2026-09-01', endDate: '2026-11-30' }, [], 13)).toBe('2026-11-30');
    expect(followUpDueDate({ startDate: '2026-09-01', endDate: '2026-12-01' }, [], 13)).toBe('2026-12-01');
    expect(followUpDueDate({ startDate: '2026-09-01', endDate: '2026-12-02' }, [], 13)).toBe('2026-12-01');
  });

  test('13 weeks after the last follow-up is on time, the day after is overdue', () => {
    const due = followUpDueDate({ startDate: '2026-09-01', endDate: '2027-06-01' }, ['2026-09-01'], 13);
    expect(due).toBe('2026-12-01');
    expect(followUpOverdueViolation(due, '2026-12-01')).toBeNull();
    expect(followUpOverdueViolation(due, '2026-12-02')).toMatchObject({ field: 'orderId', rule: 'followUpOverdue' });
  });

  test('the effect assessment: due 14 days before the end, until one is recorded in the current grant', () => {
    expect(effectAssessmentDueDate(order, [], [], 14)).toBe('2026-11-30');
    expect(effectAssessmentDueDate(order, [], ['2026-11-20'], 14)).toBeNull();
    // An extension starts a new grant: the earlier assessment no longer counts.
    const extended = { ...order, endDate: '2027-03-15' };
    expect(effectAssessmentDueDate(extended, [{ previousEndDate: '2026-12-14' }], ['2026-11-20'], 14)).toBe('2027-03-01');
    expect(effectAssessmentDueDate(extended, [{ previousEndDate: '2026-12-14' }], ['2026-11-20', '2027-02-20'], 14)).toBeNull();
  });

  test('recorded 14 days before the end is on time, 13 days is too late', () => {
    const assessment = { date: '2026-11-30', effect: 'CLEAR' as const, assessment: 'Tydelig effekt.', recommendation: 'END_AS_PLANNED' as const };
    expect(checkEffectAssessment(assessment, order, 14, '2026-12-10')).toEqual([]);
    expect(checkEffectAssessment({ ...assessment, date: '2026-12-01' }, order, 14, '2026-12-10')).toMatchObject([{ field: 'date', rule: 'effectAssessmentDeadline' }]);
  });
});
