import { describe, expect, test } from 'vitest';
import { checkAgreement } from './agreement.js';

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
