import { GraphQLError } from 'graphql';
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

/**
 * DESIGN §7: a change the order's current status does not allow is a CONFLICT with that status
 * (the client acted on a state the order has left, or not reached), not a fault in the input.
 * The error carries the current status so a client can reload and explain.
 */
export function statusConflict(current: OrderStatus, violation: RuleViolation): GraphQLError {
  return new GraphQLError(violation.message, { extensions: { code: 'CONFLICT', rule: violation.rule, status: current } });
}

/** Throws CONFLICT unless the order may go from `from` to `to`. */
export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  const violation = transitionViolation(from, to);
  if (violation) throw statusConflict(from, violation);
}

/** Throws CONFLICT unless the order's status is one of `allowed`. */
export function assertStatus(current: OrderStatus, allowed: readonly OrderStatus[], action: string): void {
  const violation = statusViolation(current, allowed, action);
  if (violation) throw statusConflict(current, violation);
}
