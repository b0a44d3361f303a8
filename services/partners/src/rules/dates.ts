export { danishToday } from '@mentor/common';

/** A YYYY-MM-DD date (as the Date scalar hands it over and the date columns hold it) moved by whole days. */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
