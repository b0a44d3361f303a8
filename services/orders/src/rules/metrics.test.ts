import { describe, expect, test } from 'vitest';
import { checkSuccessFilter, isWithheld, quarterEnd, successMetricsOf, sumCells, suppressedCells, type MetricsCell, type OutcomeCounts } from './metrics.js';

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
    expect(checkSuccessFilter({ from: '2026-01-01', to: '2026-03-31' }, '2026-04-01')).toEqual([]);
    expect(checkSuccessFilter({ from: '2026-01-02', to: '2026-01-01' }, '2026-04-01')).toMatchObject([{ field: 'to', rule: 'dateOrder' }]);
    expect(checkSuccessFilter({ from: '2026-01-01', to: '2026-03-31', providerId: 'x' }, '2026-04-01')).toMatchObject([{ field: 'providerId', rule: 'id' }]);
  });

  test('the period is one whole calendar quarter that has ended, so no permitted period overlaps another', () => {
    const on = '2026-12-04';
    for (const [from, to] of [
      ['2025-10-01', '2025-12-31'],
      ['2026-04-01', '2026-06-30'],
      ['2026-07-01', '2026-09-30'],
      ['2024-01-01', '2024-03-31'],
    ]) {
      expect(checkSuccessFilter({ from: from!, to: to! }, on), `${from}–${to}`).toEqual([]);
    }
    expect(quarterEnd('2024-02-10')).toBe('2024-03-31');
    expect(quarterEnd('2026-11-30')).toBe('2026-12-31');
    expect(checkSuccessFilter({ from: '2026-01-15', to: '2026-03-31' }, on)).toMatchObject([{ field: 'from', rule: 'reportingPeriod' }]);
    // A year, a half year and an overlapping window are not quarters.
    expect(checkSuccessFilter({ from: '2025-01-01', to: '2025-12-31' }, on)).toMatchObject([{ field: 'to', rule: 'reportingPeriod' }]);
    expect(checkSuccessFilter({ from: '2026-01-01', to: '2026-06-30' }, on)).toMatchObject([{ field: 'to', rule: 'reportingPeriod' }]);
    expect(checkSuccessFilter({ from: '2026-02-01', to: '2026-04-30' }, on)).toMatchObject([
      { field: 'from', rule: 'reportingPeriod' },
      { field: 'to', rule: 'reportingPeriod' },
    ]);
    // The running quarter still changes: asked a day apart, it would tell the youth who finished in between.
    expect(checkSuccessFilter({ from: '2026-10-01', to: '2026-12-31' }, on)).toMatchObject([{ field: 'to', rule: 'periodEnded' }]);
    expect(checkSuccessFilter({ from: '2026-10-01', to: '2026-12-31' }, '2027-01-01')).toEqual([]);
  });
});

const cell = (providerId: string, institutionId: string, count: number, satisfactionCount = count): MetricsCell => ({
  providerId,
  institutionId,
  count,
  completedEducation: count,
  transferred: 0,
  droppedOut: 0,
  satisfactionSum: satisfactionCount * 4,
  satisfactionCount,
  orderedHours: count * 10,
  deliveredMinutes: 0,
});

describe('complementary suppression: no answer minus another leaves a small group', () => {
  const byCount = (of: MetricsCell) => of.count;

  test('a small cell alone is joined by the smallest other cell, so what is withheld adds up to five or more', () => {
    const big = cell('A', 'X', 6);
    const bigger = cell('C', 'X', 9);
    const small = cell('B', 'X', 2);
    expect(suppressedCells([big, bigger, small], byCount)).toEqual(new Set([small, big]));
    // The unit's total minus provider A would leave provider B's two orders: A is withheld too.
    expect(isWithheld([big, bigger, small], (of) => of.providerId === 'A', byCount)).toBe(true);
    expect(isWithheld([big, bigger, small], (of) => of.providerId === 'B', byCount)).toBe(true);
    expect(isWithheld([big, bigger, small], (of) => of.providerId === 'C', byCount)).toBe(false);
    expect(isWithheld([big, bigger, small], () => true, byCount)).toBe(false);
    expect(isWithheld([big, bigger, small], (of) => of.institutionId === 'X', byCount)).toBe(false);
  });

  test('small cells that add up to five or more need no more; with no small cell nothing is withheld', () => {
    const cells = [cell('A', 'X', 3), cell('B', 'X', 2), cell('C', 'Y', 7)];
    expect(suppressedCells(cells, byCount)).toEqual(new Set([cells[0], cells[1]]));
    expect(isWithheld(cells, (of) => of.institutionId === 'X', byCount)).toBe(false);
    expect(isWithheld(cells, (of) => of.providerId === 'A', byCount)).toBe(true);
    expect(isWithheld([cell('A', 'X', 5), cell('B', 'Y', 8)], (of) => of.providerId === 'A', byCount)).toBe(false);
  });

  test('a row and a column that cut the withheld cells apart are both withheld', () => {
    // A at X and Y; B only at Y. Provider A minus institution X would be A's one order at Y.
    const cells = [cell('A', 'X', 6), cell('A', 'Y', 1), cell('B', 'Y', 7)];
    const suppressed = suppressedCells(cells, byCount);
    expect(suppressed).toEqual(new Set([cells[1], cells[0]]));
    expect(isWithheld(cells, (of) => of.providerId === 'A', byCount)).toBe(false);
    expect(isWithheld(cells, (of) => of.institutionId === 'X', byCount)).toBe(true);
    expect(isWithheld(cells, (of) => of.institutionId === 'Y', byCount)).toBe(true);
    expect(isWithheld(cells, (of) => of.providerId === 'B', byCount)).toBe(false);
  });

  test('answers are suppressed on their own count: five orders with one answer among many', () => {
    const cells = [cell('A', 'X', 6, 6), cell('B', 'X', 5, 1)];
    expect(isWithheld(cells, (of) => of.providerId === 'A', (of) => of.satisfactionCount)).toBe(true);
    expect(isWithheld(cells, (of) => of.providerId === 'A', byCount)).toBe(false);
    const metrics = successMetricsOf(sumCells([cells[0]!]), null, { shares: false, satisfaction: true });
    expect(metrics).toMatchObject({ count: 6, suppressed: false, completedEducationShare: 1, averageYouthSatisfaction: null });
    expect(successMetricsOf(sumCells(cells), null)).toMatchObject({ count: 11, averageYouthSatisfaction: 4 });
  });
});
