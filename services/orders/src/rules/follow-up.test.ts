import { describe, expect, test } from 'vitest';
import { checkEffectAssessment, checkFollowUp } from './follow-up.js';

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
