// One formatter for the process: building an Intl.DateTimeFormat costs far more than using one.
const copenhagenDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * A timestamp's day in Denmark, in SQL: the same day `danishToday` gives, whatever time zone the
 * database session runs in (a pooler may not pass a session setting through).
 */
export const danishDateSql = (timestamp: string): string => `(${timestamp} AT TIME ZONE 'Europe/Copenhagen')::date`;

/** Today's date in Denmark, in SQL (the statement's start, as `now()` is): never `current_date`, the session's day. */
export const danishTodaySql = danishDateSql('now()');

/** Today's date in Denmark as YYYY-MM-DD: the day a Danish user means by "today". */
export function danishToday(now: Date = new Date()): string {
  return copenhagenDate.format(now);
}
