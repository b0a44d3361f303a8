import { describe, expect, it } from 'vitest';
import { institutionRules, institutionUpdateRules, organisationRules, type InstitutionInput, type OrganisationInput } from './organisation.js';

const organisation: OrganisationInput = { kind: 'PSYCHIATRY', name: 'Psykiatrisk Center Amager', cvr: '29190623', municipalityCode: '101' };
const institution: InstitutionInput = {
  name: 'Erhvervsskolen Nordvest',
  cvr: '29190623',
  institutionNumber: '147111',
  type: 'VOCATIONAL',
  approved: true,
  address: 'Frederikssundsvej 20, 2400 København NV',
  municipalityCode: '101',
};

function broken(violations: { field: string; rule: string }[]) {
  return violations.map(({ field, rule }) => `${field}:${rule}`);
}

describe('organisation rules', () => {
  it('accepts a valid organisation', () => {
    expect(organisationRules(organisation)).toEqual([]);
  });

  it('sends institutions to registerInstitution', () => {
    expect(broken(organisationRules({ ...organisation, kind: 'INSTITUTION' }))).toEqual(['kind:useRegisterInstitution']);
  });

  it('checks the CVR format and modulus 11', () => {
    expect(broken(organisationRules({ ...organisation, cvr: '1234567' }))).toEqual(['cvr:cvrFormat']);
    expect(broken(organisationRules({ ...organisation, cvr: '29190624' }))).toEqual(['cvr:cvrChecksum']);
  });

  it('requires a name and a three-digit municipality code', () => {
    expect(broken(organisationRules({ ...organisation, name: '  ', municipalityCode: '1010' }))).toEqual(['name:required', 'municipalityCode:municipalityCode']);
    expect(broken(organisationRules({ ...organisation, name: 'x'.repeat(201) }))).toEqual(['name:maxLength']);
  });

  it('refuses a blank idempotency key', () => {
    expect(broken(organisationRules({ ...organisation, idempotencyKey: ' ' }))).toEqual(['idempotencyKey:required']);
    expect(broken(organisationRules({ ...organisation, idempotencyKey: 'k'.repeat(201) }))).toEqual(['idempotencyKey:maxLength']);
  });
});

describe('institution rules', () => {
  it('accepts a valid institution', () => {
    expect(institutionRules(institution)).toEqual([]);
  });

  it('requires a six-digit institution number and an address', () => {
    expect(broken(institutionRules({ ...institution, institutionNumber: '14711' }))).toEqual(['institutionNumber:institutionNumberFormat']);
    expect(broken(institutionRules({ ...institution, institutionNumber: '1471110' }))).toEqual(['institutionNumber:institutionNumberFormat']);
    expect(broken(institutionRules({ ...institution, institutionNumber: ' 147111' }))).toEqual(['institutionNumber:institutionNumberFormat']);
    expect(institutionRules({ ...institution, institutionNumber: '000001' })).toEqual([]);
    expect(broken(institutionRules({ ...institution, institutionNumber: '14711a', address: '' }))).toEqual([
      'institutionNumber:institutionNumberFormat',
      'address:required',
    ]);
  });
});

describe('institution update rules', () => {
  const institutionId = '0b9d5a52-8a43-4a5e-9c1f-1f7e6a6a2b11';

  it('accepts a change of approval alone, and leaves out what is not given', () => {
    expect(institutionUpdateRules({ institutionId, approved: false })).toEqual([]);
    expect(institutionUpdateRules({ institutionId, name: null, address: null, municipalityCode: null, type: null })).toEqual([]);
    expect(institutionUpdateRules({ institutionId, name: 'EUC Vest', type: 'ADULT_EDUCATION', address: 'Gl. Køge Landevej 1', municipalityCode: '167', expectedVersion: 2 })).toEqual([]);
  });

  it('checks the fields given as at registration', () => {
    expect(broken(institutionUpdateRules({ institutionId: 'EUC', name: ' ', address: '', municipalityCode: '16', expectedVersion: 0 }))).toEqual([
      'institutionId:id',
      'name:required',
      'address:required',
      'municipalityCode:municipalityCode',
      'expectedVersion:positive',
    ]);
  });
});
