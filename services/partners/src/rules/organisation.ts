import { cvrViolation, requireText, RuleViolation, violations } from '@mentor/common';
import type { InstitutionType } from '../entities/Institution.js';
import type { OrganisationKind } from '../entities/Organisation.js';
import { idempotencyKeyViolation, municipalityCodeViolation } from './common.js';

export interface OrganisationInput {
  kind: OrganisationKind;
  name: string;
  cvr: string;
  municipalityCode: string;
  idempotencyKey?: string | null;
}

export interface InstitutionInput {
  name: string;
  cvr: string;
  institutionNumber: string;
  type: InstitutionType;
  approved: boolean;
  address: string;
  municipalityCode: string;
  idempotencyKey?: string | null;
}

const INSTITUTION_NUMBER = /^\d{6}$/;

export function organisationRules(input: OrganisationInput): RuleViolation[] {
  return violations(
    input.kind === 'INSTITUTION'
      ? new RuleViolation('kind', 'useRegisterInstitution', 'kind: institutions are registered with registerInstitution, with their institution number')
      : null,
    requireText('name', input.name, 200),
    cvrViolation('cvr', input.cvr),
    municipalityCodeViolation('municipalityCode', input.municipalityCode),
    idempotencyKeyViolation(input.idempotencyKey),
  );
}

export function institutionRules(input: InstitutionInput): RuleViolation[] {
  return violations(
    requireText('name', input.name, 200),
    cvrViolation('cvr', input.cvr),
    INSTITUTION_NUMBER.test(input.institutionNumber)
      ? null
      : new RuleViolation('institutionNumber', 'institutionNumberFormat', 'institutionNumber: an institution number is 6 digits'),
    requireText('address', input.address, 300),
    municipalityCodeViolation('municipalityCode', input.municipalityCode),
    idempotencyKeyViolation(input.idempotencyKey),
  );
}
