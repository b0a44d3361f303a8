import { optionalText, requireText, requireUuid, RuleViolation, violations } from '@mentor/common';
import { isIsoDate } from '../dates.js';
import { goalKinds, outcomeKinds, targetGroups, type ServiceLevel, type ServiceStandardRules } from '../domain.js';
import { idempotencyKeyViolation, LONG_TEXT, SHORT_TEXT, textListViolations } from './text.js';
import type { SpsClarificationInput as GeneratedSpsClarificationInput, PlaceOrderInput as GeneratedPlaceOrderInput, CompleteOrderInput as GeneratedCompleteOrderInput, ExtendOrderInput } from '../generated/resolvers.js';

export type SpsClarificationInput = GeneratedSpsClarificationInput;

export type PlaceOrderInput = GeneratedPlaceOrderInput;

/** Weekly hours within the standard (Copenhagen: ½–2 h/week on average, seed 000 §1.4). */
export function weeklyHoursViolation(weeklyHours: number, rules: ServiceStandardRules): RuleViolation | null {
  const { min, max } = rules.weeklyHours;
  if (!Number.isFinite(weeklyHours) || weeklyHours < min || (max !== null && weeklyHours > max)) {
    return new RuleViolation('weeklyHours', 'weeklyHoursRange', `weeklyHours: from ${min}${max === null ? '' : ` to ${max}`} hours a week on average`);
  }
  return null;
}

/** Weeks per grant (Copenhagen: 2–13), and the reassessment limit of a high service level (Gribskov level 4: 3 months). */
export function grantWeeksViolation(field: string, weeks: number, weeklyHours: number, rules: ServiceStandardRules): RuleViolation | null {
  const { min, max } = rules.weeksPerGrant;
  if (!Number.isInteger(weeks) || weeks < min || weeks > max) {
    return new RuleViolation(field, 'weeksRange', `${field}: from ${min} to ${max} weeks at a time`);
  }
  const level = serviceLevelFor(weeklyHours, rules);
  if (level?.maxWeeksBeforeReassessment != null && weeks > level.maxWeeksBeforeReassessment) {
    return new RuleViolation(field, 'serviceLevelWeeks', `${field}: level ${level.level} support is granted for at most ${level.maxWeeksBeforeReassessment} weeks before reassessment`);
  }
  return null;
}

/** The service level whose band holds `weeklyHours`: levels are ordered, each band ends at its maximum. */
export function serviceLevelFor(weeklyHours: number, rules: ServiceStandardRules): ServiceLevel | null {
  return rules.levels?.find((level) => level.maxWeeklyHours === null || weeklyHours <= level.maxWeeklyHours) ?? null;
}

/** `prefix` is where the clarification sits in the input: nested in placeOrder's, at the top of recordSpsClarification's. */
function spsViolations(sps: SpsClarificationInput | null | undefined, today: string, prefix: string): RuleViolation[] {
  if (!sps) return [];
  return violations(
    requireText(`${prefix}text`, sps.text, LONG_TEXT),
    !isIsoDate(sps.clarifiedOn)
      ? new RuleViolation(`${prefix}clarifiedOn`, 'date', `${prefix}clarifiedOn: not a date`)
      : sps.clarifiedOn > today
        ? new RuleViolation(`${prefix}clarifiedOn`, 'notInFuture', `${prefix}clarifiedOn: cannot be in the future`)
        : null,
  );
}

/** Every input rule of a new order, against the service standard in force on its start date. */
export function checkPlaceOrder(input: PlaceOrderInput, rules: ServiceStandardRules, today: string): RuleViolation[] {
  const found = violations(
    requireUuid('youthId', input.youthId),
    requireUuid('providerId', input.providerId),
    requireUuid('institutionId', input.institutionId),
    input.targetGroup == null || targetGroups.includes(input.targetGroup) ? null : new RuleViolation('targetGroup', 'targetGroup', 'targetGroup: not a known target group'),
    optionalText('legalBasis', input.legalBasis, SHORT_TEXT),
    goalKinds.includes(input.goalKind) ? null : new RuleViolation('goalKind', 'goalKind', 'goalKind: EMPLOYMENT or EDUCATION'),
    requireText('goal', input.goal, LONG_TEXT),
    weeklyHoursViolation(input.weeklyHours, rules),
    grantWeeksViolation('weeks', input.weeks, input.weeklyHours, rules),
    !isIsoDate(input.startDate)
      ? new RuleViolation('startDate', 'date', 'startDate: not a date')
      : input.startDate < today
        ? new RuleViolation('startDate', 'startDateNotPast', 'startDate: an order cannot start in the past')
        : null,
    deliveryMunicipalityViolation(input.deliveryMunicipalityCode, rules),
    idempotencyKeyViolation(input.idempotencyKey),
  );
  found.push(...textListViolations('tasks', input.tasks, { min: 1, max: 20, maxLength: 500 }));
  found.push(...textListViolations('requestedActivities', input.requestedActivities, { min: 0, max: 20 }));
  found.push(...spsViolations(input.spsClarification, today, 'spsClarification.'));
  return found;
}

