import { describe, expect, test } from 'vitest';
import { checkSchedule, entryHours, unplannedActivities, type PublishScheduleInput, type ScheduleContext } from './schedule.js';

const context: ScheduleContext = {
  order: { startDate: '2026-11-01', endDate: '2027-01-30', requestedActivities: ['Lektiehjælp', 'Studiestart'], totalHours: 13 },
  plannedActivities: [],
  plannedUntil: null,
  deliveredHours: 0,
  today: '2026-11-23',
};
const entry = (date: string, activity: string, startTime = '10:00', endTime = '11:00') => ({ date, startTime, endTime, place: 'VUC Sydhavnen', activity });
const week: PublishScheduleInput = {
  kind: 'WEEKLY',
  validFrom: '2026-11-24',
  validTo: '2026-11-30',
  entries: [entry('2026-11-24', 'Lektiehjælp'), entry('2026-11-26', 'Studiestart')],
};
const rules = (input: PublishScheduleInput, ctx = context) => checkSchedule(input, ctx).map((violation) => `${violation.field}:${violation.rule}`);

describe('publishing a schedule', () => {
  test('accepts a week published the day before, planning every requested activity', () => {
    expect(rules(week)).toEqual([]);
  });

  test('reaches the youth at least one day before it takes effect (rule 10): 1 day ahead is on time, 0 days is not', () => {
    const sameDay = { ...week, validFrom: '2026-11-23', validTo: '2026-11-29', entries: [entry('2026-11-23', 'Lektiehjælp'), entry('2026-11-26', 'Studiestart')] };
    expect(rules(sameDay)).toEqual(['validFrom:publishedInAdvance']);
    expect(rules({ ...sameDay, validFrom: '2026-11-24', entries: [entry('2026-11-24', 'Lektiehjælp'), entry('2026-11-26', 'Studiestart')] })).toEqual([]);
    expect(rules(sameDay, { ...context, today: '2026-11-22' })).toEqual([]);
  });

  test('a week covers at most 7 days and lies inside the order', () => {
    expect(rules({ ...week, validTo: '2026-12-01' })).toEqual(['validTo:schedulePeriod']);
    expect(rules({ ...week, kind: 'MONTHLY', validTo: '2026-12-24' })).toEqual([]);
    expect(rules(week, { ...context, order: { ...context.order, endDate: '2026-11-28' } })).toEqual(['validFrom:withinOrderPeriod']);
  });

  test('entries lie inside the schedule, end after they start, and name place and activity', () => {
    expect(rules({ ...week, entries: [entry('2026-12-01', 'Lektiehjælp'), entry('2026-11-26', 'Studiestart', '11:00', '10:30')] })).toEqual([
      'entries[0].date:withinSchedulePeriod',
      'entries[1].endTime:timeRange',
    ]);
    expect(rules({ ...week, entries: [{ ...entry('2026-11-24', ''), startTime: '25:00' }] })).toEqual(['entries[0].startTime:timeFormat', 'entries[0].activity:required']);
  });

  test('a schedule may leave a requested activity out while later days can still plan it (rule 5)', () => {
    const partial = { ...week, entries: [entry('2026-11-24', 'Lektiehjælp')] };
    expect(rules(partial)).toEqual([]);
  });

  test('once the plan reaches the order’s last day, every requested activity is in it, counting the earlier schedules in force', () => {
    const last = { ...week, validFrom: '2027-01-24', validTo: '2027-01-30', entries: [entry('2027-01-25', 'Lektiehjælp')] };
    expect(rules(last)).toEqual(['entries:requestedActivitiesPlanned']);
    expect(rules(last, { ...context, plannedActivities: ['studiestart'] })).toEqual([]);
    // The day before the end still leaves a day to plan on.
    expect(rules({ ...last, validTo: '2027-01-29' })).toEqual([]);
    // An earlier schedule already reaching the end counts as well.
    expect(rules({ ...week, entries: [entry('2026-11-24', 'Lektiehjælp')] }, { ...context, plannedUntil: '2027-01-30' })).toEqual(['entries:requestedActivitiesPlanned']);
    expect(unplannedActivities(last, { ...context, plannedActivities: [] })).toEqual(['Studiestart']);
  });

  test('plans no more hours than the order has left', () => {
    expect(rules(week, { ...context, deliveredHours: 11.5 })).toEqual(['entries:plannedHoursWithinTotal']);
    expect(rules(week, { ...context, deliveredHours: 11 })).toEqual([]);
    expect(entryHours({ startTime: '09:15', endTime: '10:00' })).toBe(0.75);
  });
});
