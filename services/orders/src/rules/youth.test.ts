import { describe, expect, test } from 'vitest';
import { checkRegisterYouth, type RegisterYouthInput } from './youth.js';

const input: RegisterYouthInput = {
  firstName: 'Ali',
  lastName: 'Hassan',
  cpr: '0101044234',
  address: 'Jagtvej 10, 2200 København N',
  targetGroup: 'ACTIVITY_READY_CASH_BENEFIT',
  legalBasis: 'LAB § 31 b',
};
const today = '2026-11-23';

describe('registering a youth', () => {
  test('derives the birth date and normalises the CPR number', () => {
    const check = checkRegisterYouth(input, today);
    expect(check.violations).toEqual([]);
    expect(check).toMatchObject({ cpr: '010104-4234', birthDate: '2004-01-01' });
  });

  test('a failed modulus-11 check is a warning, not a violation', () => {
    // 010104-4234 does not pass modulus 11; 070761-4285 does.
    expect(checkRegisterYouth(input, today)).toMatchObject({ violations: [], cprModulus11: false });
    expect(checkRegisterYouth({ ...input, cpr: '070761-4285' }, today)).toMatchObject({ violations: [], cprModulus11: true, birthDate: '1961-07-07' });
  });

  test('refuses a CPR number that is not a real date, or too young', () => {
    expect(checkRegisterYouth({ ...input, cpr: '300204-4234' }, today).violations).toMatchObject([{ field: 'cpr', rule: 'cprDate' }]);
    expect(checkRegisterYouth({ ...input, cpr: '010120-4123' }, today).violations).toMatchObject([{ field: 'cpr', rule: 'minimumAge' }]);
    expect(checkRegisterYouth({ ...input, cpr: '01-01-04-4234' }, today).violations).toMatchObject([{ field: 'cpr', rule: 'cprFormat' }]);
  });

  test('requires names, address and legal basis, and checks phone and e-mail', () => {
    const check = checkRegisterYouth({ ...input, firstName: '', address: ' ', legalBasis: '', phone: '123', email: 'a@b' }, today);
    expect(check.violations.map((violation) => [violation.field, violation.rule])).toEqual([
      ['firstName', 'required'],
      ['address', 'required'],
      ['phone', 'phoneFormat'],
      ['email', 'emailFormat'],
      ['legalBasis', 'required'],
    ]);
    expect(checkRegisterYouth({ ...input, phone: '+45 28 44 12 90', email: 'ali@example.dk' }, today).violations).toEqual([]);
  });
});
