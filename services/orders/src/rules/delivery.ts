import { addDays, daysBetween } from '../dates.js';
import { roundHours } from './hours.js';

/**
 * Rules 2, 7 and 13 as plain functions of what was planned and delivered. Weeks are the order's
 * own: week 1 runs from its start date for seven days, as the granted weeks do, so a week is never
 * split across a calendar boundary and the last one ends on the order's last day.
 */

export type DeliveryStatus = 'UNDER' | 'ON_PLAN' | 'OVER';

export interface OrderPeriod {
  startDate: string;
  endDate: string;
  /** The day the order became ACTIVE; null when it never was, and nothing is delivered. */
  activatedOn: string | null;
  /** The day it was closed (COMPLETED or CANCELLED), if it was. */
  closedOn: string | null;
}

export interface OrderWeek {
  /** 0 for the week that starts on the order's start date. */
  index: number;
  start: string;
  end: string;
}

export interface WeekDelivery {
  weekStart: string;
  weekEnd: string;
  plannedHours: number;
  deliveredHours: number;
  /** Delivered minus planned. */
  difference: number;
  status: DeliveryStatus;
  /** Whether a published schedule covers any day of the week; without one nothing is planned. */
  scheduled: boolean;
}

/** The week of the order a date falls in. */
export function weekIndexOf(order: Pick<OrderPeriod, 'startDate'>, date: string): number {
  return Math.floor(daysBetween(order.startDate, date) / 7);
}

/** The weeks of the order that have begun by `through` (inclusive), up to its end or the day it closed. */
export function orderWeeksThrough(order: OrderPeriod, through: string): OrderWeek[] {
  if (!order.activatedOn) return [];
  let last = order.endDate;
  if (order.closedOn && order.closedOn < last) last = order.closedOn;
  if (through < last) last = through;
  if (last < order.startDate) return [];
  const weeks: OrderWeek[] = [];
  for (let index = 0; index <= weekIndexOf(order, last); index++) {
    const start = addDays(order.startDate, index * 7);
    const end = addDays(start, 6);
    weeks.push({ index, start, end: end > order.endDate ? order.endDate : end });
  }
  return weeks;
}

/** Delivered against planned, to the minute: hours are planned and logged in minutes. */
export function deliveryStatus(plannedHours: number, deliveredHours: number): DeliveryStatus {
  const difference = Math.round(deliveredHours * 60) - Math.round(plannedHours * 60);
  return difference < 0 ? 'UNDER' : difference > 0 ? 'OVER' : 'ON_PLAN';
}

export interface DeliveryFacts {
  /** Planned hours per week index, from the schedule entries in force. */
  plannedHours: ReadonlyMap<number, number>;
  /** Delivered minutes per week index, from the logged sessions. */
  deliveredMinutes: ReadonlyMap<number, number>;
  /** The week indexes a published schedule covers at least a day of. */
  scheduledWeeks: ReadonlySet<number>;
}

/** Rule 7: each week of the order that has begun, planned against delivered, so the caseworker sees under- and over-delivery. */
export function reconcileWeeks(order: OrderPeriod, facts: DeliveryFacts, today: string): WeekDelivery[] {
  return orderWeeksThrough(order, today).map((week) => {
    const plannedHours = roundHours(facts.plannedHours.get(week.index) ?? 0);
    const deliveredHours = roundHours((facts.deliveredMinutes.get(week.index) ?? 0) / 60);
    return {
      weekStart: week.start,
      weekEnd: week.end,
      plannedHours,
      deliveredHours,
      difference: roundHours(deliveredHours - plannedHours),
      status: deliveryStatus(plannedHours, deliveredHours),
      scheduled: facts.scheduledWeeks.has(week.index),
    };
  });
}

/**
 * An order is under-delivering when, over the weeks that are over, less was delivered than
 * planned. Weekly hours may vary as long as the total is delivered (seed 000 §1.4), so a short
 * week made up for later is not flagged; a shortfall that is not made up is.
 */
export function isUnderDelivering(weeks: readonly WeekDelivery[], today: string): boolean {
  const over = weeks.filter((week) => week.weekEnd < today);
  const planned = over.reduce((total, week) => total + Math.round(week.plannedHours * 60), 0);
  const delivered = over.reduce((total, week) => total + Math.round(week.deliveredHours * 60), 0);
  return delivered < planned;
}

/**
 * Rule 13: for the target groups that must see their mentor every week (activity-ready cash-benefit
 * recipients, seed 003), the start of each week of the order that is over without a session.
 */
export function missedContactWeeks(order: OrderPeriod, weeksWithContact: ReadonlySet<number>, today: string): string[] {
  return orderWeeksThrough(order, today)
    .filter((week) => week.end < today && (!order.closedOn || week.end <= order.closedOn) && !weeksWithContact.has(week.index))
    .map((week) => week.start);
}
