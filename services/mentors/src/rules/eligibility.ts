import { RuleViolation, withinCapacity } from '@mentor/common';
import type { MentorKind, MentorStatus } from '../entities/columns.js';
import { certifiedForPeriod } from './certification.js';
import type { IsoDate } from './dates.js';
import { hasCurrentClearCheck, isScreened, type ScreeningFacts } from './screening.js';
import { kindFit, type TargetGroup } from './targetGroups.js';

export interface MentorFacts {
  kind: MentorKind;
  status: MentorStatus;
  certifications: readonly { kind: MentorKind; issuedOn: IsoDate; validUntil: IsoDate }[];
  screenings: readonly ScreeningFacts[];
  trainings: readonly { heldOn: IsoDate }[];
  /** Needed only when the assignment gives weekly hours. */
  capacityHoursPerWeek?: number;
}

/** What an order asks of its mentor. The target group and the hours are checked only when given. */
export interface Assignment {
  from: IsoDate;
  to: IsoDate;
  youthUnder18: boolean;
  targetGroup?: TargetGroup | null;
  /** The order's average weekly hours, checked against the mentor's capacity with `load`. */
  weeklyHours?: number | null;
  /** The weekly hours the mentor already carries on active orders. */
  load?: number;
}

export type EligibilityReason =
  | 'mentorInactive'
  | 'certificationNotValidForPeriod'
  | 'certificationKindDoesNotFitTargetGroup'
  | 'childProtectionCheckNotCurrent'
  | 'criminalRecordCheckNotCurrent'
  | 'volunteerNotTrained'
  | 'capacityExceeded';

export interface Eligibility {
  eligible: boolean;
  reasons: EligibilityReason[];
}

/** An order's period runs from `from` to `to`, both inclusive; a one-day period is fine. */
export function periodViolation(from: IsoDate, to: IsoDate): RuleViolation | null {
  return to < from ? new RuleViolation('to', 'periodOrder', 'to: must not be before from') : null;
}

/** Trained: at least one training recorded (trainings are recorded once held). */
export function isTrained(trainings: readonly { heldOn: IsoDate }[]): boolean {
  return trainings.length > 0;
}

/** The certifications valid on every day of the period and, when a target group is given, of a kind that fits it. */
export function fittingCertifications<C extends { kind: MentorKind; issuedOn: IsoDate; validUntil: IsoDate }>(
  certifications: readonly C[],
  period: { from: IsoDate; to: IsoDate },
  targetGroup?: TargetGroup | null,
): C[] {
  return certifications.filter(
    (certification) =>
      certifiedForPeriod([certification], period.from, period.to) && (!targetGroup || kindFit(certification.kind, targetGroup) !== 'NONE'),
  );
}

/** Rule 9's capacity, in common so that the demo world's assignments obey the same function. */
export { withinCapacity };

/**
 * Whether the mentor may be assigned to the order (DESIGN rule 9, seeds 001 and 002): active; one
 * certification valid on every day of the order, of a kind that fits the target group; a volunteer
 * screened and trained; whoever meets a youth under 18 has a current, clear børneattest and
 * straffeattest when the order starts; and the order's hours fit the mentor's capacity.
 */
export function mentorEligibility(mentor: MentorFacts, assignment: Assignment): Eligibility {
  const reasons: EligibilityReason[] = [];
  const volunteer = mentor.kind === 'VOLUNTEER';
  if (mentor.status !== 'ACTIVE') reasons.push('mentorInactive');
  if (!certifiedForPeriod(mentor.certifications, assignment.from, assignment.to)) reasons.push('certificationNotValidForPeriod');
  else if (fittingCertifications(mentor.certifications, assignment, assignment.targetGroup).length === 0) reasons.push('certificationKindDoesNotFitTargetGroup');
  if (volunteer || assignment.youthUnder18) {
    if (!hasCurrentClearCheck(mentor.screenings, 'CHILD_PROTECTION', assignment.from)) reasons.push('childProtectionCheckNotCurrent');
    if (!hasCurrentClearCheck(mentor.screenings, 'CRIMINAL_RECORD', assignment.from)) reasons.push('criminalRecordCheckNotCurrent');
  }
  if (volunteer && !isTrained(mentor.trainings)) reasons.push('volunteerNotTrained');
  if (
    assignment.weeklyHours !== null &&
    assignment.weeklyHours !== undefined &&
    mentor.capacityHoursPerWeek !== undefined &&
    !withinCapacity(mentor.capacityHoursPerWeek, assignment.load ?? 0, assignment.weeklyHours)
  ) {
    reasons.push('capacityExceeded');
  }
  return { eligible: reasons.length === 0, reasons };
}

/** Matchable today: active, and a volunteer only when screened and trained (seed 002). */
export function isMatchable(mentor: Omit<MentorFacts, 'certifications'>, today: IsoDate): boolean {
  if (mentor.status !== 'ACTIVE') return false;
  if (mentor.kind !== 'VOLUNTEER') return true;
  return isScreened(mentor.screenings, today) && isTrained(mentor.trainings);
}
