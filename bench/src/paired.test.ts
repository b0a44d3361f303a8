import { describe, expect, it } from 'vitest';
import { formatPairs, sidesInRound, summarisePairs, type RoundMeasure } from './paired.js';

function round(cpuMs: number, postgresMs = 1, statements = 2): RoundMeasure {
  return { cpuMs, userMs: cpuMs * 0.9, systemMs: cpuMs * 0.1, postgresMs, wallMs: cpuMs + 1, statements };
}

describe('a paired comparison', () => {
  it('takes the median of the rounds’ ratios, not the ratio of the medians', () => {
    // b is 10% cheaper in every pair but the second, where the machine slowed down between a's turn
    // and b's: the medians (a 2, b 3.6) would say b costs 1.8 times as much.
    const a = [round(2), round(2), round(4)];
    const b = [round(1.8), round(3.6), round(3.6)];
    const cpu = summarisePairs(a, b).find((summary) => summary.metric === 'cpuMs')!;
    expect(cpu.a).toBe(2);
    expect(cpu.b).toBe(3.6);
    expect(cpu.ratio).toBeCloseTo(0.9, 10);
  });

  it('leaves out a pair where side a measured nothing, and has no ratio when every pair is so', () => {
    const summary = summarisePairs([round(2, 0), round(2, 1), round(2, 2)], [round(2, 5), round(2, 2), round(2, 3)]);
    expect(summary.find((entry) => entry.metric === 'postgresMs')!.ratio).toBeCloseTo(1.75, 10);
    const idle = summarisePairs([round(2, 0)], [round(2, 1)]);
    expect(idle.find((entry) => entry.metric === 'postgresMs')!.ratio).toBeNull();
    expect(formatPairs(idle, 1)).toMatch(/PostgreSQL CPU, ms\s+0\.000\s+1\.000\s+–/);
  });

  it('needs as many rounds on each side', () => {
    expect(() => summarisePairs([round(1)], [])).toThrow(/as many/);
    expect(() => summarisePairs([], [])).toThrow(/as many/);
  });

  it('alternates which side goes first, so neither always runs on a warmer machine', () => {
    expect([0, 1, 2, 3].map((index) => sidesInRound(index).join(''))).toEqual(['ab', 'ba', 'ab', 'ba']);
  });

  it('prints each measure with both medians and the paired ratio', () => {
    const text = formatPairs(summarisePairs([round(2), round(2)], [round(1), round(1)]), 2);
    expect(text).toContain('medians of 2 paired rounds');
    expect(text).toMatch(/process CPU, ms\s+2\.000\s+1\.000\s+×0\.500/);
    expect(text).toMatch(/statements\s+2\.000\s+2\.000\s+×1\.000/);
  });
});
