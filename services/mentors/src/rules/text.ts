import { RuleViolation, requireText } from '@mentor/common';

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

export function idempotencyKeyViolation(key: string | null | undefined): RuleViolation | null {
  if (key === null || key === undefined) return null;
  if (key.trim() === '') return new RuleViolation('idempotencyKey', 'required', 'idempotencyKey: must not be empty when given');
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    return new RuleViolation('idempotencyKey', 'maxLength', `idempotencyKey: at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`);
  }
  return null;
}

/** A list of short texts: at least `min` entries, each non-empty and within `maxLength`, no duplicates. */
export function textListViolation(field: string, values: readonly string[], options: { min: number; max: number; maxLength: number }): RuleViolation | null {
  if (values.length < options.min) return new RuleViolation(field, 'required', `${field}: at least ${options.min} required`);
  if (values.length > options.max) return new RuleViolation(field, 'maxItems', `${field}: at most ${options.max} entries`);
  for (const [index, value] of values.entries()) {
    const problem = requireText(`${field}[${index}]`, value, options.maxLength);
    if (problem) return new RuleViolation(field, problem.rule, problem.message);
  }
  const normalised = values.map((value) => value.trim().toLocaleLowerCase('da'));
  if (new Set(normalised).size !== normalised.length) return new RuleViolation(field, 'unique', `${field}: entries must not repeat`);
  return null;
}

/** Hours as recorded: more than zero, at most `max`, in tenths of an hour. */
export function hoursViolation(field: string, hours: number, max: number): RuleViolation | null {
  if (!Number.isFinite(hours) || hours <= 0 || hours > max) return new RuleViolation(field, 'range', `${field}: must be more than 0 and at most ${max}`);
  if (Math.abs(hours * 10 - Math.round(hours * 10)) > 1e-9) return new RuleViolation(field, 'precision', `${field}: at most one decimal`);
  return null;
}
