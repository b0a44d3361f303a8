import { RuleViolation, requireUuid, violations } from '@mentor/common';
import type { MentorKind } from '../entities/columns.js';
import type { IsoDate } from './dates.js';
import { fittingCertifications, mentorEligibility, periodViolation, withinCapacity, type EligibilityReason, type MentorFacts } from './eligibility.js';
import { MAX_CAPACITY_HOURS_PER_WEEK } from './mentor.js';
import { kindFit, knowsTargetGroup, mentorKindNames, targetGroupFit, targetGroupViolation, type KindFit, type TargetGroup } from './targetGroups.js';

/**
 * Suggesting a mentor for an order: every mentor of the provider, the eligible ones (DESIGN rule 9)
 * first, each scored on five criteria and told why: in plain English, and as a stable code with the
 * values it names, which a client words in its own language. Each criterion is a plain function
 * giving points from 0 to 1; the score is their weighted sum, out of 100.
 */

/** A criterion's share of the score; they add up to 100. */
export const criterionWeights = { certification: 30, capacity: 25, kind: 20, language: 15, municipality: 10 } as const;

/**
 * Why a mentor ranks where they do, as a code and the values it names. An ineligible mentor's codes
 * are `mentorEligibility`'s (capacityExceeded among them); an eligible one's name the criterion's finding.
 */
export interface RankingReason {
  code: RankingReasonCode;
  mentorKind?: MentorKind;
  targetGroup?: TargetGroup;
  validUntil?: IsoDate;
  knowsTargetGroup?: boolean;
  /** This order's weekly hours. */
  weeklyHours?: number;
  /** Weekly hours the mentor carries on active orders. */
  loadHours?: number;
  capacityHours?: number;
  /** Weekly hours free after this order. */
  freeHours?: number;
  languages?: string[];
  municipalityCode?: string;
}

export type RankingReasonCode =
  | EligibilityReason
  | 'certifiedNoTargetGroup'
  | 'certifiedKindMadeForTargetGroup'
  | 'certifiedKindSuitsTargetGroup'
  | 'certifiedKindNotForTargetGroup'
  | 'freeCapacity'
  | 'kindNoTargetGroup'
  | 'kindMadeForTargetGroup'
  | 'kindSuitsTargetGroup'
  | 'kindNotForTargetGroup'
  | 'noYouthLanguage'
  | 'speaksNoYouthLanguage'
  | 'speaksYouthLanguage'
  | 'noDeliveryMunicipality'
  | 'deliversInMunicipality'
  | 'doesNotDeliverInMunicipality';

export interface Criterion {
  /** From 0 (no fit) to 1 (best fit). */
  points: number;
  reason: string;
  detail: RankingReason;
}

const fitPoints: Record<KindFit, number> = { MADE: 1, SUITS: 0.5, NONE: 0 };

const round = (value: number) => Math.round(value * 100) / 100;

function hours(value: number): string {
  return `${round(value)} h/week`;
}

/** Certification fit: the best certification valid for the whole order, by how well its kind fits the target group. */
export function certificationFit(
  certifications: readonly { kind: MentorKind; issuedOn: IsoDate; validUntil: IsoDate }[],
  period: { from: IsoDate; to: IsoDate },
  targetGroup: TargetGroup | null,
): Criterion {
  const valid = fittingCertifications(certifications, period);
  if (valid.length === 0) return { points: 0, reason: 'No certification valid on every day of the order', detail: { code: 'certificationNotValidForPeriod' } };
  const fit = (kind: MentorKind) => (targetGroup ? fitPoints[kindFit(kind, targetGroup)] : 1);
  const [best] = [...valid].sort((a, b) => fit(b.kind) - fit(a.kind) || (a.validUntil < b.validUntil ? 1 : a.validUntil > b.validUntil ? -1 : 0));
  const certified = `Certified as ${mentorKindNames[best!.kind]} until ${best!.validUntil}`;
  const values = { mentorKind: best!.kind, validUntil: best!.validUntil };
  if (!targetGroup) return { points: 1, reason: `${certified}; no target group given`, detail: { code: 'certifiedNoTargetGroup', ...values } };
  const group = targetGroupFit[targetGroup].name;
  const points = fit(best!.kind);
  const withGroup = { ...values, targetGroup };
  if (points === 1) return { points, reason: `${certified}, the kind made for ${group}`, detail: { code: 'certifiedKindMadeForTargetGroup', ...withGroup } };
  if (points > 0) return { points, reason: `${certified}, a kind that suits ${group}`, detail: { code: 'certifiedKindSuitsTargetGroup', ...withGroup } };
  return { points, reason: `${certified}, not a kind for ${group}`, detail: { code: 'certifiedKindNotForTargetGroup', ...withGroup } };
}

