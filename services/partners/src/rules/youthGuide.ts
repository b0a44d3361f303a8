import { requireText, requireUuid, RuleViolation, violations } from '@mentor/common';
import { isKuiOrganisation } from '../entities/Organisation.js';
import { expectedVersionViolation, idempotencyKeyViolation, notInFuture } from './common.js';

export interface YouthGuideInput {
  youthId: string;
  kuiOrganisationId: string;
  guideUserId: string;
  guideName: string;
  fromDate: string;
  idempotencyKey?: string | null;
}

/**
 * A new assignment starts no later than today: the orders subgraph keeps the guide without dates and
 * learns of the new one at once, so a future start would open the youth's case to the guide early.
 */
export function youthGuideRules(input: YouthGuideInput, today: string): RuleViolation[] {
  return violations(
    requireUuid('youthId', input.youthId),
    requireUuid('kuiOrganisationId', input.kuiOrganisationId),
    requireUuid('guideUserId', input.guideUserId),
    requireText('guideName', input.guideName, 200),
    notInFuture('fromDate', input.fromDate, today),
    idempotencyKeyViolation(input.idempotencyKey),
  );
}

/**
 * The guide works for a KUI organisation in the municipality of the youth's unit (the caseworker's
 * own unit, which names the guide): a guide of another municipality's KUI, or of another kind of
 * body, is never given the youth. A unit that is not registered has no known municipality.
 */
export function youthGuideOrganisationRules(kui: { kind: string; municipalityCode: string } | null, unit: { municipalityCode: string } | null): RuleViolation[] {
  if (!kui || !isKuiOrganisation(kui)) return [new RuleViolation('kuiOrganisationId', 'kuiOrganisation', 'kuiOrganisationId: must be a registered KUI organisation')];
  if (!unit || unit.municipalityCode !== kui.municipalityCode) {
    return [new RuleViolation('kuiOrganisationId', 'youthMunicipality', "kuiOrganisationId: must be in the municipality of the youth's unit")];
  }
  return [];
}

/** A new assignment starts after the open one, which then ends the day before. */
export function youthGuideSuccessionRules(input: Pick<YouthGuideInput, 'fromDate' | 'guideUserId'>, open: { fromDate: string; guideUserId: string } | null): RuleViolation[] {
  if (!open) return [];
  return violations(
    input.fromDate <= open.fromDate
      ? new RuleViolation('fromDate', 'afterCurrentAssignment', `fromDate: must be after the current assignment's start (${open.fromDate})`)
      : null,
    input.guideUserId === open.guideUserId ? new RuleViolation('guideUserId', 'alreadyAssigned', 'guideUserId: is already the youth guide') : null,
  );
}

export interface YouthGuideEndInput {
  assignmentId: string;
  toDate: string;
  expectedVersion?: number | null;
}

/** Ending an assignment is reported, not planned: the last day is no later than today (as for the start). */
export function youthGuideEndInputRules(input: YouthGuideEndInput, today: string): RuleViolation[] {
  return violations(requireUuid('assignmentId', input.assignmentId), notInFuture('toDate', input.toDate, today), expectedVersionViolation(input.expectedVersion));
}

/** Only the open assignment ends, once, on or after its first day. */
export function youthGuideEndRules(input: Pick<YouthGuideEndInput, 'toDate'>, assignment: { fromDate: string; toDate: string | null }): RuleViolation[] {
  return violations(
    assignment.toDate !== null ? new RuleViolation('assignmentId', 'alreadyEnded', `assignmentId: the assignment ended on ${assignment.toDate}`) : null,
    input.toDate < assignment.fromDate ? new RuleViolation('toDate', 'notBeforeFromDate', `toDate: must not be before the assignment started (${assignment.fromDate})`) : null,
  );
}
