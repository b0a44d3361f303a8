import { RuleViolation, requireText, requireUuid, violations } from '@mentor/common';
import { daysBetween, type IsoDate } from './dates.js';
import { idempotencyKeyViolation } from './text.js';

export type CertificationStatus = 'VALID' | 'EXPIRING' | 'EXPIRED';

/** A certification valid for this many days or fewer is EXPIRING, so a new one can be issued in time. */
export const EXPIRING_WITHIN_DAYS = 30;

/** VALID, EXPIRING (valid for 30 days or fewer, counting today) or EXPIRED (the last valid day has passed). */
export function certificationStatus(validUntil: IsoDate, today: IsoDate): CertificationStatus {
  const daysLeft = daysBetween(today, validUntil);
  if (daysLeft < 0) return 'EXPIRED';
  if (daysLeft <= EXPIRING_WITHIN_DAYS) return 'EXPIRING';
  return 'VALID';
}

const rank: Record<CertificationStatus, number> = { VALID: 2, EXPIRING: 1, EXPIRED: 0 };

/** The best status among certifications already issued today; null when there is none. */
export function bestCertificationStatus(certifications: readonly { issuedOn: IsoDate; validUntil: IsoDate }[], today: IsoDate): CertificationStatus | null {
  let best: CertificationStatus | null = null;
  for (const certification of certifications) {
    if (certification.issuedOn > today) continue;
    const status = certificationStatus(certification.validUntil, today);
    if (best === null || rank[status] > rank[best]) best = status;
  }
  return best;
}

/**
 * The certifications to renew, soonest first: per mentor and kind the one valid longest, when it is
 * EXPIRING (its last day within 30 days, today included). One renewed already is not listed.
 */
export function certificationsDueForRenewal<C extends { mentorId: string; kind: string; validUntil: IsoDate }>(certifications: readonly C[], today: IsoDate): C[] {
  const longest = new Map<string, C>();
  for (const certification of certifications) {
    const key = `${certification.mentorId}:${certification.kind}`;
    const current = longest.get(key);
    if (!current || certification.validUntil > current.validUntil) longest.set(key, certification);
  }
  return [...longest.values()]
    .filter((certification) => certificationStatus(certification.validUntil, today) === 'EXPIRING')
    .sort((a, b) => (a.validUntil < b.validUntil ? -1 : a.validUntil > b.validUntil ? 1 : a.mentorId < b.mentorId ? -1 : a.mentorId > b.mentorId ? 1 : 0));
}

/** True when one certification covers every day from `from` to `to`, both inclusive. */
export function certifiedForPeriod(certifications: readonly { issuedOn: IsoDate; validUntil: IsoDate }[], from: IsoDate, to: IsoDate): boolean {
  return certifications.some((certification) => certification.issuedOn <= from && certification.validUntil >= to);
}

export interface CertificationInput {
  mentorId: string;
  issuedBy: string;
  issuedOn: IsoDate;
  validUntil: IsoDate;
  taskDescription: string;
  idempotencyKey?: string | null;
}

/** A task description lists what the mentor does (motiverende samtaler, bisidder i retten …), not a label. */
export const MIN_TASK_DESCRIPTION_LENGTH = 20;

export function certificationViolations(input: CertificationInput, today: IsoDate): RuleViolation[] {
  const task = input.taskDescription?.trim() ?? '';
  return violations(
    requireUuid('mentorId', input.mentorId),
    requireText('issuedBy', input.issuedBy, 200),
    input.issuedOn > today ? new RuleViolation('issuedOn', 'notInFuture', 'issuedOn: a certification cannot be issued in the future') : null,
    input.validUntil <= input.issuedOn ? new RuleViolation('validUntil', 'afterIssuedOn', 'validUntil: must be after issuedOn') : null,
    requireText('taskDescription', input.taskDescription, 4000) ??
      (task.length < MIN_TASK_DESCRIPTION_LENGTH
        ? new RuleViolation('taskDescription', 'actionOriented', `taskDescription: describe the mentor's tasks in at least ${MIN_TASK_DESCRIPTION_LENGTH} characters`)
        : null),
    idempotencyKeyViolation(input.idempotencyKey),
  );
}
