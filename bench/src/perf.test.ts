import { describe, expect, it } from 'vitest';
import { repoRoot } from '@mentor/common';
import { formatPerfSummary, IDLE, LOAD_GENERATOR, OTHER, POSTGRES, readSamples, summarisePerf, withPerfMap } from './perf.js';

// `perf script -F comm,pid,tid,ip,sym` as it prints: the orders child is pid 101 (105 is one of
// its threads), the bench is pid 100.
const script = `
node  101/101  
	    7f0000001000 JS:*resolveOrder file://${repoRoot}/services/orders/dist/resolvers/Query.js:10:3
	    7f0000002000 JS:~execute ${repoRoot}/node_modules/graphql/execution/execute.js:100:5

node  101/101  
	    7f0000001100 JS:~resolveOrder file://${repoRoot}/services/orders/dist/resolvers/Query.js:10:3
	          d00000 uv__run_timers

V8 DefaultWorke  101/105  
	          d12e9c v8::internal::ScavengerCollector::CollectGarbage
	          d12175 v8::internal::Heap::PerformGarbageCollection
	    7f0000002100 JS:*execute ${repoRoot}/node_modules/graphql/execution/execute.js:100:5

node  101/101  
	    7f0000003000 JS:*executeFields ${repoRoot}/node_modules/@graphql-tools/executor/cjs/execution/execute.js:5:1

node  101/101  
	          d00000 uv__io_poll
	    7f0000004000 JS:^processTicksAndRejections node:internal/process/task_queues:95:1

node  101/101  
	ffffffff82242009 pvm_irq_enable
	               0 [unknown]

node  100/100  
	    7f0000006000 JS:wasm-function[10]-10-turbofan
	    7f0000005000 JS:* ${repoRoot}/node_modules/autocannon/lib/requestIterator.js:1:1

node  100/100  
	          e00000 uv__write

postgres  200/200  
	          500000 ExecInterpExpr

postgres  201/201  
	          500000 ExecInterpExpr

swapper     0/0    
	ffffffff82242009 default_idle

npm exec  300/300  
	          600000 main
`;

async function summary() {
  return summarisePerf(readSamples(script.split('\n')), [{ name: 'orders', pid: 101 }], 100);
}

describe("the bench's perf summary", () => {
  it('splits the samples by process: children by pid (all threads), the bench, PostgreSQL by command, idle, the rest', async () => {
    const { samples, groups } = await summary();
    expect(samples).toBe(12);
    expect(groups.map(({ name, samples: count, share }) => [name, count, share])).toEqual([
      ['orders', 6, 6 / 12],
      [LOAD_GENERATOR, 2, 2 / 12],
      [POSTGRES, 2, 2 / 12],
      [IDLE, 1, 1 / 12],
      [OTHER, 1, 1 / 12],
    ]);
  });

  it("attributes a Node process's samples to GC, else the first JS frame's package, else native", async () => {
    const orders = (await summary()).groups.find((group) => group.name === 'orders')!;
    expect(orders.pid).toBe(101);
    expect(orders.byCategory).toEqual([
      { name: 'ours: services/orders', share: 2 / 6 },
      { name: '@graphql-tools/executor', share: 1 / 6 },
      { name: 'GC', share: 1 / 6 },
      { name: 'native (no JS frame)', share: 1 / 6 },
      { name: 'node (core)', share: 1 / 6 },
    ]);
    // Self time: the first frame, whatever it is; one function in two JIT tiers counts once.
    expect(orders.byFunction).toEqual([
      { name: 'resolveOrder Query.js:10 [ours: services/orders]', share: 2 / 6 },
      { name: 'executeFields execute.js:5 [@graphql-tools/executor]', share: 1 / 6 },
      { name: 'pvm_irq_enable [kernel]', share: 1 / 6 },
      { name: 'uv__io_poll', share: 1 / 6 },
      { name: 'v8::internal::ScavengerCollector::CollectGarbage', share: 1 / 6 },
    ]);
    const bench = (await summary()).groups.find((group) => group.name === LOAD_GENERATOR)!;
    expect(bench.byCategory).toEqual([
      { name: 'autocannon', share: 1 / 2 },
      { name: 'native (no JS frame)', share: 1 / 2 },
    ]);
    // WebAssembly (hdr-histogram-js under autocannon) has no script: its JS caller's package counts.
    expect(bench.byFunction.map((entry) => entry.name)).toEqual(['JS:wasm-function[10]-10-turbofan', 'uv__write']);
  });

  it('reads lines without the command, and prints every group', async () => {
    const withoutComm = ' 101/101  \n\t    7f0000004000 JS:^processTicksAndRejections node:internal/process/task_queues:95:1\n\n 7/7  \n\t 1 x\n';
    const { groups } = await summarisePerf(readSamples(withoutComm.split('\n')), [{ name: 'orders', pid: 101 }], 100);
    expect(groups.map((group) => [group.name, group.share, group.byCategory])).toEqual([
      ['orders', 1 / 2, [{ name: 'node (core)', share: 1 }]],
      [OTHER, 1 / 2, []],
      [LOAD_GENERATOR, 0, []],
    ]);
    const text = formatPerfSummary(await summary());
    expect(text).toContain(' 50.0%  orders (pid 101)');
    expect(text).toContain(' 33.3%  ours: services/orders');
    expect(text).toContain('100.0%  npm exec');
  });

  it('adds the perf map flag to NODE_OPTIONS once, keeping what is there', () => {
    expect(withPerfMap('--max-semi-space-size=64')).toBe('--max-semi-space-size=64 --perf-basic-prof-only-functions');
    expect(withPerfMap(undefined)).toBe('--perf-basic-prof-only-functions');
    expect(withPerfMap('--perf-basic-prof-only-functions')).toBe('--perf-basic-prof-only-functions');
  });
});
