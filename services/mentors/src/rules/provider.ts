import { RuleViolation, cvrViolation, requireText, violations } from '@mentor/common';
import { idempotencyKeyViolation, textListViolation } from './text.js';

export interface ProviderInput {
  name: string;
  cvr: string;
  activities: readonly string[];
  pricePerHourOre: number;
  municipalityCodes: readonly string[];
  idempotencyKey?: string | null;
}

/** 100,000 kr. an hour: far above any agreement, low enough to catch a price typed in øre twice. */
export const MAX_PRICE_PER_HOUR_ORE = 10_000_000;

export function municipalityCodesViolation(field: string, codes: readonly string[]): RuleViolation | null {
  const list = textListViolation(field, codes, { min: 1, max: 98, maxLength: 3 });
  if (list) return list;
  const bad = codes.find((code) => !/^[1-9]\d{2}$/.test(code));
  return bad === undefined ? null : new RuleViolation(field, 'municipalityCode', `${field}: ${bad} is not a three-digit municipality code`);
}

export function providerViolations(input: ProviderInput): RuleViolation[] {
  return violations(
    requireText('name', input.name, 200),
    cvrViolation('cvr', input.cvr),
    textListViolation('activities', input.activities, { min: 1, max: 50, maxLength: 200 }),
    !Number.isInteger(input.pricePerHourOre) || input.pricePerHourOre < 0 || input.pricePerHourOre > MAX_PRICE_PER_HOUR_ORE
      ? new RuleViolation('pricePerHourOre', 'range', `pricePerHourOre: whole øre from 0 to ${MAX_PRICE_PER_HOUR_ORE}`)
      : null,
    municipalityCodesViolation('municipalityCodes', input.municipalityCodes),
    idempotencyKeyViolation(input.idempotencyKey),
  );
}
