import { RuleViolation, cvrViolation, requireText, violations } from '@mentor/common';
import type { IsoDate } from './dates.js';
import { idempotencyKeyViolation, textListViolation } from './text.js';

export interface ProviderInput {
  name: string;
  cvr: string;
  activities: readonly string[];
  pricePerHourOre: number;
  municipalityCodes: readonly string[];
  agreementStartDate?: IsoDate | null;
  agreementEndDate?: IsoDate | null;
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

/** An agreement's end needs its start, and does not come before it. */
export function agreementViolation(startDate: IsoDate | null, endDate: IsoDate | null): RuleViolation | null {
  if (endDate === null) return null;
  if (startDate === null) return new RuleViolation('agreementEndDate', 'agreementStartRequired', 'agreementEndDate: give the agreement\'s start as well');
  return endDate < startDate ? new RuleViolation('agreementEndDate', 'afterAgreementStart', 'agreementEndDate: must not be before agreementStartDate') : null;
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
    agreementViolation(input.agreementStartDate ?? null, input.agreementEndDate ?? null),
    idempotencyKeyViolation(input.idempotencyKey),
  );
}