/** Free capacity after this order, as a share of the mentor's capacity: rule 9 allows up to exactly full. */
export function freeCapacity(capacityHoursPerWeek: number, load: number, weeklyHours: number): Criterion {
  if (!withinCapacity(capacityHoursPerWeek, load, weeklyHours)) {
    return {
      points: 0,
      reason: `This order's ${hours(weeklyHours)} on top of the ${hours(load)} already carried exceeds the capacity of ${hours(capacityHoursPerWeek)}`,
      detail: { code: 'capacityExceeded', weeklyHours: round(weeklyHours), loadHours: round(load), capacityHours: round(capacityHoursPerWeek) },
    };
  }
  const free = Math.max(0, capacityHoursPerWeek - load - weeklyHours);
  return {
    points: capacityHoursPerWeek > 0 ? free / capacityHoursPerWeek : 0,
    reason: `${hours(free)} of ${hours(capacityHoursPerWeek)} free after this order (${hours(load)} on active orders)`,
    detail: { code: 'freeCapacity', freeHours: round(free), capacityHours: round(capacityHoursPerWeek), loadHours: round(load) },
  };
}

/** Kind for the target group: the mentor's own kind, and whether the mentor lists the group among those they know. */
export function kindForTargetGroup(kind: MentorKind, knownTargetGroups: readonly string[], targetGroup: TargetGroup | null): Criterion {
  const name = mentorKindNames[kind];
  const article = /^[aeiou]/.test(name) ? 'An' : 'A';
  if (!targetGroup) return { points: 0, reason: `${article} ${name}; no target group given`, detail: { code: 'kindNoTargetGroup', mentorKind: kind } };
  const group = targetGroupFit[targetGroup].name;
  const fit = kindFit(kind, targetGroup);
  const knows = knowsTargetGroup(knownTargetGroups, targetGroup);
  const points = 0.8 * fitPoints[fit] + (knows ? 0.2 : 0);
  const kindText = fit === 'MADE' ? `the kind made for ${group}` : fit === 'SUITS' ? `a kind that suits ${group}` : `not a kind for ${group}`;
  const code = fit === 'MADE' ? 'kindMadeForTargetGroup' : fit === 'SUITS' ? 'kindSuitsTargetGroup' : 'kindNotForTargetGroup';
  return {
    points,
    reason: `${article} ${name}, ${kindText}${knows ? ', and knows the target group' : ''}`,
    detail: { code, mentorKind: kind, targetGroup, knowsTargetGroup: knows },
  };
}

/** Shared language: the share of the youth's languages the mentor speaks. */
export function sharedLanguage(mentorLanguages: readonly string[], youthLanguages: readonly string[] | null): Criterion {
  if (!youthLanguages || youthLanguages.length === 0) return { points: 0, reason: 'No language given for the youth', detail: { code: 'noYouthLanguage' } };
  const shared = youthLanguages.filter((language) => mentorLanguages.includes(language));
  if (shared.length === 0) {
    return { points: 0, reason: `Speaks none of the youth's languages (${youthLanguages.join(', ')})`, detail: { code: 'speaksNoYouthLanguage', languages: [...youthLanguages] } };
  }
  return { points: shared.length / youthLanguages.length, reason: `Speaks ${shared.join(', ')} with the youth`, detail: { code: 'speaksYouthLanguage', languages: shared } };
}

