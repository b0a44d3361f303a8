import { requireText, requireUuid, RuleViolation, violations } from '@mentor/common';
import type { OrganisationKind } from '../entities/Organisation.js';
import { expectedVersionViolation, idempotencyKeyViolation, notInFuture } from './common.js';

export interface ConsentInput {
  youthId: string;
  bodyId: string;
  scope: string;
  givenOn: string;
  idempotencyKey?: string | null;
}

export function consentRules(input: ConsentInput, today: string): RuleViolation[] {
  return violations(
    requireUuid('youthId', input.youthId),
    requireUuid('bodyId', input.bodyId),
    requireText('scope', input.scope, 1000),
    notInFuture('givenOn', input.givenOn, today),
    idempotencyKeyViolation(input.idempotencyKey),
  );
}

export interface ConsentWithdrawalInput {
  consentId: string;
  withdrawnOn: string;
  expectedVersion?: number | null;
}

export function consentWithdrawalInputRules(input: ConsentWithdrawalInput, today: string): RuleViolation[] {
  return violations(requireUuid('consentId', input.consentId), notInFuture('withdrawnOn', input.withdrawnOn, today), expectedVersionViolation(input.expectedVersion));
}

export function consentWithdrawalRules(input: Pick<ConsentWithdrawalInput, 'withdrawnOn'>, consent: { givenOn: string; withdrawnOn: string | null }): RuleViolation[] {
  return violations(
    consent.withdrawnOn ? new RuleViolation('consentId', 'alreadyWithdrawn', `consentId: the consent was withdrawn on ${consent.withdrawnOn}`) : null,
    input.withdrawnOn < consent.givenOn ? new RuleViolation('withdrawnOn', 'afterGivenOn', 'withdrawnOn: must not be before the consent was given') : null,
  );
}

/** Current: given on or before today and not withdrawn by today. */
export function isCurrentConsent(consent: { givenOn: string; withdrawnOn: string | null }, today: string): boolean {
  return consent.givenOn <= today && (consent.withdrawnOn === null || consent.withdrawnOn > today);
}

/**
 * The kinds of body a youth can consent to share with: the cooperating bodies outside the
 * municipality's own case roles. KUI, institutions and municipal units have their own relations
 * (guided, enrolled, own unit), decided by other rules, and a consent must not widen them.
 */
export const consentableKinds: readonly OrganisationKind[] = ['SOCIAL_SERVICES', 'PSYCHIATRY', 'PRISON_AND_PROBATION'];
