import { requireText, RuleViolation, violations } from '@mentor/common';
import { isIsoDate } from '../dates.js';
import { LONG_TEXT, SHORT_TEXT } from './text.js';

export interface SignAgreementInput {
  mentorName: string;
  mentorContact: string;
  complaintGuidance?: string | null;
  signedOn?: string | null;
}

/** The agreement names the mentor, so one must be assigned; it cannot be signed in the future. */
export function checkAgreement(input: SignAgreementInput, order: { mentorId: string | null; startDate: string }, today: string): RuleViolation[] {
  return violations(
    order.mentorId ? null : new RuleViolation('mentorId', 'mentorRequired', 'mentorId: assign a mentor before the agreement is signed'),
    requireText('mentorName', input.mentorName, SHORT_TEXT),
    requireText('mentorContact', input.mentorContact, SHORT_TEXT),
    input.complaintGuidance == null ? null : requireText('complaintGuidance', input.complaintGuidance, LONG_TEXT),
    input.signedOn == null
      ? null
      : !isIsoDate(input.signedOn)
        ? new RuleViolation('signedOn', 'date', 'signedOn: not a date')
        : input.signedOn > today
          ? new RuleViolation('signedOn', 'notInFuture', 'signedOn: cannot be in the future')
          : null,
  );
}
