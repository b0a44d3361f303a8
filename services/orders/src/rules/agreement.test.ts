import { describe, expect, test } from 'vitest';
import { agreementItemsViolations, checkAgreement } from './agreement.js';

const order = { mentorId: '0f8fad5b-d9cb-469f-a165-70867728950e', startDate: '2026-11-24' };
const input = { mentorName: 'Mette Jensen', mentorContact: '+45 30 11 22 33' };

describe('signing the agreement', () => {
  test('names the assigned mentor and their contact', () => {
    expect(checkAgreement(input, order, '2026-11-23')).toEqual([]);
    expect(checkAgreement(input, { ...order, mentorId: null }, '2026-11-23')).toMatchObject([{ field: 'mentorId', rule: 'mentorRequired' }]);
    expect(checkAgreement({ ...input, mentorContact: '' }, order, '2026-11-23')).toMatchObject([{ field: 'mentorContact', rule: 'required' }]);
  });

  test('cannot be signed in the future', () => {
    expect(checkAgreement({ ...input, signedOn: '2026-11-24' }, order, '2026-11-23')).toMatchObject([{ field: 'signedOn', rule: 'notInFuture' }]);
  });
});

describe('the six items of the agreement, before the order becomes ACTIVE', () => {
  const agreement = {
    goal: 'Gennemføre grundforløbet.',
    mentorName: 'Mette Jensen',
    mentorContact: '+45 30 11 22 33',
    tasks: ['Støtte fremmøde'],
    startDate: '2026-11-24',
    endDate: '2027-02-22',
    weeklyHours: 1,
    totalHours: 13,
    complaintGuidance: 'Du kan klage til Ankestyrelsen.',
  };
  const items = (input: typeof agreement) => agreementItemsViolations(input).map((violation) => `${violation.field}:${violation.rule}`);

  test('all six present: goal, mentor name and contact, tasks, duration, hours, complaint guidance', () => {
    expect(items(agreement)).toEqual([]);
  });

  test('each missing item is named', () => {
    expect(items({ ...agreement, goal: ' ' })).toEqual(['goal:agreementItems']);
    expect(items({ ...agreement, mentorName: '', mentorContact: '' })).toEqual(['mentorName:agreementItems', 'mentorContact:agreementItems']);
    expect(items({ ...agreement, tasks: [] })).toEqual(['tasks:agreementItems']);
    expect(items({ ...agreement, endDate: '2026-11-23' })).toEqual(['endDate:agreementItems']);
    expect(items({ ...agreement, weeklyHours: 0, totalHours: 0 })).toEqual(['weeklyHours:agreementItems']);
    expect(items({ ...agreement, complaintGuidance: '' })).toEqual(['complaintGuidance:agreementItems']);
  });
});
