import { cvrViolation, requireText, requireUuid, RuleViolation, violations } from '@mentor/common';
import type { InstitutionType } from '../entities/Institution.js';
import type { OrganisationKind } from '../entities/Organisation.js';
import { expectedVersionViolation, idempotencyKeyViolation, municipalityCodeViolation } from './common.js';

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

export interface InstitutionUpdateInput {
  institutionId: string;
  name?: string | null;
  type?: InstitutionType | null;
  approved?: boolean | null;
  address?: string | null;
  municipalityCode?: string | null;
  expectedVersion?: number | null;
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

/** A change to an institution: the fields given are checked as at registration; null means unchanged. */
export function institutionUpdateRules(input: InstitutionUpdateInput): RuleViolation[] {
  return violations(
    requireUuid('institutionId', input.institutionId),
    input.name === null || input.name === undefined ? null : requireText('name', input.name, 200),
    input.address === null || input.address === undefined ? null : requireText('address', input.address, 300),
    input.municipalityCode === null || input.municipalityCode === undefined ? null : municipalityCodeViolation('municipalityCode', input.municipalityCode),
    expectedVersionViolation(input.expectedVersion),
  );
}
