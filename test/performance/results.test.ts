import { describe, expect, it } from 'vitest';
import { checkTargets, median, ratios, replaceResults, RESULTS_END, RESULTS_START, rpsRatio, validateResults, type Results, type Run } from '@mentor/bench/results';

const run = (overrides: Partial<Run>): Run => ({
  workload: 'dashboard',
  target: 'hive',
  connections: 10,
  rps: 400,
  p50Ms: 20,
  p99Ms: 40,
  errors: 0,
  sqlPerRequest: 10,
  gatewayCpuMsPerRequest: 1.5,
  subgraphCpuMsPerRequest: 6,
  subgraphCpuMsPerRequestBy: { orders: 4, mentors: 1, partners: 1 },
  postgresCpuMsPerRequest: 5,
  systemCpuMsPerRequest: 12.5,
  rounds: 3,
  ...overrides,
});

const results = (runs: Run[]): Results => ({
  runs,
  seedSeconds: 4.2,
  node: 'v20.20.2',
  cpus: 2,
  mode: 'quick',
  youths: 500,
  rows: { youths: 500, orders: 500, sessions: 4500 },
  durationSeconds: 2,
  startedAt: '2026-01-01T00:00:00.000Z',
});

describe('the results file check the bench exits on', () => {
  it('accepts a complete run', () => {
    expect(validateResults(results([run({}), run({ target: 'direct', workload: 'orders-only', gatewayCpuMsPerRequest: null })]))).toEqual([]);
  });

  it('rejects a cell with errors, one without answers, and a missing field', () => {
    const problems = validateResults(results([run({ errors: 3 }), run({ target: 'apollo-gateway', rps: 0 }), { ...run({}), p99Ms: undefined } as unknown as Run]));
    expect(problems).toEqual([
      'runs[0] (dashboard on hive): 3 error responses',
      'runs[1] (dashboard on apollo-gateway): no request was answered',
      'runs[2] (dashboard on hive): p99Ms is not a non-negative number',
    ]);
  });

  it('rejects a cell without PostgreSQL, system or per-subgraph CPU', () => {
    const problems = validateResults(
      results([{ ...run({}), postgresCpuMsPerRequest: undefined } as unknown as Run, run({ systemCpuMsPerRequest: 0 }), run({ subgraphCpuMsPerRequestBy: {} })]),
    );
    expect(problems).toEqual([
      'runs[0] (dashboard on hive): postgresCpuMsPerRequest is not a non-negative number',
      'runs[1] (dashboard on hive): systemCpuMsPerRequest is not a positive number',
      'runs[2] (dashboard on hive): subgraphCpuMsPerRequestBy has no CPU per subgraph',
    ]);
  });

  it('rejects a file without runs or seed time', () => {
    expect(validateResults({ runs: [], node: 'v20.0.0', cpus: 2 })).toEqual(['seedSeconds: not a non-negative number', 'runs: not a non-empty list']);
  });

  it('takes the median of the rounds', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('judges the targets from the medians', () => {
    const checks = checkTargets(
      results([
        run({ rps: 300, gatewayCpuMsPerRequest: 1 }),
        run({ target: 'apollo-gateway', rps: 200, gatewayCpuMsPerRequest: 3 }),
        run({ target: 'hive-no-shield', rps: 400 }),
      ]),
    );
    expect(checks.map((check) => [check.target, check.met])).toEqual([
      ['dashboard: whole-system CPU per request ≤ 15 ms (gateway + subgraphs + PostgreSQL)', true],
      ['dashboard: hive ahead of apollo-gateway (rps or gateway CPU/request)', true],
      ['dashboard: throughput through hive ≥ 2× apollo-gateway', false],
      ['dashboard: authorization + audit cost ≤ 15% of throughput', false],
      ['dashboard: SQL per request within one per entity type per subgraph (8)', false],
      ['dashboard: hive p99 ≤ 100 ms at 10 connections', true],
    ]);
    const overBudget = checkTargets(
      results([
        run({ systemCpuMsPerRequest: 15.5, p99Ms: 101 }),
        run({ target: 'apollo-gateway', rps: 200 }),
        run({ target: 'hive-no-shield', rps: 440 }),
        run({ workload: 'fanout', rps: 100 }),
        run({ workload: 'fanout', target: 'hive-no-shield', rps: 120 }),
      ]),
    );
    expect(overBudget.filter((check) => !check.target.includes('SQL per request')).map((check) => [check.target, check.met])).toEqual([
      ['dashboard: whole-system CPU per request ≤ 15 ms (gateway + subgraphs + PostgreSQL)', false],
      ['dashboard: hive ahead of apollo-gateway (rps or gateway CPU/request)', true],
      ['dashboard: throughput through hive ≥ 2× apollo-gateway', true],
      ['dashboard: authorization + audit cost ≤ 15% of throughput', true],
      ['fanout: authorization + audit cost ≤ 15% of throughput', false],
      ['dashboard: hive p99 ≤ 100 ms at 10 connections', false],
    ]);
    const withinBound = checkTargets(results([run({ workload: 'fanout', sqlPerRequest: 4 }), run({ workload: 'orders-only', sqlPerRequest: 5.5 })]));
    expect(withinBound.map((check) => [check.target, check.met])).toEqual([
      ['fanout: SQL per request within one per entity type per subgraph (4)', true],
      ['orders-only: SQL per request within one per entity type per subgraph (5)', false],
    ]);
  });

  it('sets the CPU authorization and audit cost beside their cost in throughput', () => {
    const found = ratios(
      results([
        run({ workload: 'orders-only', rps: 300, systemCpuMsPerRequest: 5 }),
        run({ workload: 'orders-only', target: 'hive-no-shield', rps: 400, systemCpuMsPerRequest: 4 }),
        run({ workload: 'fanout', systemCpuMsPerRequest: 10 }),
      ]),
    );
    expect(found).toEqual([{ label: 'orders-only: whole-system CPU per request hive / hive-no-shield', value: 1.25 }]);
  });

  it('compares throughput round by round when every round was measured', () => {
    // A machine that slowed down in round 3: the ratio of the medians (300 / 400 = 0.75) mixes rounds; each round's ratio is 0.9.
    const hive = run({ rps: 300, roundRps: [360, 300, 180], rounds: 3 });
    const unguarded = run({ target: 'hive-no-shield', rps: 400, roundRps: [400, 333.3, 200], rounds: 3 });
    expect(rpsRatio(hive, unguarded)).toBeCloseTo(0.9, 3);
    const [share] = checkTargets(results([hive, unguarded])).filter((check) => check.target.includes('authorization'));
    expect(share).toEqual({ target: 'dashboard: authorization + audit cost ≤ 15% of throughput', measured: '10.0%', met: true });
    // Without every round on both sides (an older file, a failed round): the ratio of the medians.
    expect(rpsRatio(run({ rps: 300, roundRps: [360, 300] }), unguarded)).toBe(0.75);
    expect(rpsRatio(run({ rps: 300 }), unguarded)).toBe(0.75);
    expect(validateResults(results([run({ roundRps: [1, 2], rounds: 3 }), run({ roundRps: [1, 0, 2], rounds: 3 }), hive]))).toEqual([
      'runs[0] (dashboard on hive): roundRps is not one positive rps per round',
      'runs[1] (dashboard on hive): roundRps is not one positive rps per round',
    ]);
  });

  it('replaces only the text between the markers', () => {
    const document = `# Benchmarks\n\nprose before\n\n${RESULTS_START}\nold table\n${RESULTS_END}\n\nprose after\n`;
    expect(replaceResults(document, 'new table')).toBe(`# Benchmarks\n\nprose before\n\n${RESULTS_START}\nnew table\n${RESULTS_END}\n\nprose after\n`);
    expect(() => replaceResults('# no markers', 'table')).toThrow(/markers/);
  });
});
