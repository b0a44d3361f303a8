import { RuleViolation } from '@mentor/common';
import type { OrderStatus } from '../domain.js';

/**
 * The order lifecycle: DRAFT → PLACED → ACCEPTED → ACTIVE → COMPLETED, with REJECTED and
 * CANCELLED on the side. Closed states lead nowhere.
 */
export const orderTransitions: Record<OrderStatus, readonly OrderStatus[]> = {
  DRAFT: ['PLACED', 'CANCELLED'],
  PLACED: ['ACCEPTED', 'REJECTED', 'CANCELLED'],
  ACCEPTED: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  REJECTED: [],
  CANCELLED: [],
};

export const closedStatuses: readonly OrderStatus[] = ['COMPLETED', 'REJECTED', 'CANCELLED'];

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return orderTransitions[from].includes(to);
}

export function transitionViolation(from: OrderStatus, to: OrderStatus): RuleViolation | null {
  if (canTransition(from, to)) return null;
  return new RuleViolation('status', 'statusTransition', `status: an order that is ${from} cannot become ${to}`);
}

/** For changes that keep the status (a schedule, a session): the order must be in one of `allowed`. */
export function statusViolation(current: OrderStatus, allowed: readonly OrderStatus[], action: string): RuleViolation | null {
  if (allowed.includes(current)) return null;
  return new RuleViolation('status', 'orderStatus', `status: cannot ${action} on an order that is ${current} (allowed: ${allowed.join(', ')})`);
}
