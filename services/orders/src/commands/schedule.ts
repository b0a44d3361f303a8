import { randomUUID } from 'node:crypto';
import { assertRules } from '@mentor/common';
import { requireOrderProvider } from '../access/index.js';
import type { Context } from '../context.js';
import { today } from '../dates.js';
import { Schedule, ScheduleEntry } from '../entities/index.js';
import { inForce } from '../loaders.js';
import { providerCatalogue } from '../peers.js';
import type { Peers } from '../replication.js';
import { totalHoursOf } from '../rules/hours.js';
import { assertStatus } from '../rules/lifecycle.js';
import { activitiesOutsideCatalogue } from '../rules/order.js';
import { checkSchedule, entryHours, type PublishScheduleInput } from '../rules/schedule.js';
import { bulkInsert } from '../sql.js';
import { assertMeetingsScreened } from './mentor-checks.js';
import { createOnce, insertRow, deliveredMinutes, lockVisibleOrder, ownerId, type ForOrder } from './support.js';

/** The provider publishes a schedule; it reaches the youth at least a day ahead and, with the earlier ones, plans every requested activity. */
export function publishSchedule(input: ForOrder<PublishScheduleInput>, context: Context, peers: Peers): Promise<Schedule> {
  const { identity } = context;
  return createOnce(context, { operation: 'publishSchedule', key: input.idempotencyKey, target: Schedule, table: 'schedule' }, async (manager, id) => {
    const order = await lockVisibleOrder(manager, identity, input.orderId);
    requireOrderProvider(identity, order, 'Only the provider the order is placed with publishes its schedules');
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
      id,
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
  });
}

