import { describe, expect, test } from 'vitest';
import { checkSuccessFilter, successMetricsOf, type OutcomeCounts } from './metrics.js';

const counts: OutcomeCounts = {
  count: 8,
  completedEducation: 4,
  transferred: 2,
  droppedOut: 1,
  satisfactionSum: 25,
  satisfactionCount: 6,
  orderedHours: 104,
  deliveredMinutes: 5430,
};

describe('success metrics (rule 15)', () => {
  test('shares of the completed orders, mean satisfaction, the partners’ rating and the hours', () => {
    expect(successMetricsOf(counts, { count: 3, average: 4.333333 })).toEqual({
      count: 8,
      suppressed: false,
      completedEducationShare: 0.5,
      transferredShare: 0.25,
      droppedOutShare: 0.125,
      averageYouthSatisfaction: 4.17,
      averagePartnerRating: 4.33,
      partnerRatingCount: 3,
      orderedHours: 104,
      deliveredHours: 90.5,
    });
  });

  test('no orders, no satisfaction given, nobody rated, or no rating for the caller: null, not zero', () => {
    const none = { ...counts, count: 0, completedEducation: 0, transferred: 0, droppedOut: 0, satisfactionSum: 0, satisfactionCount: 0, orderedHours: 0, deliveredMinutes: 0 };
    expect(successMetricsOf(none, { count: 0, average: null })).toMatchObject({
      count: 0,
      completedEducationShare: null,
      averageYouthSatisfaction: null,
      averagePartnerRating: null,
      partnerRatingCount: 0,
      orderedHours: 0,
    });
    expect(successMetricsOf(counts, null)).toMatchObject({ averagePartnerRating: null, partnerRatingCount: null });
  });

  test('a group of one to four orders: its shares and mean satisfaction are withheld, its count and hours are not', () => {
    const four: OutcomeCounts = { count: 4, completedEducation: 1, transferred: 2, droppedOut: 1, satisfactionSum: 12, satisfactionCount: 3, orderedHours: 40, deliveredMinutes: 600 };
    expect(successMetricsOf(four, { count: 2, average: 4 })).toEqual({
      count: 4,
      suppressed: true,
      completedEducationShare: null,
      transferredShare: null,
      droppedOutShare: null,
      averageYouthSatisfaction: null,
      averagePartnerRating: 4,
      partnerRatingCount: 2,
      orderedHours: 40,
      deliveredHours: 10,
    });
    expect(successMetricsOf({ ...four, count: 1, transferred: 0, droppedOut: 0 }, null)).toMatchObject({ suppressed: true, completedEducationShare: null, averageYouthSatisfaction: null });
    expect(successMetricsOf({ ...four, count: 5, satisfactionSum: 20, satisfactionCount: 5 }, null)).toMatchObject({ suppressed: false, completedEducationShare: 0.2, averageYouthSatisfaction: 4 });
    expect(successMetricsOf({ ...four, count: 0, completedEducation: 0, transferred: 0, droppedOut: 0, satisfactionSum: 0, satisfactionCount: 0 }, null)).toMatchObject({ suppressed: false });
  });

  test('five orders or more but fewer than five answers: the shares are shown, the mean satisfaction is not', () => {
    const few = { ...counts, satisfactionSum: 17, satisfactionCount: 4 };
    expect(successMetricsOf(few, null)).toMatchObject({ count: 8, suppressed: false, completedEducationShare: 0.5, averageYouthSatisfaction: null });
    expect(successMetricsOf({ ...few, satisfactionSum: 18, satisfactionCount: 5 }, null)).toMatchObject({ averageYouthSatisfaction: 3.6 });
    expect(successMetricsOf({ ...few, satisfactionSum: 1, satisfactionCount: 1 }, null).averageYouthSatisfaction).toBeNull();
  });

  test('the filter: ids are ids, and the period runs forwards', () => {
    expect(checkSuccessFilter({ from: '2026-01-01', to: '2026-12-31' })).toEqual([]);
    expect(checkSuccessFilter({ from: '2026-01-01', to: '2026-01-01' })).toEqual([]);
    expect(checkSuccessFilter({ from: '2026-01-02', to: '2026-01-01' })).toMatchObject([{ field: 'to', rule: 'dateOrder' }]);
    expect(checkSuccessFilter({ from: '2026-01-01', to: '2026-12-31', providerId: 'x' })).toMatchObject([{ field: 'providerId', rule: 'id' }]);
  });
});
