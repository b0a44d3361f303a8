import { median } from './results.js';

/**
 * The statistics of a paired comparison (`npm run bench:pair`): two builds of one subgraph measured
 * in alternated rounds under the same load, so a slow spell of the machine falls on both sides of a
 * pair. What counts is the median of the pairs' ratios (b over a); each side's own median is shown
 * beside it.
 */

/** What one side measured in one round, per request. */
export interface RoundMeasure {
  /** CPU of the subgraph process (user plus system), ms. */
  cpuMs: number;
  userMs: number;
  systemMs: number;
  /** CPU of the PostgreSQL backends serving the side's database, ms. */
  postgresMs: number;
  /** Wall time, ms: the round's duration over its requests. */
  wallMs: number;
  /** SQL statements the process issued. */
  statements: number;
}

export type Metric = keyof RoundMeasure;
export const metrics: readonly Metric[] = ['cpuMs', 'userMs', 'systemMs', 'postgresMs', 'wallMs', 'statements'];

export interface MetricSummary {
  metric: Metric;
  a: number;
  b: number;
  /** The median of the rounds' b / a; null when a side measured nothing in every round. */
  ratio: number | null;
}

/** Which side goes first in round `index` (from 0): a first, then b first, and so on. */
export function sidesInRound(index: number): readonly ['a', 'b'] | readonly ['b', 'a'] {
  return index % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
}

/**
 * Each metric's median per side and the median of the rounds' ratios. Round `i` of a and of b
 * form one pair; a pair where a measured zero has no ratio (the process was too idle to read).
 */
export function summarisePairs(a: readonly RoundMeasure[], b: readonly RoundMeasure[]): MetricSummary[] {
  if (a.length === 0 || a.length !== b.length) throw new Error(`paired rounds must be as many on each side (a ${a.length}, b ${b.length})`);
  return metrics.map((metric) => {
    const ratios = a.flatMap((round, index) => (round[metric] > 0 ? [b[index]![metric] / round[metric]] : []));
    return {
      metric,
      a: median(a.map((round) => round[metric])),
      b: median(b.map((round) => round[metric])),
      ratio: ratios.length ? median(ratios) : null,
    };
  });
}

const labels: Record<Metric, string> = {
  cpuMs: 'process CPU, ms',
  userMs: '  of it user, ms',
  systemMs: '  of it system, ms',
  postgresMs: 'PostgreSQL CPU, ms',
  wallMs: 'wall time, ms',
  statements: 'statements',
};

/** The summary as a table per request: each side's median and the median paired ratio. */
export function formatPairs(summary: readonly MetricSummary[], rounds: number): string {
  const lines = [`per request, medians of ${rounds} paired rounds:`, `  ${'measure'.padEnd(20)} ${'a'.padStart(8)} ${'b'.padStart(8)} ${'b / a'.padStart(7)}`];
  for (const { metric, a, b, ratio } of summary) {
    lines.push(`  ${labels[metric].padEnd(20)} ${a.toFixed(3).padStart(8)} ${b.toFixed(3).padStart(8)} ${(ratio === null ? '–' : `×${ratio.toFixed(3)}`).padStart(7)}`);
  }
  return lines.join('\n');
}
