import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ownerOf, topShares } from './profile.js';

/** V8 writes /tmp/perf-<pid>.map with its JIT code, so perf can name JavaScript frames. */
export const PERF_MAP_FLAG = '--perf-basic-prof-only-functions';

/** NODE_OPTIONS with the perf map flag added, keeping what is there (.npmrc's --max-semi-space-size). */
export function withPerfMap(nodeOptions: string | undefined): string {
  const options = nodeOptions?.trim() ?? '';
  return options.split(/\s+/).includes(PERF_MAP_FLAG) ? options : `${options} ${PERF_MAP_FLAG}`.trim();
}

/** Whether this process was started with the perf map flag (V8 reads it only at start-up). */
export function hasPerfMap(): boolean {
  return process.execArgv.includes(PERF_MAP_FLAG) || (process.env.NODE_OPTIONS ?? '').split(/\s+/).includes(PERF_MAP_FLAG);
}

/**
 * Runs this script again with the perf map flag, so the load generator's frames have names too,
 * and resolves with its exit code. Ctrl-C reaches both processes; this one waits for the other.
 */
export async function runAgainWithPerfMap(): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: withPerfMap(process.env.NODE_OPTIONS) },
  });
  const ignore = () => {};
  process.on('SIGINT', ignore);
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  process.off('SIGINT', ignore);
  return code ?? (signal ? 1 : 0);
}

/** Fails unless `perf` can be run. */
export async function checkPerf(): Promise<void> {
  let problem: string | undefined;
  try {
    const [code] = (await once(spawn('perf', ['--version'], { stdio: 'ignore' }), 'exit')) as [number | null];
    if (code !== 0) problem = `perf --version exited with code ${code}`;
  } catch (error) {
    problem = (error as Error).message;
  }
  if (problem) throw new Error(`--perf needs Linux perf on the PATH (e.g. apt-get install linux-perf), run as root: ${problem}`);
}

/**
 * `perf record -a -g` over the whole machine, started paused; `resume` and `pause` bracket the
 * measured rounds (through perf's control descriptors, acknowledged, so no round is cut short).
 */
export class PerfRecorder {
  private stderr = '';
  private exited: Promise<[number | null, NodeJS.Signals | null]>;
  private stopped = false;

  private constructor(
    readonly file: string,
    private readonly child: ChildProcess,
  ) {
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => (this.stderr += chunk));
    // The control pipes break when perf exits; that is reported from its exit and stderr.
    for (const pipe of [child.stdio[3], child.stdio[4]]) pipe?.on('error', () => {});
    this.exited = (once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>).catch(() => [null, null]);
    // perf record -a must not outlive the bench, whichever way it ends.
    const onExit = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    };
    process.on('exit', onExit);
    child.once('exit', () => process.off('exit', onExit));
  }

  /** Starts perf and waits until it answers, so a perf that cannot record fails here. */
  static async start(file: string, frequency = 297): Promise<PerfRecorder> {
    const args = ['record', '-a', '-g', '-F', String(frequency), '-o', file, '-D', '-1', '--control', 'fd:3,4'];
    const child = spawn('perf', args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
    try {
      await once(child, 'spawn');
    } catch (error) {
      throw new Error(`perf record could not be started: ${(error as Error).message}`);
    }
    const recorder = new PerfRecorder(file, child);
    await recorder.command('disable');
    return recorder;
  }

  resume(): Promise<void> {
    return this.command('enable');
  }

  pause(): Promise<void> {
    return this.command('disable');
  }

  /** Sends a control command and waits for perf's ack; fails with perf's message if it exits. */
  private async command(command: 'enable' | 'disable'): Promise<void> {
    const ack = this.child.stdio[4] as NodeJS.ReadableStream;
    const acked = new Promise<void>((resolve) => {
      const onData = (chunk: Buffer) => {
        if (!chunk.toString().includes('ack')) return;
        ack.off('data', onData);
        resolve();
      };
      ack.on('data', onData);
    });
    (this.child.stdio[3] as NodeJS.WritableStream).write(`${command}\n`);
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      acked.then(() => 'ok' as const),
      this.exited.then(([code, signal]) => `perf record exited (${signal ?? `code ${code}`})`),
      new Promise<string>((resolve) => (timer = setTimeout(() => resolve('perf record did not answer within 60 s'), 60_000))),
    ]);
    clearTimeout(timer);
    if (outcome !== 'ok') {
      this.child.kill('SIGKILL');
      throw new Error(`${outcome} on "${command}": ${this.stderr.trim() || 'no message'}`);
    }
  }

  /** Stops recording (SIGINT, as perf expects) and waits until perf.data is written. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGINT');
    const [code, signal] = await this.exited;
    // perf record re-raises SIGINT after writing its data.
    if (!(code === 0 || signal === 'SIGINT')) throw new Error(`perf record failed (${signal ?? `code ${code}`}): ${this.stderr.trim()}`);
  }

  /** After a failed run: ends perf without waiting for its data. */
  abandon(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.child.kill('SIGKILL');
  }
}

