import { describe, expect, test } from 'vitest';
import { checkMentorAssignment, eligibilityPeriod, eligibilityViolation, isUnder18, lastDayUnder18, screeningViolation, type AssignmentFacts } from './assignment.js';

const eligible = { eligible: true, reasons: [] };
const facts: AssignmentFacts = { eligibility: eligible, capacity: 10, currentLoad: 8, weeklyHours: 1 };
const rules = (input: AssignmentFacts) => checkMentorAssignment(input).map((violation) => `${violation.field}:${violation.rule}`);

describe('assigning a mentor (rule 9)', () => {
  test('the mentor must be eligible for the rest of the order: from its start, or today once it has started', () => {
    expect(eligibilityPeriod({ startDate: '2026-12-01', endDate: '2027-02-28' }, '2026-11-23')).toEqual({ from: '2026-12-01', to: '2027-02-28' });
    expect(eligibilityPeriod({ startDate: '2026-10-01', endDate: '2026-12-30' }, '2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-12-30' });
  });

  test('a certification that expires the day before the order ends makes the mentor ineligible, with the reason', () => {
    // The mentors subgraph answers for the period asked; its reason is passed on.
    const lapsing = { eligible: false, reasons: ['certificationNotValidForPeriod: the certification expires on 2027-02-27, before 2027-02-28'] };
    const [violation] = checkMentorAssignment({ ...facts, eligibility: lapsing });
    expect(violation).toMatchObject({ field: 'mentorId', rule: 'mentorEligibility' });
    expect(violation!.message).toContain('certificationNotValidForPeriod');
    expect(rules({ ...facts, eligibility: eligible })).toEqual([]);
  });

  test('a mentor the mentors subgraph does not know at the provider is refused', () => {
    expect(rules({ ...facts, eligibility: null })).toEqual(['mentorId:mentorEligibility']);
  });

  test('capacity: the ACTIVE orders’ weekly hours plus this order’s may reach it, not exceed it', () => {
    expect(rules({ ...facts, currentLoad: 9, weeklyHours: 1 })).toEqual([]);
    expect(rules({ ...facts, currentLoad: 9, weeklyHours: 1.5 })).toEqual(['mentorId:mentorCapacity']);
    expect(rules({ ...facts, currentLoad: 9.5, weeklyHours: 0.5 })).toEqual([]);
    expect(rules({ ...facts, currentLoad: 0, weeklyHours: 0.5, capacity: 0 })).toEqual(['mentorId:mentorCapacity']);
    expect(rules({ ...facts, capacity: null })).toEqual(['mentorId:mentorCapacity']);
  });

  test('eligibility is reported on the field the caller changed', () => {
    expect(eligibilityViolation('weeks', { eligible: false, reasons: [] })).toMatchObject({ field: 'weeks', rule: 'mentorEligibility' });
    expect(eligibilityViolation('weeks', eligible)).toBeNull();
  });

  test('a youth is under 18 until the 18th birthday', () => {
    expect(isUnder18('2008-11-24', '2026-11-23')).toBe(true);
    expect(isUnder18('2008-11-23', '2026-11-23')).toBe(false);
  });

  test('meeting a youth under 18: a lapsed child-protection or criminal-record check refuses the day; other reasons are not this rule', () => {
    expect(screeningViolation('date', eligible)).toBeNull();
    expect(screeningViolation('date', { eligible: false, reasons: ['certificationKindDoesNotFitTargetGroup'] })).toBeNull();
    expect(screeningViolation('date', { eligible: false, reasons: ['childProtectionCheckNotCurrent'] })).toMatchObject({ field: 'date', rule: 'screeningCurrent' });
    expect(screeningViolation('entries', { eligible: false, reasons: ['criminalRecordCheckNotCurrent'] })).toMatchObject({ field: 'entries', rule: 'screeningCurrent' });
    expect(screeningViolation('date', null)).toMatchObject({ field: 'date', rule: 'mentorEligibility' });
  });

  test('the checks are asked for the last day the youth is under 18: the day before the 18th birthday at the latest', () => {
    const days = { from: '2026-12-01', to: '2026-12-31' };
    expect(lastDayUnder18('2009-01-01', days)).toBe('2026-12-31');
    expect(lastDayUnder18('2008-12-15', days)).toBe('2026-12-14');
    expect(lastDayUnder18('2008-12-01', days)).toBeNull();
    expect(lastDayUnder18('2008-12-02', days)).toBe('2026-12-01');
    // Born on 29 February 2008: 18 on 1 March 2026.
    expect(lastDayUnder18('2008-02-29', { from: '2026-02-20', to: '2026-03-10' })).toBe('2026-02-28');
  });
});
