import { describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import { assertRules, RuleViolation } from './errors.js';
import { checkCpr, cvrViolation, formatCpr } from './validation.js';

describe('CPR', () => {
  it('accepts a real date and derives the birth date from the century digit', () => {
    expect(checkCpr('cpr', '0707614285')).toMatchObject({ violation: null, birthDate: '1961-07-07' });
    expect(checkCpr('cpr', '010104-4005')).toMatchObject({ violation: null, birthDate: '2004-01-01' });
    expect(checkCpr('cpr', '010160-4005')).toMatchObject({ violation: null, birthDate: '1960-01-01' });
    expect(checkCpr('cpr', '010157-5005')).toMatchObject({ violation: null, birthDate: '2057-01-01' });
    expect(checkCpr('cpr', '010158-5005')).toMatchObject({ violation: null, birthDate: '1858-01-01' });
  });

  it('refuses impossible dates and wrong shapes, naming the field and rule', () => {
    expect(checkCpr('input.cpr', '310299-1234').violation).toMatchObject({ field: 'input.cpr', rule: 'cprDate' });
    expect(checkCpr('input.cpr', '290200-4001').violation).toBeNull(); // 2000 was a leap year
    expect(checkCpr('input.cpr', '290201-4001').violation).toMatchObject({ rule: 'cprDate' });
    expect(checkCpr('input.cpr', '12345').violation).toMatchObject({ rule: 'cprFormat' });
    expect(checkCpr('input.cpr', '0101a0-1234').violation).toMatchObject({ rule: 'cprFormat' });
  });

  it('only warns about modulus 11, since numbers without a valid check digit are issued', () => {
    expect(checkCpr('cpr', '070761-4285').modulus11).toBe(true);
    const withoutCheck = checkCpr('cpr', '070761-4286');
    expect(withoutCheck.violation).toBeNull();
    expect(withoutCheck.modulus11).toBe(false);
  });

  it('normalises to DDMMYY-SSSS', () => {
    expect(formatCpr('0707614285')).toBe('070761-4285');
  });
});

describe('CVR', () => {
  it('accepts 8 digits that pass modulus 11 with weights 2,7,6,5,4,3,2,1', () => {
    expect(cvrViolation('cvr', '64942212')).toBeNull();
  });

  it('refuses a wrong check digit and a wrong shape', () => {
    expect(cvrViolation('cvr', '64942213')).toMatchObject({ field: 'cvr', rule: 'cvrChecksum' });
    expect(cvrViolation('cvr', '6494221')).toMatchObject({ rule: 'cvrFormat' });
    expect(cvrViolation('cvr', '04942212')).toMatchObject({ rule: 'cvrFormat' });
  });
});

describe('assertRules', () => {
  it('names the first violation and lists every violation of the request', () => {
    const caught = (() => {
      try {
        assertRules([new RuleViolation('weeks', 'weeksRange', 'weeks: from 2 to 13'), new RuleViolation('startDate', 'startDateNotPast', 'startDate: not in the past')]);
      } catch (error) {
        return error as GraphQLError;
      }
      return null;
    })();
    expect(caught?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'weeks',
      rule: 'weeksRange',
      violations: [
        { field: 'weeks', rule: 'weeksRange', message: 'weeks: from 2 to 13' },
        { field: 'startDate', rule: 'startDateNotPast', message: 'startDate: not in the past' },
      ],
    });
    expect(() => assertRules([])).not.toThrow();
  });
});
