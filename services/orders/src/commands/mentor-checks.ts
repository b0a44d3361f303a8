import { assertRules, RuleViolation, violations } from '@mentor/common';
import type { EntityManager } from 'typeorm';
import type { Context } from '../context.js';
import { today } from '../dates.js';
import type { Order } from '../entities/index.js';
import { mentorEligibilityFor, mentorFacts, type MentorAnswer } from '../peers.js';
import type { Peers } from '../replication.js';
import { checkMentorAssignment, eligibilityPeriod, eligibilityViolation, isUnder18, lastDayUnder18, screeningViolation } from '../rules/assignment.js';

type OrderTerms = Pick<Order, 'id' | 'youthId' | 'startDate' | 'endDate' | 'targetGroup' | 'weeklyHours'>;

/** Asks the mentors subgraph whether the mentor may take the order for the rest of its period. */
async function askMentors(manager: EntityManager, peers: Peers, context: Context, order: OrderTerms, mentorId: string, field: string): Promise<MentorAnswer> {
  const period = eligibilityPeriod(order, today());
  if (period.from > period.to) assertRules([new RuleViolation(field, 'orderEnded', `${field}: the order ended on ${order.endDate}`)]);
  const [youth] = (await manager.query('SELECT birth_date::text AS birth_date FROM youth WHERE id = $1', [order.youthId])) as { birth_date: string }[];
  return mentorFacts(peers, context, { mentorId, ...period, youthUnder18: isUnder18(youth!.birth_date, period.from), targetGroup: order.targetGroup });
}

/**
 * Rule 9 for an assignment or an order becoming ACTIVE: eligible for every remaining day, and the
 * weekly hours of the mentor's other ACTIVE orders plus this one within their capacity. A lock per
 * mentor makes two orders that would together overfill a mentor wait for each other.
 */
export async function assertMentorFits(manager: EntityManager, peers: Peers, context: Context, order: OrderTerms, mentorId: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`mentor-load:${mentorId}`]);
  const answer = await askMentors(manager, peers, context, order, mentorId, 'mentorId');
  const [{ load }] = (await manager.query(
    `SELECT coalesce(sum(weekly_hours), 0)::float AS load FROM mentor_order WHERE mentor_id = $1 AND status = 'ACTIVE' AND id <> $2`,
    [mentorId, order.id],
  )) as [{ load: number }];
  assertRules(checkMentorAssignment({ ...answer, currentLoad: load, weeklyHours: order.weeklyHours }));
}

/** Rule 9 when an order grows longer: the assigned mentor must be eligible for the added weeks too. */
export async function assertMentorStaysEligible(manager: EntityManager, peers: Peers, context: Context, order: OrderTerms, mentorId: string): Promise<void> {
  const answer = await askMentors(manager, peers, context, order, mentorId, 'weeks');
  assertRules(violations(eligibilityViolation('weeks', answer.eligibility)));
}

/**
 * Rule 9 for the days a mentor meets the youth (a session, a schedule's entries): the mentor's
 * child-protection and criminal-record checks must be current on every one of them on which the
 * youth is under 18, so on the last such day. An assignment needs them current on the order's
 * first day (mentors' eligibility); from the day one lapses the mentor cannot meet the youth
 * until it is renewed, and the provider's due list names it 30 days ahead. Nothing is asked for an adult.
 */
export async function assertMeetingsScreened(
  manager: EntityManager,
  peers: Peers,
  context: Context,
  order: Pick<Order, 'youthId' | 'targetGroup'>,
  mentorId: string,
  days: { from: string; to: string },
  field: string,
): Promise<void> {
  const [youth] = (await manager.query('SELECT birth_date::text AS birth_date FROM youth WHERE id = $1', [order.youthId])) as { birth_date: string }[];
  const day = youth ? lastDayUnder18(youth.birth_date, days) : null;
  if (!day) return;
  const eligibility = await mentorEligibilityFor(peers, context, { mentorId, from: day, to: day, youthUnder18: true, targetGroup: order.targetGroup });
  assertRules(violations(screeningViolation(field, eligibility)));
}
