// One formatter for the process: building an Intl.DateTimeFormat costs far more than using one.
const copenhagenDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Denmark as YYYY-MM-DD: the day a Danish user means by "today". */
export function danishToday(now: Date = new Date()): string {
  return copenhagenDate.format(now);
}
