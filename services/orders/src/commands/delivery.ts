import { randomUUID } from 'node:crypto';
import { assertRules, forbidden, isUuid, violations } from '@mentor/common';
import type { Context } from '../context.js';
import { today } from '../dates.js';
import { EffectAssessment, FollowUp, MentorSession, Schedule, ScheduleEntry } from '../entities/index.js';
import { totalHoursOf } from '../rules/hours.js';
import { isOrderProvider } from '../access/index.js';
import { providerCatalogue } from '../peers.js';
import type { Peers } from '../replication.js';
import { activitiesOutsideCatalogue } from '../rules/order.js';
import { checkEffectAssessment, checkFollowUp, type RecordEffectAssessmentInput, type RecordFollowUpInput } from '../rules/follow-up.js';
import { assertStatus } from '../rules/lifecycle.js';
import { checkSchedule, entryHours, type PublishScheduleInput } from '../rules/schedule.js';
import { checkSession, type LogSessionInput } from '../rules/session.js';
import { inForce } from '../loaders.js';
import { bulkInsert, hydrate } from '../sql.js';
import { assertMeetingsScreened } from './mentor-checks.js';
import { createIdempotently, insertRow, isCaseworkerOfOrder, lockOwnOrder, lockVisibleOrder, requireThat, rulesOfOrder } from './support.js';

type ForOrder<T> = T & { orderId: string };

function ownerId(sub: string): string | null {
  return isUuid(sub) ? sub : null;
}

async function deliveredMinutes(manager: { query: (sql: string, params: unknown[]) => Promise<{ minutes: number }[]> }, orderId: string): Promise<number> {
  const [row] = await manager.query('SELECT coalesce(sum(minutes), 0)::int AS minutes FROM mentor_session WHERE order_id = $1', [orderId]);
  return row?.minutes ?? 0;
}

/** The provider publishes a schedule; it reaches the youth at least a day ahead and, with the earlier ones, plans every requested activity. */
export function publishSchedule(input: ForOrder<PublishScheduleInput>, context: Context, peers: Peers): Promise<Schedule> {
  const { identity } = context;
  return createIdempotently(context, {
    key: input.idempotencyKey,
    constraint: 'uq_schedule_idempotency',
    find: async (manager, key) =>
      hydrate(manager, Schedule, await manager.query('SELECT * FROM schedule WHERE published_by = $1 AND idempotency_key = $2', [identity.sub, key]))[0] ?? null,
    async create(manager) {
      const order = await lockVisibleOrder(manager, identity, input.orderId);
      requireThat(isOrderProvider(identity, order), 'Only the provider the order is placed with publishes its schedules');
      assertStatus(order.status, ['ACCEPTED', 'ACTIVE'], 'publish a schedule');
      // The plan as it stands without the days this schedule covers: a later schedule replaces an earlier one's days.
      const planned = (await manager.query(
        `SELECT DISTINCT e.activity FROM schedule_entry e JOIN schedule s ON s.id = e.schedule_id
         WHERE s.order_id = $1 AND NOT (e.date BETWEEN $2 AND $3) AND ${inForce('e', 's')}`,
        [order.id, input.validFrom, input.validTo],
      )) as { activity: string }[];
      const [{ until }] = (await manager.query('SELECT max(valid_to)::text AS until FROM schedule WHERE order_id = $1', [order.id])) as [{ until: string | null }];
      assertRules(
        checkSchedule(input, {
          order: { ...order, totalHours: totalHoursOf(order) },
          plannedActivities: planned.map((row) => row.activity),
          plannedUntil: until,
          deliveredHours: (await deliveredMinutes(manager, order.id)) / 60,
          today: today(),
        }),
      );
      // Rule 5: the course consists only of the provider's catalogue activities (seed 000 §2).
      const catalogue = await providerCatalogue(peers, context, order.providerId);
      assertRules(activitiesOutsideCatalogue((index) => `entries[${index}].activity`, input.entries.map((entry) => entry.activity), catalogue ?? { activities: [] }));
      // Rule 9: the mentor who meets a youth under 18 on these days has current checks on every one of them.
      const days = input.entries.map((entry) => entry.date).sort();
      if (order.mentorId) await assertMeetingsScreened(manager, peers, context, order, order.mentorId, { from: days[0]!, to: days.at(-1)! }, 'entries');
      const schedule = await insertRow(manager, Schedule, 'schedule', {
        id: randomUUID(),
        order_id: order.id,
        kind: input.kind,
        valid_from: input.validFrom,
        valid_to: input.validTo,
        published_at: new Date(),
        published_by: ownerId(identity.sub),
        idempotency_key: input.idempotencyKey ?? null,
      });
      await bulkInsert(
        manager,
        ScheduleEntry,
        ['id', 'schedule_id', 'date', 'start_time', 'end_time', 'hours', 'place', 'activity'],
        input.entries.map((entry) => [randomUUID(), schedule.id, entry.date, entry.startTime, entry.endTime, entryHours(entry), entry.place.trim(), entry.activity.trim()]),
      );
      return schedule;
    },
  });
}

