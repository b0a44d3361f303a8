import { requireText, RuleViolation, violations } from '@mentor/common';
import { isIsoDate } from '../dates.js';
import { LONG_TEXT, SHORT_TEXT } from './text.js';
import type { SignAgreementInput as GeneratedSignAgreementInput } from '../generated/resolvers.js';

export type SignAgreementInput = Omit<GeneratedSignAgreementInput, 'expectedVersion' | 'orderId'>;

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

/** The written agreement as it is stored: the order's goal, tasks, period and hours, and what the provider signs with. */
export interface AgreementItems {
  goal: string;
  mentorName: string;
  mentorContact: string;
  tasks: readonly string[];
  startDate: string;
  endDate: string;
  weeklyHours: number;
  totalHours: number;
  complaintGuidance: string;
}

const blank = (text: string | null | undefined) => !text?.trim();

/**
 * The six items of the written agreement (seed 003): the goal, the mentor's name and contact, the
 * tasks, the duration, the hours and the complaint guidance. An order becomes ACTIVE only with all six.
 */
export function agreementItemsViolations(agreement: AgreementItems): RuleViolation[] {
  const missing = (field: string, item: string) => new RuleViolation(field, 'agreementItems', `${field}: the agreement must state ${item}`);
  return violations(
    blank(agreement.goal) ? missing('goal', 'the goal of the support') : null,
    blank(agreement.mentorName) ? missing('mentorName', "the mentor's name") : null,
    blank(agreement.mentorContact) ? missing('mentorContact', "the mentor's contact details") : null,
    agreement.tasks.length === 0 || agreement.tasks.some(blank) ? missing('tasks', 'the tasks the mentor helps with') : null,
    !isIsoDate(agreement.startDate) || !isIsoDate(agreement.endDate) || agreement.endDate < agreement.startDate ? missing('endDate', 'the duration') : null,
    !(agreement.weeklyHours > 0) || !(agreement.totalHours > 0) ? missing('weeklyHours', 'the hours') : null,
    blank(agreement.complaintGuidance) ? missing('complaintGuidance', 'the complaint guidance') : null,
  );
}
