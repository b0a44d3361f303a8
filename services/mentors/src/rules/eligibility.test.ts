import { describe, expect, it } from 'vitest';
import { fittingCertifications, isMatchable, mentorEligibility, periodViolation, withinCapacity, type MentorFacts } from './eligibility.js';

const period = { from: '2026-03-01', to: '2026-05-31' };
const clear = (kind: 'CHILD_PROTECTION' | 'CRIMINAL_RECORD', checkedOn = '2025-01-15') => ({ kind, checkedOn, result: 'CLEAR' as const });

const social: MentorFacts = {
  kind: 'SOCIAL',
  status: 'ACTIVE',
  certifications: [{ kind: 'SOCIAL', issuedOn: '2025-01-01', validUntil: '2026-12-31' }],
  screenings: [],
  trainings: [],
};

const volunteer: MentorFacts = {
  kind: 'VOLUNTEER',
  status: 'ACTIVE',
  certifications: [{ kind: 'VOLUNTEER', issuedOn: '2025-01-01', validUntil: '2026-12-31' }],
  screenings: [clear('CHILD_PROTECTION'), clear('CRIMINAL_RECORD')],
  trainings: [{ heldOn: '2025-02-01' }],
};

describe('mentorEligibility', () => {
  it('accepts a certified, active mentor for an adult youth without screening', () => {
    expect(mentorEligibility(social, { ...period, youthUnder18: false })).toEqual({ eligible: true, reasons: [] });
  });

  it('needs the certification valid on the last day of the period', () => {
    const expiresOnLastDay = { ...social, certifications: [{ kind: 'SOCIAL' as const, issuedOn: '2025-01-01', validUntil: '2026-05-31' }] };
    const expiresDayBefore = { ...social, certifications: [{ kind: 'SOCIAL' as const, issuedOn: '2025-01-01', validUntil: '2026-05-30' }] };
    expect(mentorEligibility(expiresOnLastDay, { ...period, youthUnder18: false }).eligible).toBe(true);
    expect(mentorEligibility(expiresDayBefore, { ...period, youthUnder18: false })).toEqual({ eligible: false, reasons: ['certificationNotValidForPeriod'] });
  });

  it('needs the certification issued by the first day of the period', () => {
    const issuedOnFirstDay = { ...social, certifications: [{ kind: 'SOCIAL' as const, issuedOn: '2026-03-01', validUntil: '2027-03-01' }] };
    const issuedDayAfter = { ...social, certifications: [{ kind: 'SOCIAL' as const, issuedOn: '2026-03-02', validUntil: '2027-03-01' }] };
    expect(mentorEligibility(issuedOnFirstDay, { ...period, youthUnder18: false }).eligible).toBe(true);
    expect(mentorEligibility(issuedDayAfter, { ...period, youthUnder18: false }).reasons).toEqual(['certificationNotValidForPeriod']);
  });

  it('refuses an inactive mentor', () => {
    expect(mentorEligibility({ ...social, status: 'INACTIVE' }, { ...period, youthUnder18: false }).reasons).toEqual(['mentorInactive']);
  });

  it('needs current clear checks of anyone meeting a youth under 18', () => {
    expect(mentorEligibility(social, { ...period, youthUnder18: true }).reasons).toEqual(['childProtectionCheckNotCurrent', 'criminalRecordCheckNotCurrent']);
    const screened = { ...social, screenings: [clear('CHILD_PROTECTION'), clear('CRIMINAL_RECORD')] };
    expect(mentorEligibility(screened, { ...period, youthUnder18: true }).eligible).toBe(true);
  });

  it('needs the checks current on the first day: renewal due the day after passes, due that day fails', () => {
    const dueDayAfter = { ...social, screenings: [clear('CHILD_PROTECTION'), clear('CRIMINAL_RECORD', '2024-03-02')] };
    const dueThatDay = { ...social, screenings: [clear('CHILD_PROTECTION'), clear('CRIMINAL_RECORD', '2024-03-01')] };
    expect(mentorEligibility(dueDayAfter, { ...period, youthUnder18: true }).eligible).toBe(true);
    expect(mentorEligibility(dueThatDay, { ...period, youthUnder18: true }).reasons).toEqual(['criminalRecordCheckNotCurrent']);
  });

  it('needs a volunteer screened and trained, whatever the youth’s age', () => {
    expect(mentorEligibility(volunteer, { ...period, youthUnder18: false }).eligible).toBe(true);
    expect(mentorEligibility({ ...volunteer, trainings: [] }, { ...period, youthUnder18: false }).reasons).toEqual(['volunteerNotTrained']);
    expect(mentorEligibility({ ...volunteer, screenings: [clear('CRIMINAL_RECORD')] }, { ...period, youthUnder18: false }).reasons).toEqual(['childProtectionCheckNotCurrent']);
  });

  it('refuses a NOT_CLEAR result', () => {
    const notClear = { ...social, screenings: [clear('CHILD_PROTECTION'), { kind: 'CRIMINAL_RECORD' as const, checkedOn: '2025-06-01', result: 'NOT_CLEAR' as const }] };
    expect(mentorEligibility(notClear, { ...period, youthUnder18: true }).reasons).toEqual(['criminalRecordCheckNotCurrent']);
  });
});

