import type { Sample } from './load.js';
import { serviceNames } from '@mentor/common';
import { statementBound, targetNames, workloadNamed, type TargetName, type WorkloadName } from './workloads.js';

/** One (workload, target, connections) cell: the median of its rounds. */
export interface Run {
  workload: WorkloadName;
  target: TargetName;
  connections: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx responses, connection errors, time-outs and responses with GraphQL errors, over all rounds. */
  errors: number;
  sqlPerRequest: number;
  /** Null for `direct`, which has no gateway. */
  gatewayCpuMsPerRequest: number | null;
  subgraphCpuMsPerRequest: number;
  /** Each subgraph process's share of `subgraphCpuMsPerRequest`, by service name. */
  subgraphCpuMsPerRequestBy: Record<string, number>;
  /** The PostgreSQL backends serving the subgraphs (from /proc). */
  postgresCpuMsPerRequest: number;
  /** Gateway, subgraphs and PostgreSQL together. */
  systemCpuMsPerRequest: number;
  rounds: number;
  /**
   * Each round's rps, in round order. The targets of a cell take their turns within a round, so a
   * round's rps of two targets were measured minutes apart at most: comparisons of throughput take
   * the median of the rounds' ratios (`rpsRatio`).
   */
  roundRps?: number[];
}

export interface Results {
  runs: Run[];
  seedSeconds: number;
  node: string;
  cpus: number;
  mode: 'full' | 'quick';
  youths: number;
  rows: { youths: number; orders: number; sessions: number };
  durationSeconds: number;
  startedAt: string;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** The median of each measure over the rounds (zeros without any); errors are summed, so one bad round shows. */
export function summarise(cell: { workload: WorkloadName; target: TargetName; connections: number }, samples: Sample[], hasGateway: boolean): Run {
  const of = (pick: (sample: Sample) => number) => (samples.length ? median(samples.map(pick)) : 0);
  const gatewayCpu = hasGateway ? of((sample) => sample.gatewayCpuMsPerRequest ?? 0) : null;
  return {
    ...cell,
    rps: round(of((sample) => sample.rps), 1),
    p50Ms: round(of((sample) => sample.p50Ms), 2),
    p99Ms: round(of((sample) => sample.p99Ms), 2),
    errors: samples.reduce((sum, sample) => sum + sample.errors, 0),
    sqlPerRequest: round(of((sample) => sample.sqlPerRequest), 2),
    gatewayCpuMsPerRequest: gatewayCpu === null ? null : round(gatewayCpu, 3),
    subgraphCpuMsPerRequest: round(of((sample) => sample.subgraphCpuMsPerRequest), 3),
    subgraphCpuMsPerRequestBy: Object.fromEntries(
      Object.keys(samples[0]?.subgraphCpuMsPerRequestBy ?? {}).map((service) => [service, round(of((sample) => sample.subgraphCpuMsPerRequestBy[service] ?? 0), 3)]),
    ),
    postgresCpuMsPerRequest: round(of((sample) => sample.postgresCpuMsPerRequest), 3),
    // The median of the rounds' sums, not the sum of the medians: each round's parts were measured together.
    systemCpuMsPerRequest: round(of((sample) => sample.systemCpuMsPerRequest), 3),
    rounds: samples.length,
    roundRps: samples.map((sample) => round(sample.rps, 1)),
  };
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Every problem with the shape and content of a results file; empty when it is valid. */
export function validateResults(value: unknown): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null) return ['not an object'];
  const results = value as Partial<Results>;
  if (!isNumber(results.seedSeconds) || results.seedSeconds < 0) problems.push('seedSeconds: not a non-negative number');
  if (typeof results.node !== 'string' || !/^v\d+\./.test(results.node)) problems.push('node: not a Node version');
  if (!Number.isInteger(results.cpus) || results.cpus! < 1) problems.push('cpus: not a positive whole number');
  if (!Array.isArray(results.runs) || results.runs.length === 0) return [...problems, 'runs: not a non-empty list'];
  results.runs.forEach((run, index) => {
    const where = `runs[${index}] (${run?.workload} on ${run?.target})`;
    if (typeof run.workload !== 'string') problems.push(`${where}: workload is not a name`);
    if (!targetNames.includes(run.target)) problems.push(`${where}: target is not one of ${targetNames.join(', ')}`);
    if (!Number.isInteger(run.connections) || run.connections < 1) problems.push(`${where}: connections is not a positive whole number`);
    for (const field of ['rps', 'p50Ms', 'p99Ms', 'sqlPerRequest', 'postgresCpuMsPerRequest'] as const) {
      if (!isNumber(run[field]) || run[field] < 0) problems.push(`${where}: ${field} is not a non-negative number`);
    }
    if (isNumber(run.rps) && run.rps === 0) problems.push(`${where}: no request was answered`);
    if (!isNumber(run.systemCpuMsPerRequest) || run.systemCpuMsPerRequest <= 0) problems.push(`${where}: systemCpuMsPerRequest is not a positive number`);
    const parts = Object.values(run.subgraphCpuMsPerRequestBy ?? {});
    if (parts.length === 0 || !parts.every((part) => isNumber(part) && part >= 0)) problems.push(`${where}: subgraphCpuMsPerRequestBy has no CPU per subgraph`);
    if (!Number.isInteger(run.errors) || run.errors < 0) problems.push(`${where}: errors is not a count`);
    else if (run.errors > 0) problems.push(`${where}: ${run.errors} error responses`);
    if (run.roundRps !== undefined && (!Array.isArray(run.roundRps) || run.roundRps.length !== run.rounds || !run.roundRps.every((rps) => isNumber(rps) && rps > 0))) {
      problems.push(`${where}: roundRps is not one positive rps per round`);
    }
    const cpu = run.gatewayCpuMsPerRequest;
    if (run.target === 'direct' ? cpu !== null : !isNumber(cpu) || cpu <= 0) {
      problems.push(`${where}: gatewayCpuMsPerRequest must be ${run.target === 'direct' ? 'null without a gateway' : 'a positive number'}`);
    }
  });
  return problems;
}

