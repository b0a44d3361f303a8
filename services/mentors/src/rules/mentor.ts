import { RuleViolation, requireText, requireUuid, violations } from '@mentor/common';
import { hoursViolation, idempotencyKeyViolation, textListViolation } from './text.js';

/** A full-time Danish working week. */
export const MAX_CAPACITY_HOURS_PER_WEEK = 37;

const PHONE = /^\+?[0-9][0-9 ]{6,18}[0-9]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANGUAGE = /^[a-z]{2}$/;

/** Blank counts as absent: the resolver stores it as null. */
function absent(value: string | null | undefined): value is null | undefined {
  return value === null || value === undefined || value.trim() === '';
}

export function phoneViolation(phone: string | null | undefined): RuleViolation | null {
  if (absent(phone)) return null;
  const digits = phone.replace(/\D/g, '');
  return PHONE.test(phone) && digits.length >= 8 && digits.length <= 15
    ? null
    : new RuleViolation('phone', 'phoneFormat', 'phone: digits and spaces, at least 8 digits, optionally starting with +');
}

export function emailViolation(email: string | null | undefined): RuleViolation | null {
  if (absent(email)) return null;
  return EMAIL.test(email) && email.length <= 254 ? null : new RuleViolation('email', 'emailFormat', 'email: not an e-mail address');
}

export function languagesViolation(languages: readonly string[]): RuleViolation | null {
  const list = textListViolation('languages', languages, { min: 1, max: 20, maxLength: 2 });
  if (list) return list;
  const bad = languages.find((language) => !LANGUAGE.test(language));
  return bad === undefined ? null : new RuleViolation('languages', 'languageCode', `languages: ${bad} is not a two-letter ISO 639-1 code`);
}

export function targetGroupsViolation(targetGroups: readonly string[]): RuleViolation | null {
  return textListViolation('targetGroups', targetGroups, { min: 0, max: 20, maxLength: 200 });
}

export function capacityViolation(hours: number): RuleViolation | null {
  return hoursViolation('capacityHoursPerWeek', hours, MAX_CAPACITY_HOURS_PER_WEEK);
}

export interface MentorInput {
  providerId: string;
  firstName: string;
  lastName: string;
  phone?: string | null;
  email?: string | null;
  languages: readonly string[];
  targetGroups: readonly string[];
  capacityHoursPerWeek: number;
  idempotencyKey?: string | null;
}

export function mentorViolations(input: MentorInput): RuleViolation[] {
  const noContact = absent(input.phone) && absent(input.email);
  return violations(
    requireUuid('providerId', input.providerId),
    requireText('firstName', input.firstName, 100),
    requireText('lastName', input.lastName, 100),
    // The written agreement with the youth names the mentor's contact details (seed 003).
    noContact ? new RuleViolation('phone', 'contactRequired', 'phone: a phone number or an e-mail address is required') : phoneViolation(input.phone),
    emailViolation(input.email),
    languagesViolation(input.languages),
    targetGroupsViolation(input.targetGroups),
    capacityViolation(input.capacityHoursPerWeek),
    idempotencyKeyViolation(input.idempotencyKey),
  );
}

export interface MentorChanges {
  mentorId: string;
  expectedVersion?: number | null;
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  email?: string | null;
  languages?: readonly string[] | null;
  targetGroups?: readonly string[] | null;
  capacityHoursPerWeek?: number | null;
  status?: string | null;
}

/** Left-out fields stay as they are; phone and email may be cleared with null, as long as one remains. */
export function mentorChangeViolations(changes: MentorChanges, current: { phone: string | null; email: string | null }): RuleViolation[] {
  const required = (field: 'firstName' | 'lastName' | 'languages' | 'targetGroups' | 'capacityHoursPerWeek' | 'status') =>
    changes[field] === null ? new RuleViolation(field, 'required', `${field}: cannot be cleared`) : null;
  const phone = changes.phone === undefined ? current.phone : changes.phone;
  const email = changes.email === undefined ? current.email : changes.email;
  const noContact = absent(phone) && absent(email);
  return violations(
    requireUuid('mentorId', changes.mentorId),
    changes.expectedVersion !== undefined && changes.expectedVersion !== null && (!Number.isInteger(changes.expectedVersion) || changes.expectedVersion < 1)
      ? new RuleViolation('expectedVersion', 'range', 'expectedVersion: a version is a positive whole number')
      : null,
    required('firstName') ?? (changes.firstName === undefined ? null : requireText('firstName', changes.firstName, 100)),
    required('lastName') ?? (changes.lastName === undefined ? null : requireText('lastName', changes.lastName, 100)),
    noContact ? new RuleViolation('phone', 'contactRequired', 'phone: a phone number or an e-mail address is required') : phoneViolation(changes.phone),
    emailViolation(changes.email),
    required('languages') ?? (changes.languages ? languagesViolation(changes.languages) : null),
    required('targetGroups') ?? (changes.targetGroups ? targetGroupsViolation(changes.targetGroups) : null),
    required('capacityHoursPerWeek') ?? (typeof changes.capacityHoursPerWeek === 'number' ? capacityViolation(changes.capacityHoursPerWeek) : null),
    required('status'),
  );
}