describe('mentorEligibility with a target group and hours (rule 9)', () => {
  const adult = { ...period, youthUnder18: false };

  it('needs the valid certification to be of a kind that fits the target group', () => {
    expect(mentorEligibility(social, { ...adult, targetGroup: 'ACTIVITY_READY_CASH_BENEFIT' }).eligible).toBe(true);
    expect(mentorEligibility(social, { ...adult, targetGroup: 'PSYCHIATRIC_DISCHARGE' }).reasons).toEqual(['certificationKindDoesNotFitTargetGroup']);
    expect(mentorEligibility(social, { ...adult, targetGroup: null }).eligible).toBe(true);
  });

  it('counts only a fitting certification that is valid for the whole period', () => {
    const twoKinds = {
      ...social,
      certifications: [
        { kind: 'SOCIAL' as const, issuedOn: '2025-01-01', validUntil: '2026-12-31' },
        { kind: 'DISCHARGE_COORDINATOR' as const, issuedOn: '2025-01-01', validUntil: '2026-05-30' },
      ],
    };
    expect(mentorEligibility(twoKinds, { ...adult, targetGroup: 'PSYCHIATRIC_DISCHARGE' }).reasons).toEqual(['certificationKindDoesNotFitTargetGroup']);
    expect(mentorEligibility(twoKinds, { ...adult, to: '2026-05-30', targetGroup: 'PSYCHIATRIC_DISCHARGE' }).eligible).toBe(true);
    expect(fittingCertifications(twoKinds.certifications, { from: '2026-03-01', to: '2026-05-30' }, 'PSYCHIATRIC_DISCHARGE').map((c) => c.kind)).toEqual([
      'DISCHARGE_COORDINATOR',
    ]);
  });

  it('reports only the missing certification when none covers the period, whatever the target group', () => {
    const lapsed = { ...social, certifications: [{ kind: 'SOCIAL' as const, issuedOn: '2024-01-01', validUntil: '2025-12-31' }] };
    expect(mentorEligibility(lapsed, { ...adult, targetGroup: 'PSYCHIATRIC_DISCHARGE' }).reasons).toEqual(['certificationNotValidForPeriod']);
  });

  it('keeps the order within the capacity: exactly full fits, a tenth of an hour more does not', () => {
    const withCapacity = { ...social, capacityHoursPerWeek: 9 };
    expect(mentorEligibility(withCapacity, { ...adult, weeklyHours: 2, load: 7 }).eligible).toBe(true);
    expect(mentorEligibility(withCapacity, { ...adult, weeklyHours: 2, load: 7.1 }).reasons).toEqual(['capacityExceeded']);
    expect(mentorEligibility(withCapacity, { ...adult, weeklyHours: 9 }).eligible).toBe(true);
    expect(mentorEligibility(withCapacity, { ...adult, weeklyHours: 9.5 }).reasons).toEqual(['capacityExceeded']);
  });

  it('compares hours without floating-point noise', () => {
    expect(withinCapacity(0.3, 0.1, 0.2)).toBe(true);
    expect(withinCapacity(0.3, 0.1, 0.21)).toBe(false);
  });

  it('accepts a one-day period and refuses one that ends before it starts', () => {
    expect(periodViolation('2026-03-01', '2026-03-01')).toBeNull();
    expect(periodViolation('2026-03-01', '2026-02-28')).toMatchObject({ field: 'to', rule: 'periodOrder' });
  });
});

describe('isMatchable', () => {
  it('matches any active non-volunteer', () => {
    expect(isMatchable(social, '2026-03-01')).toBe(true);
    expect(isMatchable({ ...social, status: 'INACTIVE' }, '2026-03-01')).toBe(false);
  });

  it('matches a volunteer only when screened and trained', () => {
    expect(isMatchable(volunteer, '2026-03-01')).toBe(true);
    expect(isMatchable({ ...volunteer, trainings: [] }, '2026-03-01')).toBe(false);
    expect(isMatchable({ ...volunteer, screenings: [] }, '2026-03-01')).toBe(false);
    expect(isMatchable(volunteer, '2027-01-15')).toBe(false); // both checks due for renewal that day
  });
});
