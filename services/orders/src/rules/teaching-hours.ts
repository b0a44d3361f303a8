import { minutesOfDay, weekday } from '../dates.js';

const TEACHING_STARTS = 8 * 60;
const TEACHING_ENDS = 15 * 60 + 30;

export interface TimedEntry {
  date: string;
  startTime: string;
  endTime: string;
}

/** The entry overlaps a weekday between 08:00 and 15:30, when the youth is usually in class. */
export function isDuringTeachingHours(entry: TimedEntry): boolean {
  const start = minutesOfDay(entry.startTime) ?? 0;
  const end = minutesOfDay(entry.endTime) ?? 0;
  return weekday(entry.date) <= 5 && start < TEACHING_ENDS && end > TEACHING_STARTS;
}
