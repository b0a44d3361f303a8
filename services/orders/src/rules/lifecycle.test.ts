import { describe, expect, test } from 'vitest';
import { orderStatuses } from '../domain.js';
import { assertStatus, assertTransition, canTransition, orderTransitions, statusViolation, transitionViolation } from './lifecycle.js';

describe('order lifecycle', () => {
  test('follows DRAFT → PLACED → ACCEPTED → ACTIVE → COMPLETED', () => {
    expect(canTransition('DRAFT', 'PLACED')).toBe(true);
    expect(canTransition('PLACED', 'ACCEPTED')).toBe(true);
    expect(canTransition('ACCEPTED', 'ACTIVE')).toBe(true);
    expect(canTransition('ACTIVE', 'COMPLETED')).toBe(true);
  });

  test('only a placed order can be rejected; any open order can be cancelled', () => {
    expect(orderStatuses.filter((status) => canTransition(status, 'REJECTED'))).toEqual(['PLACED']);
    expect(orderStatuses.filter((status) => canTransition(status, 'CANCELLED'))).toEqual(['DRAFT', 'PLACED', 'ACCEPTED', 'ACTIVE']);
  });

  test('skipping a step or leaving a closed state is refused, naming both states', () => {
    const skipped = transitionViolation('PLACED', 'ACTIVE');
    expect(skipped).toMatchObject({ field: 'status', rule: 'statusTransition' });
    expect(skipped?.message).toContain('PLACED');
    expect(skipped?.message).toContain('ACTIVE');
    for (const closed of ['COMPLETED', 'REJECTED', 'CANCELLED'] as const) {
      expect(orderTransitions[closed]).toEqual([]);
      expect(transitionViolation(closed, 'ACTIVE')).not.toBeNull();
    }
    expect(transitionViolation('ACTIVE', 'COMPLETED')).toBeNull();
  });

  test('a change that keeps the status checks the allowed ones', () => {
    expect(statusViolation('ACTIVE', ['ACTIVE'], 'log a session')).toBeNull();
    expect(statusViolation('COMPLETED', ['ACTIVE'], 'log a session')).toMatchObject({ field: 'status', rule: 'orderStatus' });
  });

  test('DESIGN §7: an out-of-order change is a CONFLICT carrying the current status', () => {
    expect(() => assertTransition('ACTIVE', 'COMPLETED')).not.toThrow();
    expect(() => assertStatus('ACTIVE', ['ACTIVE'], 'log a session')).not.toThrow();
    for (const attempt of [() => assertTransition('PLACED', 'ACTIVE'), () => assertStatus('ACCEPTED', ['ACTIVE'], 'log a session')]) {
      try {
        attempt();
        expect.unreachable();
      } catch (error) {
        expect((error as { extensions: unknown }).extensions).toMatchObject({ code: 'CONFLICT', status: expect.stringMatching(/PLACED|ACCEPTED/) });
      }
    }
  });
});
