import { checkCpr, formatCpr, optionalText, requireText, requireUuid, RuleViolation, violations } from '@mentor/common';
import { ageOn } from '../dates.js';
import { targetGroups } from '../domain.js';
import { idempotencyKeyViolation, LONG_TEXT, SHORT_TEXT } from './text.js';
import type { RegisterYouthInput as GeneratedRegisterYouthInput } from '../generated/resolvers.js';

export type RegisterYouthInput = GeneratedRegisterYouthInput;

/** Mentor support in this system starts at 13, the youngest age group of the volunteer scheme (seed 002). */
export const MINIMUM_AGE = 13;

export interface YouthCheck {
  violations: RuleViolation[];
  cpr: string;
  birthDate: string | null;
  /** A failed modulus-11 check is a warning only: such numbers are issued since 2007. */
  cprModulus11: boolean;
}

function phoneViolation(phone: string | null | undefined): RuleViolation | null {
  if (phone === null || phone === undefined || phone === '') return null;
  return /^(\+45 ?)?\d{2} ?\d{2} ?\d{2} ?\d{2}$|^\+\d{7,15}$/.test(phone) ? null : new RuleViolation('phone', 'phoneFormat', 'phone: a Danish 8-digit number, optionally +45, or an international number');
}

function emailViolation(email: string | null | undefined): RuleViolation | null {
  if (email === null || email === undefined || email === '') return null;
  if (email.length > SHORT_TEXT) return new RuleViolation('email', 'maxLength', `email: at most ${SHORT_TEXT} characters`);
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? null : new RuleViolation('email', 'emailFormat', 'email: not an e-mail address');
}

export function checkRegisterYouth(input: RegisterYouthInput, today: string): YouthCheck {
  const cprCheck = checkCpr('cpr', input.cpr.trim());
  const found = violations(
    requireText('firstName', input.firstName, SHORT_TEXT),
    requireText('lastName', input.lastName, SHORT_TEXT),
    cprCheck.violation,
    requireText('address', input.address, SHORT_TEXT),
    phoneViolation(input.phone),
    emailViolation(input.email),
    targetGroups.includes(input.targetGroup) ? null : new RuleViolation('targetGroup', 'targetGroup', 'targetGroup: not a known target group'),
    requireText('legalBasis', input.legalBasis, SHORT_TEXT),
    optionalText('specialNeeds', input.specialNeeds, LONG_TEXT),
    optionalText('healthNotes', input.healthNotes, LONG_TEXT),
    optionalText('caseNotes', input.caseNotes, LONG_TEXT),
    input.youthGuideId ? requireUuid('youthGuideId', input.youthGuideId) : null,
    idempotencyKeyViolation(input.idempotencyKey),
  );
  const birthDate = cprCheck.birthDate ?? null;
  if (birthDate) {
    if (birthDate > today) found.push(new RuleViolation('cpr', 'cprDate', 'cpr: the birth date is in the future'));
    else if (ageOn(birthDate, today) < MINIMUM_AGE) found.push(new RuleViolation('cpr', 'minimumAge', `cpr: mentor support starts at ${MINIMUM_AGE} years`));
  }
  return { violations: found, cpr: cprCheck.violation ? input.cpr : formatCpr(input.cpr.trim()), birthDate, cprModulus11: cprCheck.modulus11 };
}
