import { requireText, requireUuid, RuleViolation, violations } from '@mentor/common';
import type { EnrollmentStatus } from '../entities/Enrollment.js';
import { idempotencyKeyViolation, expectedVersionViolation, notInFuture } from './common.js';

export interface EnrollmentInput {
  youthId: string;
  institutionId: string;
  programme: string;
  startDate: string;
  expectedEndDate?: string | null;
  idempotencyKey?: string | null;
}

export function enrollmentRules(input: EnrollmentInput): RuleViolation[] {
  return violations(
    requireUuid('youthId', input.youthId),
    requireUuid('institutionId', input.institutionId),
    requireText('programme', input.programme, 200),
    input.expectedEndDate && input.expectedEndDate <= input.startDate
      ? new RuleViolation('expectedEndDate', 'afterStartDate', 'expectedEndDate: must be after startDate')
      : null,
    idempotencyKeyViolation(input.idempotencyKey),
  );
}

export interface EnrollmentEndInput {
  enrollmentId: string;
  status: EnrollmentStatus;
  endedOn: string;
  expectedVersion?: number | null;
}

/** Ending an enrollment: to an end status, on a day no later than today. */
export function enrollmentEndInputRules(input: EnrollmentEndInput, today: string): RuleViolation[] {
  return violations(
    requireUuid('enrollmentId', input.enrollmentId),
    input.status === 'ACTIVE' ? new RuleViolation('status', 'endStatus', 'status: must be COMPLETED, TRANSFERRED or DROPPED_OUT') : null,
    notInFuture('endedOn', input.endedOn, today),
    expectedVersionViolation(input.expectedVersion),
  );
}

/** An enrollment ends once, not before it started. */
export function enrollmentEndRules(input: Pick<EnrollmentEndInput, 'endedOn'>, enrollment: { status: EnrollmentStatus; startDate: string }): RuleViolation[] {
  return violations(
    enrollment.status !== 'ACTIVE' ? new RuleViolation('status', 'alreadyEnded', `status: the enrollment already ended as ${enrollment.status}`) : null,
    input.endedOn < enrollment.startDate ? new RuleViolation('endedOn', 'afterStartDate', 'endedOn: must not be before the start date') : null,
  );
}

export interface AttendanceConcernInput {
  enrollmentId: string;
  reportedOn: string;
  description: string;
  idempotencyKey?: string | null;
}

export function attendanceConcernInputRules(input: AttendanceConcernInput, today: string): RuleViolation[] {
  return violations(
    requireUuid('enrollmentId', input.enrollmentId),
    requireText('description', input.description, 2000),
    notInFuture('reportedOn', input.reportedOn, today),
    idempotencyKeyViolation(input.idempotencyKey),
  );
}

/** A concern is about an ACTIVE enrollment, within its period: not before it started. */
export function attendanceConcernEnrollmentRules(
  input: Pick<AttendanceConcernInput, 'reportedOn'>,
  enrollment: { status: EnrollmentStatus; startDate: string },
): RuleViolation[] {
  return violations(
    enrollment.status !== 'ACTIVE'
      ? new RuleViolation('enrollmentId', 'activeEnrollment', `enrollmentId: the enrollment ended as ${enrollment.status}`)
      : null,
    input.reportedOn < enrollment.startDate ? new RuleViolation('reportedOn', 'withinEnrollment', 'reportedOn: must not be before the enrollment started') : null,
  );
}
