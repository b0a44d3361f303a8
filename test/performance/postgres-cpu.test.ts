import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@mentor/testkit';
import { backendCpuBetween, PostgresCpu, processCpuMicros } from '@mentor/bench/postgres-cpu';

describe("the bench's PostgreSQL CPU reading", () => {
  it('reads a process’s CPU from /proc, and nothing for a process that is gone', async () => {
    // Work first, so the process has CPU time to show.
    let sum = 0;
    for (let index = 0; index < 5_000_000; index++) sum += index % 7;
    expect(sum).toBeGreaterThan(0);
    const fromProc = await processCpuMicros(process.pid);
    const own = process.cpuUsage();
    // /proc counts in clock ticks (10 ms): the two agree within a few ticks.
    expect(fromProc).toBeGreaterThan(0);
    expect(Math.abs(fromProc! - (own.user + own.system))).toBeLessThan(100_000);
    expect(await processCpuMicros(2 ** 22 + 1)).toBeUndefined();
  });

  it('counts what each backend spent in between, a new backend whole, and says how many ended', () => {
    const before = new Map([[1, 1_000], [2, 5_000], [3, 7_000]]);
    const after = new Map([[1, 4_000], [2, 5_000], [4, 2_500]]);
    expect(backendCpuBetween(before, after)).toEqual({ cpuMicros: 3_000 + 0 + 2_500, vanished: 1 });
  });

  describe('on a real server', () => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    let other: Awaited<ReturnType<typeof createTestDatabase>>;
    let watcher: PostgresCpu;
    beforeAll(async () => {
      database = await createTestDatabase('pgcpu');
      other = await createTestDatabase('pgcpu_other');
      watcher = await PostgresCpu.open(database.url, [new URL(database.url).pathname.slice(1)]);
    });
    afterAll(async () => {
      await watcher?.close();
      await database?.drop();
      await other?.drop();
    });

    it('sees the CPU a query costs its backend, and not the work of a backend on another database', async () => {
      const client = new pg.Client({ connectionString: database.url });
      const bystander = new pg.Client({ connectionString: other.url });
      await Promise.all([client.connect(), bystander.connect()]);
      try {
        const before = await watcher.read();
        expect(before.size).toBe(1);
        await bystander.query('SELECT sum(g) FROM generate_series(1, 3000000) g');
        const idle = backendCpuBetween(before, await watcher.read());
        expect(idle.cpuMicros).toBeLessThan(50_000);
        const started = process.hrtime.bigint();
        await client.query('SELECT sum(g) FROM generate_series(1, 3000000) g');
        const wallMicros = Number(process.hrtime.bigint() - started) / 1000;
        const busy = backendCpuBetween(before, await watcher.read());
        // The query kept its backend busy: most of its wall time was that backend's CPU.
        expect(busy.cpuMicros).toBeGreaterThan(wallMicros * 0.3);
        expect(busy.vanished).toBe(0);
      } finally {
        await Promise.all([client.end(), bystander.end()]);
      }
    });
  });
});
