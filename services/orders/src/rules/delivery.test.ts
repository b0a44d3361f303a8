import { describe, expect, test } from 'vitest';
import { deliveryStatus, isUnderDelivering, missedContactWeeks, orderWeeksThrough, reconcileWeeks, type DeliveryFacts, type OrderPeriod } from './delivery.js';

// A Wednesday start: the order's weeks run Wednesday to Tuesday.
const order: OrderPeriod = { startDate: '2026-11-04', endDate: '2026-12-01', activatedOn: '2026-11-03', closedOn: null };
const facts = (planned: [number, number][], delivered: [number, number][], scheduled: number[] = planned.map(([week]) => week)): DeliveryFacts => ({
  plannedHours: new Map(planned),
  deliveredMinutes: new Map(delivered),
  scheduledWeeks: new Set(scheduled),
});

describe('the weeks of an order', () => {
  test('run seven days from the start date, only those that have begun, none before the order was ACTIVE', () => {
    expect(orderWeeksThrough(order, '2026-11-17').map((week) => [week.start, week.end])).toEqual([
      ['2026-11-04', '2026-11-10'],
      ['2026-11-11', '2026-11-17'],
    ]);
    expect(orderWeeksThrough(order, '2026-11-18')).toHaveLength(3);
    expect(orderWeeksThrough(order, '2027-03-01')).toHaveLength(4);
    expect(orderWeeksThrough(order, '2026-11-03')).toEqual([]);
    expect(orderWeeksThrough({ ...order, activatedOn: null }, '2026-11-30')).toEqual([]);
    expect(orderWeeksThrough({ ...order, closedOn: '2026-11-12' }, '2026-11-30')).toHaveLength(2);
  });
});

describe('weekly reconciliation (rule 7)', () => {
  test('compares to the minute', () => {
    expect(deliveryStatus(1, 1)).toBe('ON_PLAN');
    expect(deliveryStatus(1, 59 / 60)).toBe('UNDER');
    expect(deliveryStatus(1, 61 / 60)).toBe('OVER');
    expect(deliveryStatus(0, 0)).toBe('ON_PLAN');
  });

  test('shows planned, delivered and the difference per week', () => {
    const weeks = reconcileWeeks(order, facts([[0, 1], [1, 2]], [[0, 45], [1, 150], [2, 30]], [0, 1]), '2026-11-20');
    expect(weeks).toEqual([
      { weekStart: '2026-11-04', weekEnd: '2026-11-10', plannedHours: 1, deliveredHours: 0.75, difference: -0.25, status: 'UNDER', scheduled: true },
      { weekStart: '2026-11-11', weekEnd: '2026-11-17', plannedHours: 2, deliveredHours: 2.5, difference: 0.5, status: 'OVER', scheduled: true },
      { weekStart: '2026-11-18', weekEnd: '2026-11-24', plannedHours: 0, deliveredHours: 0.5, difference: 0.5, status: 'OVER', scheduled: false },
    ]);
  });

  test('under-delivery counts the weeks that are over, so a short week made up later is not flagged', () => {
    const madeUp = reconcileWeeks(order, facts([[0, 1], [1, 1]], [[0, 30], [1, 90]]), '2026-11-18');
    expect(madeUp.map((week) => week.status)).toEqual(['UNDER', 'OVER', 'ON_PLAN']);
    expect(isUnderDelivering(madeUp, '2026-11-18')).toBe(false);
    const short = reconcileWeeks(order, facts([[0, 1], [1, 1]], [[0, 30], [1, 89]]), '2026-11-18');
    expect(isUnderDelivering(short, '2026-11-18')).toBe(true);
    // The week in progress does not count yet: on its last day it is not over.
    const running = reconcileWeeks(order, facts([[0, 1], [1, 1]], [[0, 60]]), '2026-11-17');
    expect(isUnderDelivering(running, '2026-11-17')).toBe(false);
    expect(isUnderDelivering(running, '2026-11-18')).toBe(true);
  });
});

describe('weekly contact (rule 13)', () => {
  test('flags each week that is over without a session', () => {
    expect(missedContactWeeks(order, new Set([0, 2]), '2026-11-25')).toEqual(['2026-11-11']);
    expect(missedContactWeeks(order, new Set([0, 1, 2]), '2026-11-25')).toEqual([]);
    // A week is judged once it is over: on its last day it may still happen.
    expect(missedContactWeeks(order, new Set([0]), '2026-11-17')).toEqual([]);
    expect(missedContactWeeks(order, new Set([0]), '2026-11-18')).toEqual(['2026-11-11']);
  });

  test('not before the order was ACTIVE, nor the week it closed in part-way', () => {
    expect(missedContactWeeks({ ...order, activatedOn: null }, new Set(), '2026-12-20')).toEqual([]);
    expect(missedContactWeeks({ ...order, closedOn: '2026-11-20' }, new Set([0]), '2026-12-20')).toEqual(['2026-11-11']);
    expect(missedContactWeeks(order, new Set(), '2026-12-20')).toEqual(['2026-11-04', '2026-11-11', '2026-11-18', '2026-11-25']);
  });
});
