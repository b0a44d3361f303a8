import { describe, expect, it } from 'vitest';
import { bestCertificationStatus, certificationsDueForRenewal, certificationStatus, certificationViolations, certifiedForPeriod } from './certification.js';

const today = '2026-03-01';

describe('certificationStatus', () => {
  it('is VALID with more than 30 days left', () => {
    expect(certificationStatus('2026-04-01', today)).toBe('VALID'); // 31 days left
  });

  it('is EXPIRING with 30 days or fewer left, including the last valid day', () => {
    expect(certificationStatus('2026-03-31', today)).toBe('EXPIRING'); // 30 days left
    expect(certificationStatus('2026-03-02', today)).toBe('EXPIRING');
    expect(certificationStatus('2026-03-01', today)).toBe('EXPIRING');
  });

  it('is EXPIRED the day after the last valid day', () => {
    expect(certificationStatus('2026-02-28', today)).toBe('EXPIRED');
  });
});

describe('bestCertificationStatus', () => {
  it('picks the best of several and ignores ones not yet issued', () => {
    const expired = { issuedOn: '2024-01-01', validUntil: '2025-12-31' };
    const expiring = { issuedOn: '2025-01-01', validUntil: '2026-03-20' };
    const future = { issuedOn: '2026-04-01', validUntil: '2028-04-01' };
    expect(bestCertificationStatus([expired, expiring], today)).toBe('EXPIRING');
    expect(bestCertificationStatus([expired, future], today)).toBe('EXPIRED');
    expect(bestCertificationStatus([], today)).toBeNull();
  });
});

describe('certifiedForPeriod', () => {
  const certification = { issuedOn: '2026-01-01', validUntil: '2026-06-30' };

  it('needs one certification covering every day, both ends inclusive', () => {
    expect(certifiedForPeriod([certification], '2026-01-01', '2026-06-30')).toBe(true);
    expect(certifiedForPeriod([certification], '2026-03-01', '2026-07-01')).toBe(false);
    expect(certifiedForPeriod([certification], '2025-12-31', '2026-03-01')).toBe(false);
  });

  it('does not join two certifications with a gap', () => {
    const later = { issuedOn: '2026-07-02', validUntil: '2027-07-01' };
    expect(certifiedForPeriod([certification, later], '2026-06-01', '2026-08-01')).toBe(false);
  });
});

describe('certificationViolations', () => {
  const input = {
    mentorId: '6f1c4a5e-1d3b-4f6e-9a7b-2c8d9e0f1a2b',
    issuedBy: 'Lone Vestergaard',
    issuedOn: '2026-02-01',
    validUntil: '2028-01-31',
    taskDescription: 'Motiverende samtaler og bisidder i retten',
  };

  it('accepts a complete certification', () => {
    expect(certificationViolations(input, today)).toEqual([]);
  });

  it('names the field and rule of each broken rule', () => {
    const problems = (changes: Partial<typeof input>) => certificationViolations({ ...input, ...changes }, today).map((v) => `${v.field}:${v.rule}`);
    expect(problems({ issuedOn: '2026-03-02' })).toEqual(['issuedOn:notInFuture']);
    expect(problems({ validUntil: '2026-02-01' })).toEqual(['validUntil:afterIssuedOn']);
    expect(problems({ taskDescription: 'Mentor' })).toEqual(['taskDescription:actionOriented']);
    expect(problems({ issuedBy: ' ' })).toEqual(['issuedBy:required']);
    expect(problems({ mentorId: 'nope' })).toEqual(['mentorId:id']);
  });
});

describe('certificationsDueForRenewal', () => {
  const mentorA = 'a';
  const mentorB = 'b';
  const certification = (mentorId: string, kind: string, validUntil: string) => ({ id: `${mentorId}-${kind}-${validUntil}`, mentorId, kind, validUntil });

  it('lists certifications whose last day is within 30 days, today included, soonest first', () => {
    const due = certificationsDueForRenewal(
      [certification(mentorA, 'SOCIAL', '2026-03-31'), certification(mentorB, 'SOCIAL', '2026-03-01'), certification(mentorB, 'COMPANY', '2026-04-01')],
      today,
    );
    expect(due.map((c) => c.id)).toEqual(['b-SOCIAL-2026-03-01', 'a-SOCIAL-2026-03-31']);
  });

  it('leaves out expired ones and ones already renewed with a later certification of the same kind', () => {
    const renewed = [certification(mentorA, 'SOCIAL', '2026-03-20'), certification(mentorA, 'SOCIAL', '2028-03-19')];
    expect(certificationsDueForRenewal(renewed, today)).toEqual([]);
    expect(certificationsDueForRenewal([certification(mentorA, 'SOCIAL', '2026-02-28')], today)).toEqual([]);
    // A renewal of another kind does not replace this one.
    const otherKind = [certification(mentorA, 'SOCIAL', '2026-03-20'), certification(mentorA, 'PROFESSIONAL', '2028-03-19')];
    expect(certificationsDueForRenewal(otherKind, today).map((c) => c.kind)).toEqual(['SOCIAL']);
  });
});
