/**
 * Rule 9's capacity, shared by the mentors subgraph (eligibility and ranking) and the demo world's
 * assignments: the order's hours on top of what the mentor carries fit the capacity; equal fits.
 * Compared in hundredths of an hour.
 */
export function withinCapacity(capacityHoursPerWeek: number, load: number, weeklyHours: number): boolean {
  return Math.round((load + weeklyHours) * 100) <= Math.round(capacityHoursPerWeek * 100);
}
