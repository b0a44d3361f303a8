import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { collaborationRatingsRules, MAX_RATED_ORDERS, summariseRatings } from './ratings.js';

function broken(violations: { field: string; rule: string; message: string }[]) {
  return violations.map(({ field, rule }) => `${field}:${rule}`);
}

describe('collaboration ratings rules', () => {
  it('accepts no ids and up to 1,000 ids', () => {
    expect(collaborationRatingsRules({ orderIds: [] })).toEqual([]);
    expect(collaborationRatingsRules({ orderIds: Array.from({ length: MAX_RATED_ORDERS }, () => randomUUID()) })).toEqual([]);
  });

  it('refuses 1,001 ids and a malformed id, naming orderIds', () => {
    expect(MAX_RATED_ORDERS).toBe(1000);
    expect(broken(collaborationRatingsRules({ orderIds: Array.from({ length: MAX_RATED_ORDERS + 1 }, () => randomUUID()) }))).toEqual(['orderIds:maxItems']);
    const malformed = collaborationRatingsRules({ orderIds: [randomUUID(), 'ORD-2026-000123'] });
    expect(malformed.map(({ field, rule, message }) => [field, rule, message])).toEqual([['orderIds', 'id', 'orderIds: item 1 is not a valid id']]);
  });
});

describe('summariseRatings', () => {
  it('has no average without ratings', () => {
    expect(summariseRatings([])).toEqual({ count: 0, average: null });
  });

  it('averages the ratings given', () => {
    expect(summariseRatings([4])).toEqual({ count: 1, average: 4 });
    expect(summariseRatings([5, 4, 2])).toEqual({ count: 3, average: 11 / 3 });
    expect(summariseRatings([1, 5, 1, 5])).toEqual({ count: 4, average: 3 });
  });
});