/** Delivers in the municipality: the provider's delivery municipalities include the order's. */
export function deliversInMunicipality(deliveryMunicipalityCodes: readonly string[], municipalityCode: string | null): Criterion {
  if (!municipalityCode) return { points: 0, reason: 'No delivery municipality given', detail: { code: 'noDeliveryMunicipality' } };
  return deliveryMunicipalityCodes.includes(municipalityCode)
    ? { points: 1, reason: `The provider delivers in municipality ${municipalityCode}`, detail: { code: 'deliversInMunicipality', municipalityCode } }
    : { points: 0, reason: `The provider does not deliver in municipality ${municipalityCode}`, detail: { code: 'doesNotDeliverInMunicipality', municipalityCode } };
}

/** Rule 9's reasons in plain English, each led by its code as `mentorEligibility` gives it. */
export const eligibilityReasonTexts: Record<EligibilityReason, string> = {
  mentorInactive: 'the mentor is inactive',
  certificationNotValidForPeriod: 'no certification is valid on every day of the order',
  certificationKindDoesNotFitTargetGroup: 'no certification valid for the order is of a kind that fits the target group',
  childProtectionCheckNotCurrent: 'no current, clear child-protection check (børneattest) when the order starts',
  criminalRecordCheckNotCurrent: 'no current, clear criminal-record check (straffeattest) when the order starts',
  volunteerNotTrained: 'a volunteer is matched only once trained',
  capacityExceeded: "the order's hours on top of the active orders exceed the mentor's capacity",
};

/** A broken rule as a reason: its code, with the hours for capacityExceeded and the group for a kind that does not fit. */
function eligibilityDetail(reason: EligibilityReason, mentor: RankingCandidate, load: number, request: RankingRequest): RankingReason {
  if (reason === 'capacityExceeded') {
    return { code: reason, weeklyHours: round(request.weeklyHours), loadHours: round(load), capacityHours: round(mentor.capacityHoursPerWeek) };
  }
  if (reason === 'certificationKindDoesNotFitTargetGroup' && request.targetGroup) return { code: reason, targetGroup: request.targetGroup };
  return { code: reason };
}

export interface RankingCandidate extends MentorFacts {
  id: string;
  firstName: string;
  lastName: string;
  capacityHoursPerWeek: number;
  languages: readonly string[];
  targetGroups: readonly string[];
}

export interface RankingRequest {
  from: IsoDate;
  to: IsoDate;
  youthUnder18: boolean;
  targetGroup: TargetGroup | null;
  weeklyHours: number;
  municipalityCode: string | null;
  languages: readonly string[] | null;
  /** The provider's delivery municipalities. */
  deliveryMunicipalityCodes: readonly string[];
  /** Weekly hours each mentor already carries on active orders; a mentor not listed carries none. */
  loads: ReadonlyMap<string, number>;
}

export interface MentorRanking {
  mentorId: string;
  eligible: boolean;
  score: number;
  reasons: string[];
  /** The reasons as codes with their values, one for each of `reasons`, in the same order. */
  reasonDetails: RankingReason[];
}