function find(results: Pick<Results, 'runs'>, workload: WorkloadName, target: TargetName): Run | undefined {
  return results.runs.find((run) => run.workload === workload && run.target === target);
}

/**
 * `a`'s throughput over `b`'s: the median of the rounds' ratios when both cells have every round,
 * else the ratio of the medians. The machine is shared: when it slows down for a while, both targets
 * of a round slow down together, and a ratio of the medians would mix a fast round of one with a
 * slow round of the other.
 */
export function rpsRatio(a: Run, b: Run): number {
  const [ours, theirs] = [a.roundRps, b.roundRps];
  if (ours?.length && theirs?.length === ours.length) return median(ours.map((rps, index) => rps / theirs[index]!));
  return a.rps / b.rps;
}

export interface Ratio {
  label: string;
  value: number;
}

/** The comparisons the issue asks for, from the medians (throughput: the median of the rounds' ratios, `rpsRatio`). */
export function ratios(results: Pick<Results, 'runs'>): Ratio[] {
  const found: Ratio[] = [];
  const workloadsMeasured = [...new Set(results.runs.map((run) => run.workload))];
  for (const workload of workloadsMeasured) {
    const hive = find(results, workload, 'hive');
    const apollo = find(results, workload, 'apollo-gateway');
    if (!hive || !apollo) continue;
    found.push({ label: `${workload}: rps hive / apollo-gateway`, value: rpsRatio(hive, apollo) });
    if (hive.gatewayCpuMsPerRequest && apollo.gatewayCpuMsPerRequest) {
      found.push({ label: `${workload}: gateway CPU per request apollo-gateway / hive`, value: apollo.gatewayCpuMsPerRequest / hive.gatewayCpuMsPerRequest });
    }
  }
  const hiveOrders = find(results, 'orders-only', 'hive');
  const direct = find(results, 'orders-only', 'direct');
  if (hiveOrders && direct) found.push({ label: 'orders-only: rps hive / direct', value: rpsRatio(hiveOrders, direct) });
  const hive = find(results, 'dashboard', 'hive');
  const unguarded = find(results, 'dashboard', 'hive-no-shield');
  if (hive && unguarded) found.push({ label: 'dashboard: rps hive-no-shield / hive', value: rpsRatio(unguarded, hive) });
  // What authorization and audit cost in CPU, beside what they cost in throughput (the target's
  // measure), which also counts the time requests spend waiting (an audit INSERT's commit) and the
  // load generator's share of the two cores.
  for (const workload of workloadsMeasured) {
    const guarded = find(results, workload, 'hive');
    const open = find(results, workload, 'hive-no-shield');
    if (!guarded || !open) continue;
    found.push({ label: `${workload}: whole-system CPU per request hive / hive-no-shield`, value: guarded.systemCpuMsPerRequest / open.systemCpuMsPerRequest });
  }
  return found;
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

/** The targets, judged on the medians and on `rpsRatio` (each one only when its cells were measured). */
export function checkTargets(results: Pick<Results, 'runs'>): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const times = (value: number) => `${value.toFixed(2)}×`;
  const workloadsMeasured = [...new Set(results.runs.map((run) => run.workload))];
  const dashboard = find(results, 'dashboard', 'hive');
  if (dashboard) {
    checks.push({
      target: 'dashboard: whole-system CPU per request ≤ 15 ms (gateway + subgraphs + PostgreSQL)',
      measured: `${dashboard.systemCpuMsPerRequest} ms (gateway ${dashboard.gatewayCpuMsPerRequest}, subgraphs ${dashboard.subgraphCpuMsPerRequest}, PostgreSQL ${dashboard.postgresCpuMsPerRequest})`,
      met: dashboard.systemCpuMsPerRequest <= 15,
    });
  }
  for (const workload of workloadsMeasured) {
    const hive = find(results, workload, 'hive');
    const apollo = find(results, workload, 'apollo-gateway');
    if (!hive || !apollo) continue;
    const throughput = rpsRatio(hive, apollo);
    const cpu = hive.gatewayCpuMsPerRequest && apollo.gatewayCpuMsPerRequest ? apollo.gatewayCpuMsPerRequest / hive.gatewayCpuMsPerRequest : 0;
    const measured = `rps ${times(throughput)}; gateway CPU/request ${hive.gatewayCpuMsPerRequest} ms vs ${apollo.gatewayCpuMsPerRequest} ms (apollo/hive ${times(cpu)})`;
    checks.push({ target: `${workload}: hive ahead of apollo-gateway (rps or gateway CPU/request)`, measured, met: throughput > 1 || cpu > 1 });
    if (workload === 'dashboard') checks.push({ target: 'dashboard: throughput through hive ≥ 2× apollo-gateway', measured, met: throughput >= 2 });
  }
  const hiveOrders = find(results, 'orders-only', 'hive');
  const direct = find(results, 'orders-only', 'direct');
  if (hiveOrders && direct) {
    const ratio = rpsRatio(hiveOrders, direct);
    checks.push({ target: 'orders-only: hive ≥ 0.5× direct', measured: times(ratio), met: ratio >= 0.5 });
  }
  for (const workload of workloadsMeasured) {
    const hive = find(results, workload, 'hive');
    const unguarded = find(results, workload, 'hive-no-shield');
    if (!hive || !unguarded) continue;
    const cost = 1 - rpsRatio(hive, unguarded);
    checks.push({ target: `${workload}: authorization + audit cost ≤ 15% of throughput`, measured: `${(cost * 100).toFixed(1)}%`, met: cost <= 0.15 });
  }
  for (const workload of workloadsMeasured) {
    const shipped = find(results, workload, 'hive');
    if (!shipped) continue;
    const bound = serviceNames.reduce((sum, service) => sum + statementBound(workloadNamed(workload), service), 0);
    checks.push({
      target: `${workload}: SQL per request within one per entity type per subgraph (${bound})`,
      measured: `${shipped.sqlPerRequest.toFixed(1)}`,
      met: shipped.sqlPerRequest <= bound,
    });
  }
  const tenConnections = results.runs.find((run) => run.workload === 'dashboard' && run.target === 'hive' && run.connections === 10);
  if (tenConnections) checks.push({ target: 'dashboard: hive p99 ≤ 100 ms at 10 connections', measured: `${tenConnections.p99Ms} ms`, met: tenConnections.p99Ms <= 100 });
  return checks;
}