export function deliveryMunicipalityViolation(code: string, rules: ServiceStandardRules): RuleViolation | null {
  if (!/^\d{3}$/.test(code)) return new RuleViolation('deliveryMunicipalityCode', 'municipalityCode', 'deliveryMunicipalityCode: a three-digit municipality code');
  if (rules.deliveryMunicipalityCodes && !rules.deliveryMunicipalityCodes.includes(code)) {
    return new RuleViolation('deliveryMunicipalityCode', 'deliveryMunicipality', `deliveryMunicipalityCode: ${code} is not a delivery municipality of this service standard`);
  }
  return null;
}

const sameActivity = (activity: string) => activity.trim().toLowerCase();

/** What the mentors subgraph says a provider's solution description offers (aftalebilag 4). */
export interface ProviderCatalogue {
  activities: string[];
  municipalityCodes: string[];
  /** The last day of the provider's agreement with the municipality; null while it runs on. */
  agreementEndDate?: string | null;
}

/**
 * Rules 1 and 12 follow the standard of the municipality the caseworker's unit belongs to, not one
 * the caller names: `given` (the deprecated input) may only repeat the unit's municipality.
 */
export function orderingMunicipalityViolation(given: string | null | undefined, unitMunicipality: string | null): RuleViolation | null {
  if (unitMunicipality === null) {
    return new RuleViolation('orderingMunicipalityCode', 'unitMunicipality', "orderingMunicipalityCode: the caseworker's unit is not registered with a municipality");
  }
  if (given != null && given !== unitMunicipality) {
    return new RuleViolation(
      'orderingMunicipalityCode',
      'unitMunicipality',
      `orderingMunicipalityCode: orders follow the standard of the caseworker's unit's municipality (${unitMunicipality}), not ${given}`,
    );
  }
  return null;
}

/** An order is placed only with a provider whose agreement with the municipality has not ended by the order's first day. */
export function providerAgreementViolation(catalogue: Pick<ProviderCatalogue, 'agreementEndDate'>, startDate: string): RuleViolation | null {
  if (catalogue.agreementEndDate && catalogue.agreementEndDate < startDate) {
    return new RuleViolation('providerId', 'providerAgreementInForce', `providerId: the provider's agreement with the municipality ended on ${catalogue.agreementEndDate}`);
  }
  return null;
}

/**
 * Rule 5 for what is delivered (seed 000 §2: the course consists only of catalogue activities):
 * `field` names the input, `activities` what it plans or reports.
 */
export function activitiesOutsideCatalogue(field: (index: number) => string, activities: readonly string[], catalogue: Pick<ProviderCatalogue, 'activities'>): RuleViolation[] {
  const offered = new Set(catalogue.activities.map(sameActivity));
  return activities.flatMap((activity, index) =>
    offered.has(sameActivity(activity)) ? [] : [new RuleViolation(field(index), 'activitiesInCatalogue', `${field(index)}: ${activity.trim()} is not in the provider's catalogue`)],
  );
}


/**
 * Rule 5 (an order asks only for activities in the provider's catalogue, seed 000 §2) and the
 * provider's side of rule 3 (it delivers in the delivery municipality).
 */
export function catalogueViolations(
  input: Pick<PlaceOrderInput, 'requestedActivities' | 'deliveryMunicipalityCode'>,
  catalogue: ProviderCatalogue | null,
): RuleViolation[] {
  if (!catalogue) return [new RuleViolation('providerId', 'knownProvider', 'providerId: no provider with this id')];
  const offered = new Set(catalogue.activities.map(sameActivity));
  const missing = input.requestedActivities.filter((activity) => !offered.has(sameActivity(activity)));
  return violations(
    missing.length
      ? new RuleViolation('requestedActivities', 'activitiesInCatalogue', `requestedActivities: not in the provider's catalogue: ${missing.join(', ')}`)
      : null,
    catalogue.municipalityCodes.includes(input.deliveryMunicipalityCode)
      ? null
      : new RuleViolation(
          'deliveryMunicipalityCode',
          'providerDeliversInMunicipality',
          `deliveryMunicipalityCode: the provider does not deliver in municipality ${input.deliveryMunicipalityCode}`,
        ),
  );
}

/** What the partners subgraph says about an institution. */
export interface InstitutionFacts {
  orderable: boolean;
  type: string;
  approved: boolean;
  municipalityCode: string;
}

/**
 * Rule 4: support is delivered at an approved vocational school or adult education centre (seed
 * 000 §1.3): partners decides `orderable`, and the standard may narrow the types further.
 */
export function institutionViolation(institution: InstitutionFacts | null, rules: ServiceStandardRules): RuleViolation | null {
  if (!institution) return new RuleViolation('institutionId', 'institutionOrderable', 'institutionId: no institution with this id');
  if (!institution.orderable) {
    return new RuleViolation('institutionId', 'institutionOrderable', 'institutionId: not an approved vocational school or adult education centre');
  }
  if (rules.institutionTypes && !rules.institutionTypes.includes(institution.type)) {
    return new RuleViolation('institutionId', 'institutionType', `institutionId: the service standard allows only ${rules.institutionTypes.join(', ')}`);
  }
  return null;
}

