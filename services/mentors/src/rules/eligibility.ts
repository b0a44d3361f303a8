import type { MentorKind, MentorStatus } from '../entities/columns.js';
import { certifiedForPeriod } from './certification.js';
import type { IsoDate } from './dates.js';
import { hasCurrentClearCheck, isScreened, type ScreeningFacts } from './screening.js';

export interface MentorFacts {
  kind: MentorKind;
  status: MentorStatus;
  certifications: readonly { issuedOn: IsoDate; validUntil: IsoDate }[];
  screenings: readonly ScreeningFacts[];
  trainings: readonly { heldOn: IsoDate }[];
}

export type EligibilityReason =
  | 'mentorInactive'
  | 'certificationNotValidForPeriod'
  | 'childProtectionCheckNotCurrent'
  | 'criminalRecordCheckNotCurrent'
  | 'volunteerNotTrained';

export interface Eligibility {
  eligible: boolean;
  reasons: EligibilityReason[];
}

/** Trained: at least one training recorded (trainings are recorded once held). */
export function isTrained(trainings: readonly { heldOn: IsoDate }[]): boolean {
  return trainings.length > 0;
}

/**
 * Whether the mentor may be assigned for `from`..`to` (DESIGN rule 9, seeds 001 and 002): active; one
 * certification valid on every day of the period; a volunteer screened and trained; and whoever meets
 * a youth under 18 has a current, clear børneattest and straffeattest when the period starts.
 */
export function mentorEligibility(mentor: MentorFacts, period: { from: IsoDate; to: IsoDate }, youthUnder18: boolean): Eligibility {
  const reasons: EligibilityReason[] = [];
  const volunteer = mentor.kind === 'VOLUNTEER';
  if (mentor.status !== 'ACTIVE') reasons.push('mentorInactive');
  if (!certifiedForPeriod(mentor.certifications, period.from, period.to)) reasons.push('certificationNotValidForPeriod');
  if (volunteer || youthUnder18) {
    if (!hasCurrentClearCheck(mentor.screenings, 'CHILD_PROTECTION', period.from)) reasons.push('childProtectionCheckNotCurrent');
    if (!hasCurrentClearCheck(mentor.screenings, 'CRIMINAL_RECORD', period.from)) reasons.push('criminalRecordCheckNotCurrent');
  }
  if (volunteer && !isTrained(mentor.trainings)) reasons.push('volunteerNotTrained');
  return { eligible: reasons.length === 0, reasons };
}

/** Matchable today: active, and a volunteer only when screened and trained (seed 002). */
export function isMatchable(mentor: Omit<MentorFacts, 'certifications'>, today: IsoDate): boolean {
  if (mentor.status !== 'ACTIVE') return false;
  if (mentor.kind !== 'VOLUNTEER') return true;
  return isScreened(mentor.screenings, today) && isTrained(mentor.trainings);
}
