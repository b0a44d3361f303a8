import type { OrdersContext } from '../context.js';
import { minutesOfDay, weekday } from '../dates.js';
import type { Schedule as ScheduleRow, ScheduleEntry as ScheduleEntryRow } from '../entities/index.js';

const TEACHING_STARTS = 8 * 60;
const TEACHING_ENDS = 15 * 60 + 30;

export const Schedule = {
  entries: (schedule: ScheduleRow, _: unknown, { loaders }: OrdersContext) => loaders.entriesBySchedule.load(schedule.id),
};

export const ScheduleEntry = {
  duringTeachingHours(entry: ScheduleEntryRow): boolean {
    const start = minutesOfDay(entry.startTime) ?? 0;
    const end = minutesOfDay(entry.endTime) ?? 0;
    return weekday(entry.date) <= 5 && start < TEACHING_ENDS && end > TEACHING_STARTS;
  },
};