/** The assigned mentor logs a session of an ACTIVE order; the order row is locked so two sessions cannot together exceed its hours. */
export function logSession(input: ForOrder<LogSessionInput>, context: Context, peers: Peers): Promise<MentorSession> {
  const { identity } = context;
  if (!identity.roles.includes('MENTOR') || !isUuid(identity.sub)) throw forbidden('Only the assigned mentor logs sessions');
  return createIdempotently(context, {
    key: input.idempotencyKey,
    constraint: 'uq_session_idempotency',
    find: async (manager, key) =>
      hydrate(manager, MentorSession, await manager.query('SELECT * FROM mentor_session WHERE mentor_id = $1 AND idempotency_key = $2', [identity.sub, key]))[0] ?? null,
    async create(manager) {
      // The mentor's own order in any status: one not (or no longer) ACTIVE is a CONFLICT with its status, not a missing order.
      const order = await lockOwnOrder(manager, identity.sub, input.orderId);
      assertStatus(order.status, ['ACTIVE'], 'log a session');
      const [youth] = (await manager.query('SELECT home_visit_consent FROM youth WHERE id = $1', [order.youthId])) as { home_visit_consent: boolean }[];
      const homeVisitConsent = youth?.home_visit_consent === true;
      assertRules(
        checkSession(input, { order: { ...order, totalHours: totalHoursOf(order) }, deliveredMinutes: await deliveredMinutes(manager, order.id), homeVisitConsent, today: today() }),
      );
      // Rule 5: only catalogue activities are delivered; rule 9: a youth under 18 is met only with current checks that day.
      const catalogue = await providerCatalogue(peers, context, order.providerId);
      assertRules(activitiesOutsideCatalogue((index) => `activities[${index}]`, input.activities ?? [], catalogue ?? { activities: [] }));
      await assertMeetingsScreened(manager, peers, context, order, identity.sub, { from: input.date, to: input.date }, 'date');
      return insertRow(manager, MentorSession, 'mentor_session', {
        id: randomUUID(),
        order_id: order.id,
        mentor_id: identity.sub,
        date: input.date,
        minutes: input.minutes,
        form: input.form,
        place: input.form === 'IN_PERSON' ? input.place : null,
        special_reason: input.specialReason?.trim() || null,
        home_visit_consent: input.form === 'IN_PERSON' && input.place === 'HOME' && homeVisitConsent,
        activities: (input.activities ?? []).map((activity) => activity.trim()),
        journal_note: input.journalNote.trim(),
        phase: input.phase,
        idempotency_key: input.idempotencyKey ?? null,
      });
    },
  });
}

export function recordFollowUp(input: ForOrder<RecordFollowUpInput>, context: Context): Promise<FollowUp> {
  const { identity } = context;
  return createIdempotently(context, {
    key: input.idempotencyKey,
    constraint: 'uq_follow_up_idempotency',
    find: async (manager, key) =>
      hydrate(manager, FollowUp, await manager.query('SELECT * FROM follow_up WHERE recorded_by = $1 AND idempotency_key = $2', [identity.sub, key]))[0] ?? null,
    async create(manager) {
      const order = await lockVisibleOrder(manager, identity, input.orderId);
      requireThat(await isCaseworkerOfOrder(manager, identity, order), "Only a caseworker in the youth's unit records follow-ups");
      assertStatus(order.status, ['ACCEPTED', 'ACTIVE'], 'record a follow-up');
      assertRules(checkFollowUp(input, order, today()));
      return insertRow(manager, FollowUp, 'follow_up', {
        id: randomUUID(),
        order_id: order.id,
        date: input.date,
        status_assessment: input.statusAssessment.trim(),
        progression: input.progression,
        next_step: input.nextStep.trim(),
        recorded_by: ownerId(identity.sub),
        idempotency_key: input.idempotencyKey ?? null,
      });
    },
  });
}

export function recordEffectAssessment(input: ForOrder<RecordEffectAssessmentInput>, context: Context): Promise<EffectAssessment> {
  const { identity } = context;
  return createIdempotently(context, {
    key: input.idempotencyKey,
    constraint: 'uq_effect_assessment_idempotency',
    find: async (manager, key) =>
      hydrate(manager, EffectAssessment, await manager.query('SELECT * FROM effect_assessment WHERE recorded_by = $1 AND idempotency_key = $2', [identity.sub, key]))[0] ??
      null,
    async create(manager) {
      const order = await lockVisibleOrder(manager, identity, input.orderId);
      requireThat(await isCaseworkerOfOrder(manager, identity, order), "Only a caseworker in the youth's unit records effect assessments");
      assertStatus(order.status, ['ACTIVE'], 'record an effect assessment');
      const rules = await rulesOfOrder(manager, order);
      assertRules(checkEffectAssessment(input, order, rules.effectAssessmentDaysBeforeEnd, today()));
      return insertRow(manager, EffectAssessment, 'effect_assessment', {
        id: randomUUID(),
        order_id: order.id,
        date: input.date,
        effect: input.effect,
        assessment: input.assessment.trim(),
        recommendation: input.recommendation,
        recorded_by: ownerId(identity.sub),
        idempotency_key: input.idempotencyKey ?? null,
      });
    },
  });
}
