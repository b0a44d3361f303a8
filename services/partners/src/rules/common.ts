import { RuleViolation, optionalText, requireUuid } from '@mentor/common';

const MUNICIPALITY_CODE = /^\d{3}$/;

/** Kommunekode: three digits (101 København, 147 Frederiksberg, …). */
export function municipalityCodeViolation(field: string, code: string): RuleViolation | null {
  return MUNICIPALITY_CODE.test(code) ? null : new RuleViolation(field, 'municipalityCode', `${field}: a municipality code is 3 digits`);
}

/** An idempotency key, when given, is a non-blank string of at most 200 characters. */
export function idempotencyKeyViolation(key: string | null | undefined): RuleViolation | null {
  if (key === null || key === undefined) return null;
  if (key.trim() === '') return new RuleViolation('idempotencyKey', 'required', 'idempotencyKey: must not be blank when given');
  return optionalText('idempotencyKey', key, 200);
}

export function notInFuture(field: string, date: string, today: string): RuleViolation | null {
  return date > today ? new RuleViolation(field, 'notInFuture', `${field}: must not be after today (${today})`) : null;
}

/** A version a client sends back: a positive integer. */
export function expectedVersionViolation(version: number | null | undefined): RuleViolation | null {
  if (version === null || version === undefined) return null;
  return Number.isInteger(version) && version >= 1 ? null : new RuleViolation('expectedVersion', 'positive', 'expectedVersion: a positive integer');
}

/** A list of ids: at most `max` of them, each a valid id; names the first malformed item. */
export function idListViolation(field: string, ids: readonly string[], max: number): RuleViolation | null {
  if (ids.length > max) return new RuleViolation(field, 'maxItems', `${field}: at most ${max} ids`);
  const malformed = ids.findIndex((id) => requireUuid(field, id) !== null);
  return malformed === -1 ? null : new RuleViolation(field, 'id', `${field}: item ${malformed} is not a valid id`);
}
