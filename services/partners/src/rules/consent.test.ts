import { describe, expect, it } from 'vitest';
import { consentRules, consentWithdrawalInputRules, consentWithdrawalRules, isCurrentConsent } from './consent.js';

const youthId = '0b9d5a52-8a43-4a5e-9c1f-1f7e6a6a2b11';
const bodyId = '5c0b2a1d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
const today = '2026-03-10';

function broken(violations: { field: string; rule: string }[]) {
  return violations.map(({ field, rule }) => `${field}:${rule}`);
}

describe('consent rules', () => {
  it('accepts a consent given today', () => {
    expect(consentRules({ youthId, bodyId, scope: 'Deling af oplysninger om boligsituation', givenOn: today }, today)).toEqual([]);
  });

  it('needs a body, a scope and a date that is not in the future', () => {
    expect(broken(consentRules({ youthId, bodyId: '', scope: '', givenOn: '2026-03-11' }, today))).toEqual(['bodyId:id', 'scope:required', 'givenOn:notInFuture']);
  });

  it('withdraws once, not before it was given and not in the future', () => {
    expect(consentWithdrawalInputRules({ consentId: bodyId, withdrawnOn: today }, today)).toEqual([]);
    expect(broken(consentWithdrawalInputRules({ consentId: 'x', withdrawnOn: '2026-03-11' }, today))).toEqual(['consentId:id', 'withdrawnOn:notInFuture']);
    expect(broken(consentWithdrawalRules({ withdrawnOn: '2026-01-01' }, { givenOn: '2026-02-01', withdrawnOn: '2026-02-15' }))).toEqual([
      'consentId:alreadyWithdrawn',
      'withdrawnOn:afterGivenOn',
    ]);
  });

  it('is current from the day it is given until the day it is withdrawn', () => {
    expect(isCurrentConsent({ givenOn: today, withdrawnOn: null }, today)).toBe(true);
    expect(isCurrentConsent({ givenOn: '2026-03-11', withdrawnOn: null }, today)).toBe(false);
    expect(isCurrentConsent({ givenOn: '2026-01-01', withdrawnOn: '2026-03-11' }, today)).toBe(true);
    expect(isCurrentConsent({ givenOn: '2026-01-01', withdrawnOn: today }, today)).toBe(false);
  });
});
