import { danishToday } from '@mentor/common';

/** Calendar dates as ISO strings (YYYY-MM-DD): they compare correctly as text and carry no time zone. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: IsoDate): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`Not an ISO date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function format(utc: Date): IsoDate {
  return utc.toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return format(date) === value;
}

/**
 * A JavaScript Date's UTC calendar day, as an ISO date (the demo world's clock gives Dates). `Date`
 * arguments need no conversion: the common Date scalar hands resolvers ISO dates already.
 */
export function toIsoDate(date: Date): IsoDate {
  return format(date);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = parts(date);
  return format(new Date(Date.UTC(year, month - 1, day + days)));
}

/** Same day and month `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [year, month, day] = parts(date);
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  return format(new Date(Date.UTC(year + years, month - 1, Math.min(day, lastDay))));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
}

export function yearOf(date: IsoDate): number {
  return parts(date)[0];
}

/** Today as users in Denmark see it: a certification valid until today is still valid at 23:30 Danish time. */
export function todayInDenmark(now: Date = new Date()): IsoDate {
  return danishToday(now);
}
