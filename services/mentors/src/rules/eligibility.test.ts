import { describe, expect, it } from 'vitest';
import { isMatchable, mentorEligibility, type MentorFacts } from './eligibility.js';

const period = { from: '2026-03-01', to: '2026-05-31' };
const clear = (kind: 'CHILD_PROTECTION' | 'CRIMINAL_RECORD', checkedOn = '2025-01-15') => ({ kind, checkedOn, result: 'CLEAR' as const });

const social: MentorFacts = {
  kind: 'SOCIAL',
  status: 'ACTIVE',
  certifications: [{ issuedOn: '2025-01-01', validUntil: '2026-12-31' }],
  screenings: [],
  trainings: [],
};

const volunteer: MentorFacts = {
  kind: 'VOLUNTEER',
  status: 'ACTIVE',
  certifications: [{ issuedOn: '2025-01-01', validUntil: '2026-12-31' }],
  screenings: [clear('CHILD_PROTECTION'), clear('CRIMINAL_RECORD')],
  trainings: [{ heldOn: '2025-02-01' }],
};

describe('mentorEligibility', () => {
  it('accepts a certified, active mentor for an adult youth without screening', () => {
    expect(mentorEligibility(social, period, false)).toEqual({ eligible: true, reasons: [] });
  });

  it('needs the certification valid on the last day of the period', () => {
    const expiresOnLastDay = { ...social, certifications: [{ issuedOn: '2025-01-01', validUntil: '2026-05-31' }] };
    const expiresDayBefore = { ...social, certifications: [{ issuedOn: '2025-01-01', validUntil: '2026-05-30' }] };
    expect(mentorEligibility(expiresOnLastDay, period, false).eligible).toBe(true);
    expect(mentorEligibility(expiresDayBefore, period, false)).toEqual({ eligible: false, reasons: ['certificationNotValidForPeriod'] });
  });

  it('needs the certification issued by the first day of the period', () => {
    const issuedOnFirstDay = { ...social, certifications: [{ issuedOn: '2026-03-01', validUntil: '2027-03-01' }] };
    const issuedDayAfter = { ...social, certifications: [{ issuedOn: '2026-03-02', validUntil: '2027-03-01' }] };
    expect(mentorEligibility(issuedOnFirstDay, period, false).eligible).toBe(true);
    expect(mentorEligibility(issuedDayAfter, period, false).reasons).toEqual(['certificationNotValidForPeriod']);
  });

  it('refuses an inactive mentor', () => {
    expect(mentorEligibility({ ...social, status: 'INACTIVE' }, period, false).reasons).toEqual(['mentorInactive']);
  });

  it('needs current clear checks of anyone meeting a youth under 18', () => {
    expect(mentorEligibility(social, period, true).reasons).toEqual(['childProtectionCheckNotCurrent', 'criminalRecordCheckNotCurrent']);
    const screened = { ...social, screenings: [clear('CHILD_PROTECTION'), clear('CRIMINAL_RECORD')] };
    expect(mentorEligibility(screened, period, true).eligible).toBe(true);
  });

  it('needs the checks current on the first day: renewal due the day after passes, due that day fails', () => {
    const dueDayAfter = { ...social, screenings: [clear('CHILD_PROTECTION'), clear('CRIMINAL_RECORD', '2024-03-02')] };
    const dueThatDay = { ...social, screenings: [clear('CHILD_PROTECTION'), clear('CRIMINAL_RECORD', '2024-03-01')] };
    expect(mentorEligibility(dueDayAfter, period, true).eligible).toBe(true);
    expect(mentorEligibility(dueThatDay, period, true).reasons).toEqual(['criminalRecordCheckNotCurrent']);
  });

  it('needs a volunteer screened and trained, whatever the youth’s age', () => {
    expect(mentorEligibility(volunteer, period, false).eligible).toBe(true);
    expect(mentorEligibility({ ...volunteer, trainings: [] }, period, false).reasons).toEqual(['volunteerNotTrained']);
    expect(mentorEligibility({ ...volunteer, screenings: [clear('CRIMINAL_RECORD')] }, period, false).reasons).toEqual(['childProtectionCheckNotCurrent']);
  });

  it('refuses a NOT_CLEAR result', () => {
    const notClear = { ...social, screenings: [clear('CHILD_PROTECTION'), { kind: 'CRIMINAL_RECORD' as const, checkedOn: '2025-06-01', result: 'NOT_CLEAR' as const }] };
    expect(mentorEligibility(notClear, period, true).reasons).toEqual(['criminalRecordCheckNotCurrent']);
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
