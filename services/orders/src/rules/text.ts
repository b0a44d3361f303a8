import { RuleViolation, requireText } from '@mentor/common';

export const SHORT_TEXT = 200;
export const LONG_TEXT = 4000;

/** A list of short texts: at least `min` items, at most `max`, each non-blank and not too long. */
export function textListViolations(field: string, values: readonly string[], options: { min: number; max: number; maxLength?: number }): RuleViolation[] {
  if (values.length < options.min) return [new RuleViolation(field, 'required', `${field}: at least ${options.min} needed`)];
  if (values.length > options.max) return [new RuleViolation(field, 'maxItems', `${field}: at most ${options.max} items`)];
  const found: RuleViolation[] = [];
  values.forEach((value, index) => {
    const violation = requireText(`${field}[${index}]`, value, options.maxLength ?? SHORT_TEXT);
    if (violation) found.push(violation);
  });
  if (new Set(values.map((value) => value.trim().toLowerCase())).size !== values.length) {
    found.push(new RuleViolation(field, 'unique', `${field}: each item only once`));
  }
  return found;
}

export function idempotencyKeyViolation(value: string | null | undefined): RuleViolation | null {
  if (value === null || value === undefined) return null;
  if (!/^[\w.:-]{1,100}$/.test(value)) {
    return new RuleViolation('idempotencyKey', 'idempotencyKeyFormat', 'idempotencyKey: 1–100 letters, digits, or . _ : -');
  }
  return null;
}

export function expectedVersionViolation(value: number | null | undefined): RuleViolation | null {
  if (value === null || value === undefined || (Number.isInteger(value) && value >= 1)) return null;
  return new RuleViolation('expectedVersion', 'version', 'expectedVersion: a positive whole number');
}
