import { RuleViolation, requireText, requireUuid, violations } from '@mentor/common';
import type { IsoDate } from './dates.js';
import { hoursViolation, idempotencyKeyViolation } from './text.js';

export interface RecordInput {
  mentorId: string;
  heldOn: IsoDate;
  topic: string;
  hours: number;
  givenBy: string;
  idempotencyKey?: string | null;
}

/** A training may run over several days; a supervision is a single session. */
export const MAX_TRAINING_HOURS = 100;
export const MAX_SUPERVISION_HOURS = 8;

function recordViolations(input: RecordInput, today: IsoDate, maxHours: number): RuleViolation[] {
  return violations(
    requireUuid('mentorId', input.mentorId),
    input.heldOn > today ? new RuleViolation('heldOn', 'notInFuture', 'heldOn: record a session once it has been held') : null,
    requireText('topic', input.topic, 200),
    hoursViolation('hours', input.hours, maxHours),
    requireText('givenBy', input.givenBy, 200),
    idempotencyKeyViolation(input.idempotencyKey),
  );
}

export function trainingViolations(input: RecordInput, today: IsoDate): RuleViolation[] {
  return recordViolations(input, today, MAX_TRAINING_HOURS);
}

export function supervisionViolations(input: RecordInput, today: IsoDate): RuleViolation[] {
  return recordViolations(input, today, MAX_SUPERVISION_HOURS);
}