/** One stack sample of `perf script -F comm,pid,tid,ip,sym`, innermost frame first. */
export interface PerfSample {
  comm?: string;
  pid: number;
  tid: number;
  frames: { ip: string; symbol: string }[];
}

const HEADER = /^\s*(?:(\S.*?)\s+)?(\d+)\/(\d+)\s*$/;
const FRAME = /^\s+([0-9a-f]+)\s+(.*?)\s*$/;

/** Samples from `perf script` output lines: a ` [comm] pid/tid` line, then indented `<ip> <symbol>` frames, then a blank line. */
export async function* readSamples(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<PerfSample> {
  let current: PerfSample | undefined;
  for await (const line of lines) {
    if (!line.trim()) {
      if (current) yield current;
      current = undefined;
      continue;
    }
    const frame = current ? FRAME.exec(line) : null;
    if (frame) {
      current!.frames.push({ ip: frame[1]!, symbol: frame[2]! });
      continue;
    }
    const header = HEADER.exec(line);
    if (header) {
      if (current) yield current;
      current = { comm: header[1], pid: Number(header[2]), tid: Number(header[3]), frames: [] };
    }
  }
  if (current) yield current;
}

export const GC_FRAME = /Heap::CollectGarbage|ScavengerCollector|Scavenger::|ConcurrentMarking|Sweeper|MarkCompact|IncrementalMarking|MinorMarkCompact/;
const JS_FRAME = /^JS:[*~^+]?(.*?)(?: (\S+))?$/;

/** A `JS:` frame's function and script (`file:///…:line:col`, a path, or `node:…`); none for WebAssembly, which has no script. */
export function jsFrame(symbol: string): { name: string; script: string; line: string } | undefined {
  const match = JS_FRAME.exec(symbol);
  if (!match?.[2]) return undefined;
  const where = /^(.*?)(?::(\d+))?(?::\d+)?$/.exec(match[2])!;
  return { name: match[1]!.trim() || '(anonymous)', script: where[1]!, line: where[2] ?? '' };
}

/** A sample's first frame as a function name; JIT tiers of one function count as one. */
function selfName(frame: { ip: string; symbol: string } | undefined): string {
  if (!frame) return '(no frames)';
  const js = jsFrame(frame.symbol);
  if (js) return `${js.name} ${path.basename(js.script)}${js.line ? `:${js.line}` : ''} [${ownerOf(js.script, js.name)}]`;
  // Kernel addresses on x86-64 start at 0xffff8…; the kernel's frames come first in a sample.
  return frame.ip.length === 16 && frame.ip.startsWith('ffff') ? `${frame.symbol} [kernel]` : frame.symbol;
}

/** Where a Node process's sample went: GC anywhere on the stack, else the first JS frame's package, else native. */
export function categoryOf(sample: PerfSample): string {
  if (sample.frames.some((frame) => GC_FRAME.test(frame.symbol))) return 'GC';
  for (const frame of sample.frames) {
    const js = jsFrame(frame.symbol);
    if (js) return ownerOf(js.script, js.name);
  }
  return 'native (no JS frame)';
}

export interface PerfGroup {
  name: string;
  /** Set for Node processes (the children and the bench), which get the breakdown. */
  pid?: number;
  samples: number;
  share: number;
  byCategory: { name: string; share: number }[];
  byFunction: { name: string; share: number }[];
  byCommand: { name: string; share: number }[];
}

export interface PerfSummary {
  samples: number;
  groups: PerfGroup[];
}

export const LOAD_GENERATOR = 'load generator';
export const POSTGRES = 'postgres (all PostgreSQL processes on the machine)';
export const IDLE = 'idle (pid 0)';
export const OTHER = 'other';

/** Shares of all samples per process group, with a breakdown inside each Node process. */
export async function summarisePerf(
  samples: AsyncIterable<PerfSample> | Iterable<PerfSample>,
  processes: { name: string; pid: number }[],
  benchPid: number,
): Promise<PerfSummary> {
  const node = new Map<number, string>([...processes.map(({ pid, name }) => [pid, name] as const), [benchPid, LOAD_GENERATOR]]);
  const tallies = new Map<string, { pid?: number; samples: number; categories: Map<string, number>; functions: Map<string, number>; commands: Map<string, number> }>();
  const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  // Every Node process is listed, with or without samples.
  for (const [pid, name] of node) tallies.set(name, { pid, samples: 0, categories: new Map(), functions: new Map(), commands: new Map() });
  let total = 0;
  for await (const sample of samples) {
    total++;
    const nodeName = node.get(sample.pid);
    const name = nodeName ?? (sample.comm === 'postgres' ? POSTGRES : sample.pid === 0 ? IDLE : OTHER);
    let tally = tallies.get(name);
    if (!tally) tallies.set(name, (tally = { pid: nodeName ? sample.pid : undefined, samples: 0, categories: new Map(), functions: new Map(), commands: new Map() }));
    tally.samples++;
    if (nodeName) count(tally.categories, categoryOf(sample));
    if (nodeName || name === POSTGRES) count(tally.functions, selfName(sample.frames[0]));
    if (name === OTHER) count(tally.commands, sample.comm ?? `pid ${sample.pid}`);
  }
  const groups = [...tallies.entries()]
    .map(([name, tally]) => ({
      name,
      pid: tally.pid,
      samples: tally.samples,
      share: total ? tally.samples / total : 0,
      byCategory: topShares(tally.categories, tally.samples, 12),
      byFunction: topShares(tally.functions, tally.samples, name === POSTGRES ? 10 : 15),
      byCommand: topShares(tally.commands, tally.samples, 8),
    }))
    .sort((a, b) => b.samples - a.samples || a.name.localeCompare(b.name));
  return { samples: total, groups };
}

export function formatPerfSummary(summary: PerfSummary): string {
  const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)}%`;
  const label = (group: PerfGroup) => (group.pid === undefined ? group.name : `${group.name} (pid ${group.pid})`);
  const lines = [`${summary.samples} samples over all CPUs; share of all samples:`];
  for (const group of summary.groups) lines.push(`  ${percent(group.share)}  ${label(group)}`);
  for (const group of summary.groups) {
    if (!group.byCategory.length && !group.byFunction.length && !group.byCommand.length) continue;
    lines.push('', `${label(group)}: ${group.samples} samples, ${percent(group.share).trim()} of all`);
    if (group.byCategory.length) lines.push('  by package (GC anywhere on the stack, else the first JS frame):', ...group.byCategory.map((entry) => `    ${percent(entry.share)}  ${entry.name}`));
    if (group.byFunction.length) lines.push('  hottest functions (self):', ...group.byFunction.map((entry) => `    ${percent(entry.share)}  ${entry.name}`));
    if (group.byCommand.length) lines.push('  by command:', ...group.byCommand.map((entry) => `    ${percent(entry.share)}  ${entry.name}`));
  }
  return lines.join('\n');
}

/** Reads `file` with `perf script`, summarises it, and writes summary.txt next to it. */
export async function summarisePerfData(file: string, processes: { name: string; pid: number }[], benchPid: number): Promise<string> {
  const script = spawn('perf', ['script', '-i', file, '-F', 'comm,pid,tid,ip,sym'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  script.stderr!.setEncoding('utf8');
  script.stderr!.on('data', (chunk: string) => (stderr += chunk));
  const failure = once(script, 'exit').then(
    ([code, signal]) => (code === 0 ? undefined : `${signal ?? `code ${code}`}`),
    (error: Error) => error.message,
  );
  const summary = await summarisePerf(readSamples(createInterface({ input: script.stdout!, crlfDelay: Infinity })), processes, benchPid);
  const failed = await failure;
  if (failed) throw new Error(`perf script failed (${failed}): ${stderr.trim()}`);
  const text = formatPerfSummary(summary);
  await writeFile(path.join(path.dirname(file), 'summary.txt'), `${text}\n`);
  return text;
}

/** Moves the Node processes' JIT maps from /tmp next to perf.data; returns how many were moved. */
export async function keepPerfMaps(directory: string, pids: number[]): Promise<number> {
  let moved = 0;
  for (const pid of pids) {
    const from = `/tmp/perf-${pid}.map`;
    if (!(await stat(from).catch(() => undefined))) continue;
    const to = path.join(directory, path.basename(from));
    await rename(from, to).catch(async () => {
      await copyFile(from, to);
      await rm(from);
    });
    moved++;
  }
  return moved;
}
