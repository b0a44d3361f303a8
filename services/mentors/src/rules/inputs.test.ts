import { describe, expect, it } from 'vitest';
import { experienceReportDueOn, experienceReportViolations } from './experienceReport.js';
import { mentorChangeViolations, mentorViolations } from './mentor.js';
import { agreementViolation, providerViolations } from './provider.js';
import { supervisionViolations, trainingViolations } from './records.js';

const id = '6f1c4a5e-1d3b-4f6e-9a7b-2c8d9e0f1a2b';
const fieldsAndRules = (violations: { field: string; rule: string }[]) => violations.map((v) => `${v.field}:${v.rule}`);

describe('providerViolations', () => {
  const provider = { name: 'Brobyg Mentor ApS', cvr: '64942212', activities: ['Støtte til studiestart'], pricePerHourOre: 52_500, municipalityCodes: ['101', '147'] };

  it('accepts a valid provider', () => {
    expect(providerViolations(provider)).toEqual([]);
  });

  it('checks CVR, catalogue, price and municipality codes', () => {
    expect(fieldsAndRules(providerViolations({ ...provider, cvr: '64942213' }))).toEqual(['cvr:cvrChecksum']);
    expect(fieldsAndRules(providerViolations({ ...provider, activities: [] }))).toEqual(['activities:required']);
    expect(fieldsAndRules(providerViolations({ ...provider, activities: ['Ledsagelse', 'ledsagelse '] }))).toEqual(['activities:unique']);
    expect(fieldsAndRules(providerViolations({ ...provider, pricePerHourOre: 525.5 }))).toEqual(['pricePerHourOre:range']);
    expect(fieldsAndRules(providerViolations({ ...provider, pricePerHourOre: -1 }))).toEqual(['pricePerHourOre:range']);
    expect(fieldsAndRules(providerViolations({ ...provider, municipalityCodes: ['0101'] }))).toEqual(['municipalityCodes:maxLength']);
    expect(fieldsAndRules(providerViolations({ ...provider, municipalityCodes: ['København'] }))).toEqual(['municipalityCodes:maxLength']);
    expect(fieldsAndRules(providerViolations({ ...provider, municipalityCodes: ['10a'] }))).toEqual(['municipalityCodes:municipalityCode']);
  });

  it('takes an agreement that ends on or after its first day, and an end only with a start', () => {
    expect(agreementViolation(null, null)).toBeNull();
    expect(agreementViolation('2024-01-01', null)).toBeNull();
    expect(agreementViolation('2024-01-01', '2024-01-01')).toBeNull();
    expect(agreementViolation('2024-01-01', '2023-12-31')).toMatchObject({ field: 'agreementEndDate', rule: 'afterAgreementStart' });
    expect(agreementViolation(null, '2024-12-31')).toMatchObject({ field: 'agreementEndDate', rule: 'agreementStartRequired' });
    expect(fieldsAndRules(providerViolations({ ...provider, agreementStartDate: '2024-01-01', agreementEndDate: '2023-01-01' }))).toEqual([
      'agreementEndDate:afterAgreementStart',
    ]);
  });
});

describe('mentorViolations', () => {
  const mentor = {
    providerId: id,
    firstName: 'Mette',
    lastName: 'Jensen',
    phone: '+45 22 33 44 55',
    email: 'mette@brobyg.dk',
    languages: ['da', 'ar'],
    targetGroups: ['Uddannelsesparate unge'],
    capacityHoursPerWeek: 7.5,
  };

  it('accepts a valid mentor', () => {
    expect(mentorViolations(mentor)).toEqual([]);
  });

  it('needs a phone number or an e-mail address', () => {
    expect(mentorViolations({ ...mentor, phone: null })).toEqual([]);
    expect(fieldsAndRules(mentorViolations({ ...mentor, phone: null, email: ' ' }))).toEqual(['phone:contactRequired']);
  });

  it('checks formats and capacity boundaries', () => {
    expect(fieldsAndRules(mentorViolations({ ...mentor, email: 'mette.brobyg.dk' }))).toEqual(['email:emailFormat']);
    expect(fieldsAndRules(mentorViolations({ ...mentor, phone: '1234' }))).toEqual(['phone:phoneFormat']);
    expect(fieldsAndRules(mentorViolations({ ...mentor, languages: ['dansk'] }))).toEqual(['languages:maxLength']);
    expect(fieldsAndRules(mentorViolations({ ...mentor, languages: ['DA'] }))).toEqual(['languages:languageCode']);
    expect(mentorViolations({ ...mentor, capacityHoursPerWeek: 37 })).toEqual([]);
    expect(fieldsAndRules(mentorViolations({ ...mentor, capacityHoursPerWeek: 37.5 }))).toEqual(['capacityHoursPerWeek:range']);
    expect(fieldsAndRules(mentorViolations({ ...mentor, capacityHoursPerWeek: 0 }))).toEqual(['capacityHoursPerWeek:range']);
    expect(fieldsAndRules(mentorViolations({ ...mentor, capacityHoursPerWeek: 7.25 }))).toEqual(['capacityHoursPerWeek:precision']);
  });

  it('checks changes, refusing to clear required fields or the last contact', () => {
    const current = { phone: '+45 22 33 44 55', email: null };
    expect(mentorChangeViolations({ mentorId: id, status: 'INACTIVE' }, current)).toEqual([]);
    expect(fieldsAndRules(mentorChangeViolations({ mentorId: id, phone: null }, current))).toEqual(['phone:contactRequired']);
    expect(fieldsAndRules(mentorChangeViolations({ mentorId: id, firstName: null }, current))).toEqual(['firstName:required']);
    expect(fieldsAndRules(mentorChangeViolations({ mentorId: id, expectedVersion: 0 }, current))).toEqual(['expectedVersion:range']);
  });
});

describe('training and supervision records', () => {
  const record = { mentorId: id, heldOn: '2026-02-01', topic: 'Grundkursus', hours: 6, givenBy: 'Center for Sikker By' };

  it('accepts a held session and refuses one in the future', () => {
    expect(trainingViolations(record, '2026-02-01')).toEqual([]);
    expect(fieldsAndRules(trainingViolations(record, '2026-01-31'))).toEqual(['heldOn:notInFuture']);
  });

  it('allows a long training but only a single supervision session', () => {
    expect(trainingViolations({ ...record, hours: 30 }, '2026-03-01')).toEqual([]);
    expect(supervisionViolations({ ...record, hours: 8 }, '2026-03-01')).toEqual([]);
    expect(fieldsAndRules(supervisionViolations({ ...record, hours: 8.5 }, '2026-03-01'))).toEqual(['hours:range']);
  });
});

describe('experience reports', () => {
  const report = { providerId: id, year: 2025, themes: ['Fastholdelse'], text: 'Erfaringer fra året.' };

  it('is due 30 September of the following year', () => {
    expect(experienceReportDueOn(2025)).toBe('2026-09-30');
  });

  it('covers a year that has ended', () => {
    expect(experienceReportViolations(report, '2026-01-01')).toEqual([]);
    expect(fieldsAndRules(experienceReportViolations(report, '2025-12-31'))).toEqual(['year:yearEnded']);
    expect(fieldsAndRules(experienceReportViolations({ ...report, year: 1999 }, '2026-01-01'))).toEqual(['year:range']);
  });

  it('needs themes and text', () => {
    expect(fieldsAndRules(experienceReportViolations({ ...report, themes: [], text: '' }, '2026-01-01'))).toEqual(['themes:required', 'text:required']);
  });
});
