import { danishToday } from '@mentor/common';
import type { AgeGroup } from './domain.js';

const DAY_MS = 86_400_000;

/** Today's date in Denmark, as YYYY-MM-DD: a caseworker's "today" does not change at 01:00 UTC. */
export function today(now: Date = new Date()): string {
  return danishToday(now);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

// Date arithmetic runs hundreds of thousands of times in the seed; both directions are remembered.
const MEMO_LIMIT = 100_000;
const dayNumbers = new Map<string, number>();
const dateStrings = new Map<number, string>();

/** Days since 1970-01-01. */
function dayNumber(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
    if (dayNumbers.size >= MEMO_LIMIT) dayNumbers.clear();
    dayNumbers.set(date, day);
  }
  return day;
}

function dateOfDay(day: number): string {
  let date = dateStrings.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dateStrings.size >= MEMO_LIMIT) dateStrings.clear();
    dateStrings.set(day, date);
  }
  return date;
}

export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The last day of an order of `weeks` weeks starting on `startDate`. */
export function endDateFor(startDate: string, weeks: number): string {
  return addDays(startDate, weeks * 7 - 1);
}

export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function ageGroupOf(age: number): AgeGroup {
  if (age < 18) return 'AGE_13_17';
  if (age <= 25) return 'AGE_18_25';
  if (age <= 29) return 'AGE_26_29';
  return 'AGE_30_PLUS';
}

/** Minutes since midnight for HH:MM, or null when it is not a time of day. */
export function minutesOfDay(time: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** ISO weekday, 1 = Monday. */
export function weekday(date: string): number {
  // 1970-01-01 was a Thursday.
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}
