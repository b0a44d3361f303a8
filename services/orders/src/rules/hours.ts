/** Hours with two decimals, so 50 minutes reads 0.83 and sums do not drift. */
export function roundHours(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Total hours = weekly hours × weeks (DESIGN §6 rule 2). */
export function totalHoursOf(order: { weeklyHours: number; weeks: number }): number {
  return roundHours(order.weeklyHours * order.weeks);
}
