import { seesWholeSchedule } from '../access/index.js';
import type { Context } from '../context.js';
import type { Schedule as ScheduleRow, ScheduleEntry as ScheduleEntryRow } from '../entities/index.js';
import { isDuringTeachingHours } from '../rules/teaching-hours.js';

/** An entry carries its order's id, so the rules on its fields can judge it by the order. */
export type ScheduleEntryView = ScheduleEntryRow & { orderId: string };

export const Schedule = {
  /** Institution staff get only the entries in teaching hours; the field rules check each entry again. */
  async entries(schedule: ScheduleRow, _: unknown, { identity, loaders }: Context): Promise<ScheduleEntryView[]> {
    const [entries, order] = await Promise.all([loaders.entriesBySchedule.load(schedule.id), loaders.orderFacts.load(schedule.orderId)]);
    if (!order) return [];
    const visible = seesWholeSchedule(identity, order) ? entries : entries.filter(isDuringTeachingHours);
    return visible.map((entry) => Object.assign(entry, { orderId: schedule.orderId }));
  },
};

export const ScheduleEntry = {
  duringTeachingHours: (entry: ScheduleEntryRow): boolean => isDuringTeachingHours(entry),
};
