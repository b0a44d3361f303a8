import { describe, expect, it } from 'vitest';
import { feedbackRules } from './feedback.js';

const orderId = '0b9d5a52-8a43-4a5e-9c1f-1f7e6a6a2b11';

function broken(violations: { field: string; rule: string }[]) {
  return violations.map(({ field, rule }) => `${field}:${rule}`);
}

describe('collaboration feedback rules', () => {
  it('accepts ratings from 1 to 5, with or without a comment', () => {
    for (const rating of [1, 2, 3, 4, 5]) expect(feedbackRules({ orderId, rating })).toEqual([]);
    expect(feedbackRules({ orderId, rating: 4, comment: 'Godt samarbejde.' })).toEqual([]);
  });

  it('refuses ratings outside 1 to 5 and overlong comments', () => {
    expect(broken(feedbackRules({ orderId, rating: 0 }))).toEqual(['rating:ratingRange']);
    expect(broken(feedbackRules({ orderId, rating: 6, comment: 'x'.repeat(2001) }))).toEqual(['rating:ratingRange', 'comment:maxLength']);
    expect(broken(feedbackRules({ orderId: 'ORD-2026-000123', rating: 3, expectedVersion: -1 }))).toEqual(['orderId:id', 'expectedVersion:positive']);
  });
});