const cell = (value: number | null, digits: number) => (value === null ? '–' : value.toFixed(digits));
const bySubgraph = (run: Run) => serviceNames.map((service) => cell(run.subgraphCpuMsPerRequestBy[service] ?? null, 2)).join(' / ');

/** The results as the Markdown the docs carry between their markers. */
export function resultsMarkdown(results: Results): string {
  const lines = [
    `Measured ${results.startedAt.slice(0, 10)} (${results.mode} run): Node ${results.node}, ${results.cpus} CPUs shared by load generator, gateways, subgraphs and PostgreSQL; ` +
      `${results.rows.youths.toLocaleString('en')} youths, ${results.rows.orders.toLocaleString('en')} orders, ${results.rows.sessions.toLocaleString('en')} sessions, seeded in ${results.seedSeconds.toFixed(1)} s; ` +
      `medians of ${Math.max(...results.runs.map((run) => run.rounds))} interleaved rounds of ${results.durationSeconds} s per cell.`,
    '',
    'CPU columns are milliseconds of CPU per request: the gateway process, each subgraph process (orders / mentors / partners), the PostgreSQL backends serving them (from /proc), and the whole system (their sum).',
    '',
    '| workload | target | connections | rps | p50 ms | p99 ms | errors | SQL / request | gateway CPU | subgraph CPU (orders / mentors / partners) | PostgreSQL CPU | system CPU |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.runs.map(
      (run) =>
        `| ${run.workload} | ${run.target} | ${run.connections} | ${run.rps.toFixed(0)} | ${run.p50Ms.toFixed(1)} | ${run.p99Ms.toFixed(1)} | ${run.errors} | ${run.sqlPerRequest.toFixed(1)} | ` +
        `${cell(run.gatewayCpuMsPerRequest, 2)} | ${run.subgraphCpuMsPerRequest.toFixed(2)} (${bySubgraph(run)}) | ${run.postgresCpuMsPerRequest.toFixed(2)} | ${run.systemCpuMsPerRequest.toFixed(2)} |`,
    ),
    '',
    'Ratios of throughput (and the authorization + audit share below) are medians of the rounds\' ratios: the two targets of a round were measured minutes apart at most.',
    '',
    '| ratio | value |',
    '|---|---:|',
    ...ratios(results).map((ratio) => `| ${ratio.label} | ${ratio.value.toFixed(2)} |`),
    '',
    '| target | measured | met |',
    '|---|---|---|',
    ...checkTargets(results).map((check) => `| ${check.target} | ${check.measured} | ${check.met ? 'yes' : '**no**'} |`),
  ];
  return lines.join('\n');
}

export const RESULTS_START = '<!-- bench:results:start (written by npm run bench; edit the prose around it) -->';
export const RESULTS_END = '<!-- bench:results:end -->';

/** The document with the text between the markers replaced; the prose around it stays. */
export function replaceResults(document: string, table: string): string {
  const start = document.indexOf(RESULTS_START);
  const end = document.indexOf(RESULTS_END);
  if (start === -1 || end === -1 || end < start) throw new Error(`The document has no results markers (${RESULTS_START} … ${RESULTS_END})`);
  return `${document.slice(0, start + RESULTS_START.length)}\n${table}\n${document.slice(end)}`;
}
