import { describe, expect, it } from 'vitest';
import { attendanceConcernEnrollmentRules, attendanceConcernInputRules, enrollmentEndInputRules, enrollmentEndRules, enrollmentRules } from './enrollment.js';

const youthId = '0b9d5a52-8a43-4a5e-9c1f-1f7e6a6a2b11';
const institutionId = '5c0b2a1d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
const today = '2026-03-10';

function broken(violations: { field: string; rule: string }[]) {
  return violations.map(({ field, rule }) => `${field}:${rule}`);
}

describe('enrollment rules', () => {
  const valid = { youthId, institutionId, programme: 'Grundforløb 2 – Tømrer', startDate: '2026-01-05', expectedEndDate: '2027-06-30' };

  it('accepts a valid enrollment, with or without an expected end', () => {
    expect(enrollmentRules(valid)).toEqual([]);
    expect(enrollmentRules({ ...valid, expectedEndDate: null })).toEqual([]);
  });

  it('needs ids, a programme and an end after the start', () => {
    expect(broken(enrollmentRules({ ...valid, youthId: 'nope', programme: '', expectedEndDate: '2026-01-05' }))).toEqual([
      'youthId:id',
      'programme:required',
      'expectedEndDate:afterStartDate',
    ]);
  });

  it('ends an enrollment to an end status, not in the future', () => {
    const end = { enrollmentId: youthId, status: 'COMPLETED' as const, endedOn: today };
    expect(enrollmentEndInputRules(end, today)).toEqual([]);
    expect(broken(enrollmentEndInputRules({ ...end, status: 'ACTIVE', endedOn: '2026-03-11', expectedVersion: 0 }, today))).toEqual([
      'status:endStatus',
      'endedOn:notInFuture',
      'expectedVersion:positive',
    ]);
  });

  it('ends an enrollment once and not before it started', () => {
    expect(enrollmentEndRules({ endedOn: '2026-02-01' }, { status: 'ACTIVE', startDate: '2026-01-05' })).toEqual([]);
    expect(broken(enrollmentEndRules({ endedOn: '2026-01-01' }, { status: 'DROPPED_OUT', startDate: '2026-01-05' }))).toEqual([
      'status:alreadyEnded',
      'endedOn:afterStartDate',
    ]);
  });
});

describe('attendance concern rules', () => {
  const concern = { enrollmentId: youthId, reportedOn: today, description: 'Fravær på 4 ud af 10 dage.' };

  it('accepts a concern reported today', () => {
    expect(attendanceConcernInputRules(concern, today)).toEqual([]);
    expect(attendanceConcernEnrollmentRules(concern, { status: 'ACTIVE', startDate: '2026-01-05' })).toEqual([]);
  });

  it('needs a description of at most 2000 characters and a date that is not in the future', () => {
    expect(broken(attendanceConcernInputRules({ ...concern, description: ' ', reportedOn: '2026-04-01' }, today))).toEqual([
      'description:required',
      'reportedOn:notInFuture',
    ]);
    expect(broken(attendanceConcernInputRules({ ...concern, description: 'x'.repeat(2001) }, today))).toEqual(['description:maxLength']);
  });

  it('belongs to an active enrollment, within its period', () => {
    expect(broken(attendanceConcernEnrollmentRules({ reportedOn: '2026-01-04' }, { status: 'COMPLETED', startDate: '2026-01-05' }))).toEqual([
      'enrollmentId:activeEnrollment',
      'reportedOn:withinEnrollment',
    ]);
  });
});