export type ExtensionInput = Omit<ExtendOrderInput, 'expectedVersion' | 'orderId'>;

/**
 * Grants beyond the first 2×3 months need a recorded special justification, and nothing goes
 * beyond 12 months in total (seed 004); each grant keeps the per-grant limits.
 */
export function checkExtension(order: { weeks: number; weeklyHours: number }, input: ExtensionInput, rules: ServiceStandardRules): RuleViolation[] {
  const found = violations(grantWeeksViolation('weeks', input.weeks, order.weeklyHours, rules), optionalText('specialJustification', input.specialJustification, LONG_TEXT));
  if (found.length) return found;
  const total = order.weeks + input.weeks;
  if (total > rules.maxTotalWeeks) {
    return [new RuleViolation('weeks', 'maxTotalWeeks', `weeks: an order cannot exceed ${rules.maxTotalWeeks} weeks in total (it has ${order.weeks})`)];
  }
  if (total > rules.weeksWithoutSpecialJustification && !input.specialJustification?.trim()) {
    return [
      new RuleViolation(
        'specialJustification',
        'specialJustificationRequired',
        `specialJustification: beyond ${rules.weeksWithoutSpecialJustification} weeks an extension needs a recorded special justification`,
      ),
    ];
  }
  return [];
}

export type CompleteOrderInput = Omit<GeneratedCompleteOrderInput, 'expectedVersion' | 'orderId'>;

/** What completion is checked against besides the order: the day, and the minutes delivered. */
export interface CompletionFacts {
  today: string;
  deliveredMinutes: number;
}

/**
 * An order is closed with an outcome, and only once the SPS/handicap clarification is recorded
 * (seed 000 §2). It cannot end before it began; ending before its last day needs the reason in
 * `note`; and "completed education" cannot be the outcome of support of which nothing was delivered.
 */
export function checkCompletion(order: { spsClarification: string | null; startDate: string; endDate: string }, input: CompleteOrderInput, facts: CompletionFacts): RuleViolation[] {
  return violations(
    outcomeKinds.includes(input.outcome) ? null : new RuleViolation('outcome', 'outcomeKind', 'outcome: not a known outcome'),
    input.youthSatisfaction == null || (Number.isInteger(input.youthSatisfaction) && input.youthSatisfaction >= 1 && input.youthSatisfaction <= 5)
      ? null
      : new RuleViolation('youthSatisfaction', 'satisfactionScale', 'youthSatisfaction: a whole number from 1 to 5'),
    optionalText('note', input.note, LONG_TEXT),
    order.spsClarification
      ? null
      : new RuleViolation('spsClarification', 'spsClarificationRequired', 'spsClarification: record the clarification of handicap compensation and SPS before completing'),
    facts.today < order.startDate
      ? new RuleViolation('orderId', 'completionAfterStart', `orderId: the order starts on ${order.startDate} and cannot be completed before it began; cancel it instead`)
      : facts.today < order.endDate && !input.note?.trim()
        ? new RuleViolation('note', 'earlyCompletionReason', `note: the order runs until ${order.endDate}; completing it before then needs the reason in the note`)
        : null,
    input.outcome === 'COMPLETED_EDUCATION' && facts.deliveredMinutes === 0
      ? new RuleViolation('outcome', 'outcomeNeedsDelivery', 'outcome: no session is logged on the order, so the support cannot have completed an education')
      : null,
  );
}

/** An order of the same youth that is open (PLACED, ACCEPTED or ACTIVE) and overlaps the new one's period. */
export interface OverlappingOrder {
  reference: string;
  startDate: string;
  endDate: string;
}

/** Whether two periods, both ends inclusive, share a day. */
export function periodsOverlap(a: { startDate: string; endDate: string }, b: { startDate: string; endDate: string }): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/** One support at a time: a second open order for the same youth in the same period needs the caseworker's recorded reason. */
export function overlappingSupportViolation(overlapping: readonly OverlappingOrder[], justification: string | null | undefined): RuleViolation | null {
  if (overlapping.length === 0) return optionalText('overlapJustification', justification, LONG_TEXT);
  if (!justification?.trim()) {
    const list = overlapping.map((order) => `${order.reference} (${order.startDate}–${order.endDate})`).join(', ');
    return new RuleViolation('overlapJustification', 'oneSupportAtATime', `overlapJustification: the youth already has support in this period: ${list}; record why a second order is needed`);
  }
  return optionalText('overlapJustification', justification, LONG_TEXT);
}

export function checkSpsClarification(input: SpsClarificationInput, today: string): RuleViolation[] {
  return spsViolations(input, today, '');
}

export function reasonViolation(reason: string | null | undefined): RuleViolation | null {
  return requireText('reason', reason, LONG_TEXT);
}
