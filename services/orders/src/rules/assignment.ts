import { RuleViolation } from '@mentor/common';
import { addDays, ageOn, isIsoDate } from '../dates.js';
import { roundHours } from './hours.js';

/** The mentors subgraph's answer: `reasons` name each broken rule (certificationNotValidForPeriod, …). */
export interface MentorEligibility {
  eligible: boolean;
  reasons: string[];
}

/**
 * The days the mentor must be eligible for: the rest of the order, from its start or today,
 * whichever is later, to its end. A mentor replacing another mid-order need not have been
 * certified for the days already delivered.
 */
export function eligibilityPeriod(order: { startDate: string; endDate: string }, today: string): { from: string; to: string } {
  return { from: order.startDate > today ? order.startDate : today, to: order.endDate };
}

/** The youth is under 18 on the first day the mentor meets them, so the child-protection checks apply (seed 002). */
export function isUnder18(birthDate: string, on: string): boolean {
  return ageOn(birthDate, on) < 18;
}

/**
 * The last of the days `from`–`to` on which the youth is under 18, or null when they are 18 on all
 * of them: a child-protection and criminal-record check current on that day was current on every
 * earlier one, since a check is never dated ahead and only lapses.
 */
export function lastDayUnder18(birthDate: string, days: { from: string; to: string }): string | null {
  if (!isUnder18(birthDate, days.from)) return null;
  if (isUnder18(birthDate, days.to)) return days.to;
  const birthday = `${Number(birthDate.slice(0, 4)) + 18}${birthDate.slice(4)}`;
  // Born on 29 February: 18 on 1 March in a year without one.
  return addDays(isIsoDate(birthday) ? birthday : `${birthday.slice(0, 4)}-03-01`, -1);
}

export interface AssignmentFacts {
  /** Null when the mentors subgraph knows no such mentor at the order's provider. */
  eligibility: MentorEligibility | null;
  /** Hours per week; null when unknown. */
  capacity: number | null;
  /** The weekly hours of the mentor's other ACTIVE orders. */
  currentLoad: number;
  /** This order's weekly hours. */
  weeklyHours: number;
}

/** The eligibility half of rule 9, reported on `field`: the mentor exists at the provider and may take the order. */
export function eligibilityViolation(field: string, eligibility: MentorEligibility | null): RuleViolation | null {
  if (!eligibility) return new RuleViolation(field, 'mentorEligibility', `${field}: no such mentor at the order's provider`);
  if (eligibility.eligible) return null;
  const reasons = eligibility.reasons.length ? eligibility.reasons.join('; ') : 'not eligible';
  return new RuleViolation(field, 'mentorEligibility', `${field}: the mentor may not take this order: ${reasons}`);
}

const screeningReasons = ['childProtectionCheckNotCurrent', 'criminalRecordCheckNotCurrent'];

/**
 * Rule 9 on the days a mentor meets a youth under 18: the mentors subgraph's answer for those days
 * must not say a child-protection or criminal-record check lapses on any of them.
 */
export function screeningViolation(field: string, eligibility: MentorEligibility | null): RuleViolation | null {
  if (!eligibility) return new RuleViolation(field, 'mentorEligibility', `${field}: no such mentor at the order's provider`);
  const lapsed = eligibility.reasons.filter((reason) => screeningReasons.includes(reason));
  if (lapsed.length === 0) return null;
  return new RuleViolation(field, 'screeningCurrent', `${field}: the mentor meets a youth under 18 without a current check on these days: ${lapsed.join('; ')}`);
}

/**
 * Rule 9: a mentor is assigned (and an order becomes ACTIVE) only when the mentors subgraph finds
 * them eligible for every remaining day of the order (certification of a kind that fits the
 * target group, screening and training) and their ACTIVE orders with this one fit their capacity.
 */
export function checkMentorAssignment(facts: AssignmentFacts): RuleViolation[] {
  const eligibility = eligibilityViolation('mentorId', facts.eligibility);
  if (eligibility) return [eligibility];
  if (facts.capacity === null) {
    return [new RuleViolation('mentorId', 'mentorCapacity', "mentorId: the mentor's capacity is not known")];
  }
  const load = roundHours(facts.currentLoad + facts.weeklyHours);
  if (load > facts.capacity + 1e-9) {
    return [
      new RuleViolation(
        'mentorId',
        'mentorCapacity',
        `mentorId: the mentor carries ${roundHours(facts.currentLoad)} hours a week on active orders; ${facts.weeklyHours} more would exceed their capacity of ${facts.capacity}`,
      ),
    ];
  }
  return [];
}