/** Every candidate ranked: eligible first, best score first, then by name. Ineligible ones carry their eligibility reasons. */
export function rankMentors(candidates: readonly RankingCandidate[], request: RankingRequest): MentorRanking[] {
  const ranked = candidates.map((mentor) => {
    const load = request.loads.get(mentor.id) ?? 0;
    const eligibility = mentorEligibility(mentor, { ...request, load });
    const criteria: Record<keyof typeof criterionWeights, Criterion> = {
      certification: certificationFit(mentor.certifications, request, request.targetGroup),
      capacity: freeCapacity(mentor.capacityHoursPerWeek, load, request.weeklyHours),
      kind: kindForTargetGroup(mentor.kind, mentor.targetGroups, request.targetGroup),
      language: sharedLanguage(mentor.languages, request.languages),
      municipality: deliversInMunicipality(request.deliveryMunicipalityCodes, request.municipalityCode),
    };
    const weighted = (Object.keys(criterionWeights) as (keyof typeof criterionWeights)[]).reduce(
      (sum, name) => sum + criterionWeights[name] * criteria[name].points,
      0,
    );
    const reasons = eligibility.eligible
      ? Object.values(criteria).map((criterion) => criterion.reason)
      : eligibility.reasons.map((reason) => `${reason}: ${eligibilityReasonTexts[reason]}`);
    const reasonDetails: RankingReason[] = eligibility.eligible
      ? Object.values(criteria).map((criterion) => criterion.detail)
      : eligibility.reasons.map((reason) => eligibilityDetail(reason, mentor, load, request));
    return { mentor, ranking: { mentorId: mentor.id, eligible: eligibility.eligible, score: Math.round(weighted * 10) / 10, reasons, reasonDetails } };
  });
  ranked.sort(
    (a, b) =>
      Number(b.ranking.eligible) - Number(a.ranking.eligible) ||
      b.ranking.score - a.ranking.score ||
      a.mentor.lastName.localeCompare(b.mentor.lastName, 'da') ||
      a.mentor.firstName.localeCompare(b.mentor.firstName, 'da') ||
      (a.mentor.id < b.mentor.id ? -1 : a.mentor.id > b.mentor.id ? 1 : 0),
  );
  return ranked.map(({ ranking }) => ranking);
}

export interface RankMentorsInput {
  providerId: string;
  from: IsoDate;
  to: IsoDate;
  targetGroup?: string | null;
  weeklyHours: number;
  municipalityCode?: string | null;
  languages?: readonly string[] | null;
  loads: readonly { mentorId: string; weeklyHours: number }[];
}

/** More loads than any provider has mentors is a caller's mistake, not a ranking to compute. */
export const MAX_LOADS = 10_000;
/** The hours in a week: the most a mentor's existing orders can add up to. */
const HOURS_IN_A_WEEK = 168;

function loadsViolation(loads: RankMentorsInput['loads']): RuleViolation | null {
  if (loads.length > MAX_LOADS) return new RuleViolation('loads', 'maxItems', `loads: at most ${MAX_LOADS} entries`);
  for (const [index, load] of loads.entries()) {
    const id = requireUuid(`loads[${index}].mentorId`, load.mentorId);
    if (id) return id;
    if (!Number.isFinite(load.weeklyHours) || load.weeklyHours < 0 || load.weeklyHours > HOURS_IN_A_WEEK) {
      return new RuleViolation(`loads[${index}].weeklyHours`, 'range', `loads[${index}].weeklyHours: from 0 to ${HOURS_IN_A_WEEK}`);
    }
  }
  return null;
}

export function rankMentorsViolations(input: RankMentorsInput): RuleViolation[] {
  const badLanguage = input.languages?.find((language) => !/^[a-z]{2}$/.test(language));
  return violations(
    requireUuid('providerId', input.providerId),
    periodViolation(input.from, input.to),
    targetGroupViolation('targetGroup', input.targetGroup),
    !Number.isFinite(input.weeklyHours) || input.weeklyHours <= 0 || input.weeklyHours > MAX_CAPACITY_HOURS_PER_WEEK
      ? new RuleViolation('weeklyHours', 'range', `weeklyHours: more than 0 and at most ${MAX_CAPACITY_HOURS_PER_WEEK}`)
      : null,
    input.municipalityCode !== null && input.municipalityCode !== undefined && !/^[1-9]\d{2}$/.test(input.municipalityCode)
      ? new RuleViolation('municipalityCode', 'municipalityCode', `municipalityCode: ${input.municipalityCode} is not a three-digit municipality code`)
      : null,
    badLanguage === undefined ? null : new RuleViolation('languages', 'languageCode', `languages: ${badLanguage} is not a two-letter ISO 639-1 code`),
    loadsViolation(input.loads),
  );
}

/** The weekly hours per mentor; a mentor listed twice carries both. */
export function loadsByMentor(loads: RankMentorsInput['loads']): Map<string, number> {
  const byMentor = new Map<string, number>();
  for (const load of loads) byMentor.set(load.mentorId, (byMentor.get(load.mentorId) ?? 0) + load.weeklyHours);
  return byMentor;
}
