import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import pg from 'pg';

/**
 * CPU time of the PostgreSQL backends that serve the bench's databases, read from /proc: the
 * server runs on this machine (embedded, or the loopback server), so its backends are processes
 * here. Only backends connected to the bench's databases count (another client of a shared server
 * does not); the server's background processes (WAL writer, checkpointer, autovacuum) are left out,
 * so the figure is what the requests themselves cost the database.
 */

/** Clock ticks per second, the unit of utime and stime in /proc/<pid>/stat. */
const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User and system CPU of a process in microseconds, or undefined when it is gone. */
export async function processCpuTimes(pid: number): Promise<{ userMicros: number; systemMicros: number } | undefined> {
  let stat: string;
  try {
    stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces: count fields after its end.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 (utime, stime) are the 12th and 13th after the command name.
  const [user, system] = [Number(fields[11]), Number(fields[12])];
  if (!Number.isFinite(user) || !Number.isFinite(system)) return undefined;
  return { userMicros: (user * 1_000_000) / ticksPerSecond, systemMicros: (system * 1_000_000) / ticksPerSecond };
}

/** User plus system CPU of a process in microseconds, or undefined when it is gone. */
export async function processCpuMicros(pid: number): Promise<number | undefined> {
  const times = await processCpuTimes(pid);
  return times && times.userMicros + times.systemMicros;
}

/** CPU per backend process id, at one moment. */
export type BackendCpu = Map<number, number>;

/** The CPU a set of backends spent between two readings; a backend that started in between counts whole. */
export function backendCpuBetween(before: BackendCpu, after: BackendCpu): { cpuMicros: number; vanished: number } {
  let cpuMicros = 0;
  for (const [pid, now] of after) cpuMicros += now - (before.get(pid) ?? 0);
  let vanished = 0;
  for (const pid of before.keys()) if (!after.has(pid)) vanished++;
  return { cpuMicros, vanished };
}

export class PostgresCpu {
  private constructor(
    private readonly client: pg.Client,
    private readonly databases: string[],
  ) {}

  /** Watches the backends of `databases` on the server `url` points at (any database of it). */
  static async open(url: string, databases: string[]): Promise<PostgresCpu> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return new PostgresCpu(client, databases);
  }

  /** The CPU of every backend connected to the watched databases now (this watcher's own excluded). */
  async read(): Promise<BackendCpu> {
    const { rows } = await this.client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = ANY($1) AND pid <> pg_backend_pid()',
      [this.databases],
    );
    const readings = await Promise.all(rows.map(async ({ pid }) => [pid, await processCpuMicros(pid)] as const));
    return new Map(readings.filter((reading): reading is readonly [number, number] => reading[1] !== undefined));
  }

  close(): Promise<void> {
    return this.client.end();
  }
}
