import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readEnvironment, repoRoot, serviceNames, type ServiceDirectory, type ServiceName } from '@mentor/common';
import { createTestIdentityProvider, demoUsers } from '@mentor/testkit';
import { supergraphPath, withSubgraphUrls } from '@mentor/gateway/compose';
import { prepareDatabases } from './database.js';
import { measure, probe, type Sample, type Target } from './load.js';
import { positive } from './options.js';
import { checkPerf, hasPerfMap, keepPerfMaps, PerfRecorder, runAgainWithPerfMap, summarisePerfData } from './perf.js';
import { PostgresCpu } from './postgres-cpu.js';
import { Child, type TrustConfig } from './processes.js';
import { formatSummary, summariseProfiles } from './profile.js';
import { checkTargets, ratios, replaceResults, resultsMarkdown, summarise, validateResults, type Results, type Run } from './results.js';
import { targetNames, trustedDocuments, workloadNamed, workloads, type TargetName, type Workload } from './workloads.js';

// `npm run bench [-- --quick] [-- --profile | --perf]`: every target under the same load, in one run.
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    perf: { type: 'boolean', default: false },
    youths: { type: 'string' },
    rounds: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string', default: '10' },
    workload: { type: 'string', multiple: true },
    target: { type: 'string', multiple: true },
  },
});

const quick = values.quick!;
const settings = {
  youths: positive('youths', values.youths, quick ? 500 : 10_000, true),
  rounds: positive('rounds', values.rounds, quick ? 2 : 5, true),
  durationSeconds: positive('duration', values.duration, quick ? 1 : 6),
  warmupSeconds: positive('warmup', values.warmup, quick ? 0.5 : 3),
  connections: values.connections!.split(',').map((text) => positive('connections', text, 10, true)),
};
const selectedWorkloads: Workload[] = values.workload?.length ? values.workload.map(workloadNamed) : [...workloads];
const selectedTargets = (values.target ?? targetNames) as TargetName[];
for (const target of selectedTargets) if (!targetNames.includes(target)) throw new Error(`Unknown target ${target}; one of: ${targetNames.join(', ')}`);
if (values.perf && values.profile) throw new Error('--perf and --profile cannot be combined: the inspector profiler would run inside the processes perf samples; choose one');
if (values.perf) {
  await checkPerf();
  // V8 names JIT code for perf only when started with the flag: the bench runs again with it.
  if (!hasPerfMap()) process.exit(await runAgainWithPerfMap());
}

const benchDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const resultsFile = path.join(benchDir, 'results.json');
const docsFile = path.join(repoRoot, 'docs', 'BENCHMARKS.md');
const say = (line: string) => process.stdout.write(`${line}\n`);
const runStarted = performance.now();

const env = readEnvironment();
const identity = await createTestIdentityProvider();
const trust: TrustConfig = { publicJwk: identity.publicJwk, signingSecret: randomBytes(32).toString('hex') };
// Set for --profile and --perf: numbers taken under a profiler are not written.
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const profileDir = values.profile || values.perf ? path.join(benchDir, 'profiles', values.perf ? `perf-${stamp}` : stamp) : undefined;
if (profileDir) await mkdir(profileDir, { recursive: true });

say(`bench: ${quick ? 'quick' : 'full'} run, ${settings.youths} youths, ${settings.rounds} rounds of ${settings.durationSeconds} s per cell at ${settings.connections.join(', ')} connections`);
const databases = await prepareDatabases(env, settings.youths);
say(`seed: ${databases.rows.youths} youths, ${databases.rows.orders} orders, ${databases.rows.sessions} sessions in ${databases.seedSeconds.toFixed(1)} s (${databases.server})`);

const children: Child[] = [];
const script = (name: string) => new URL(`./children/${name}.js`, import.meta.url);
async function startChild(name: string, file: string, config: Parameters<typeof Child.start>[2]): Promise<Child> {
  const child = await Child.start(name, script(file), config, { profileDir: values.profile ? profileDir : undefined, perfMap: values.perf });
  children.push(child);
  return child;
}

/** One set of the three subgraphs, each in its own process; `unguarded` ones are started without permissions and audit. */
async function startSubgraphs(unguarded: boolean): Promise<Record<ServiceName, Child>> {
  const started = await Promise.all(
    serviceNames.map((service) =>
      startChild(`${service}${unguarded ? '-unguarded' : ''}`, 'subgraph', { kind: 'subgraph', service, databaseUrl: databases.urls[service], unguarded, ...trust }),
    ),
  );
  const set = Object.fromEntries(serviceNames.map((name, index) => [name, started[index]!])) as Record<ServiceName, Child>;
  const peers: ServiceDirectory = Object.fromEntries(serviceNames.map((name) => [name, set[name].url]));
  for (const child of started) child.send({ type: 'peers', peers });
  return set;
}

let exitCode = 0;
let finished: Results | undefined;
let problems: string[] = [];
let postgres: PostgresCpu | undefined;
let recorder: PerfRecorder | undefined;
try {
  postgres = await PostgresCpu.open(databases.urls.orders, serviceNames.map((name) => new URL(databases.urls[name]).pathname.slice(1)));
  const needsUnguarded = selectedTargets.includes('hive-no-shield');
  const [guarded, unguarded] = await Promise.all([startSubgraphs(false), needsUnguarded ? startSubgraphs(true) : undefined]);
  const composed = await readFile(supergraphPath, 'utf8');
  const supergraphFor = (set: Record<ServiceName, Child>) => withSubgraphUrls(composed, Object.fromEntries(serviceNames.map((name) => [name, set[name].url])));
  const guardedSet = serviceNames.map((name) => guarded[name]);

  const targets = new Map<TargetName, Target>();
  const [hive, apollo, hiveUnguarded] = await Promise.all([
    selectedTargets.includes('hive') ? startChild('hive', 'hive', { kind: 'hive', supergraph: supergraphFor(guarded), trustedDocuments: trustedDocuments(), ...trust }) : undefined,
    selectedTargets.includes('apollo-gateway') ? startChild('apollo-gateway', 'apollo', { kind: 'apollo-gateway', supergraph: supergraphFor(guarded), ...trust }) : undefined,
    unguarded ? startChild('hive-no-shield', 'hive', { kind: 'hive', supergraph: supergraphFor(unguarded), trustedDocuments: trustedDocuments(), ...trust }) : undefined,
  ]);
  if (hive) targets.set('hive', { name: 'hive', url: hive.url, gateway: hive, subgraphs: guardedSet, trustedDocumentsOnly: true, postgres });
  if (apollo) targets.set('apollo-gateway', { name: 'apollo-gateway', url: apollo.url, gateway: apollo, subgraphs: guardedSet, postgres });
  if (selectedTargets.includes('direct')) {
    targets.set('direct', { name: 'direct', url: guarded.orders.url, subgraphs: [guarded.orders], signingSecret: trust.signingSecret, postgres });
  }
  if (hiveUnguarded && unguarded) {
    targets.set('hive-no-shield', {
      name: 'hive-no-shield',
      url: hiveUnguarded.url,
      gateway: hiveUnguarded,
      subgraphs: serviceNames.map((name) => unguarded[name]),
      trustedDocumentsOnly: true,
      postgres,
    });
  }
  say(`processes (${((performance.now() - runStarted) / 1000).toFixed(0)} s in): ${children.map((child) => `${child.name} (pid ${child.process.pid})`).join(', ')}`);

  // One token per connection and user: ten sessions of the same person, not one session ten times.
  const tokens = new Map<string, string[]>();
  const sessions = Math.max(...settings.connections);
  for (const workload of selectedWorkloads) {
    if (tokens.has(workload.user)) continue;
    const issued = await Promise.all(Array.from({ length: sessions }, () => identity.token(demoUsers[workload.user]!)));
    if (new Set(issued).size !== issued.length) throw new Error('The identity provider issued the same token twice');
    tokens.set(workload.user, issued);
  }

  const runs: Run[] = [];
  for (const connections of settings.connections) {
    for (const workload of selectedWorkloads) {
      const cells = workload.targets.map((name) => targets.get(name)).filter((target): target is Target => target !== undefined);
      const sessionTokens = tokens.get(workload.user)!;
      const samples = new Map<TargetName, Sample[]>(cells.map((target) => [target.name, []]));
      const failed = new Map<TargetName, string>();
      for (const target of cells) {
        try {
          await probe(target, workload, sessionTokens[0]!);
          await measure(target, workload, sessionTokens, { connections, durationSeconds: settings.warmupSeconds });
        } catch (error) {
          failed.set(target.name, (error as Error).message);
          say(`  ${workload.name} on ${target.name}: FAILED ${(error as Error).message}`);
        }
      }
      // --perf samples the measured rounds only: not start-up, seeding or warm-up.
      if (values.perf) {
        recorder ??= await PerfRecorder.start(path.join(profileDir!, 'perf.data'));
        await recorder.resume();
      }
      // Interleaved (A B C, B C A, …): a noisy neighbour on the shared machine hits every target alike.
      for (let round = 0; round < settings.rounds; round++) {
        for (let index = 0; index < cells.length; index++) {
          const target = cells[(index + round) % cells.length]!;
          if (failed.has(target.name)) continue;
          try {
            await probe(target, workload, sessionTokens[0]!);
            const sample = await measure(target, workload, sessionTokens, { connections, durationSeconds: settings.durationSeconds });
            samples.get(target.name)!.push(sample);
            say(
              `  ${workload.name.padEnd(16)} ${target.name.padEnd(14)} round ${round + 1}/${settings.rounds}: ${sample.rps.toFixed(0).padStart(5)} rps, ` +
                `p50 ${sample.p50Ms.toFixed(1)} ms, p99 ${sample.p99Ms.toFixed(1)} ms, ${sample.sqlPerRequest.toFixed(1)} SQL/req, ` +
                `CPU/req: gateway ${sample.gatewayCpuMsPerRequest === null ? '–' : sample.gatewayCpuMsPerRequest.toFixed(2)} ms, ` +
                `subgraphs ${sample.subgraphCpuMsPerRequest.toFixed(2)} ms, PostgreSQL ${sample.postgresCpuMsPerRequest.toFixed(2)} ms, ` +
                `system ${sample.systemCpuMsPerRequest.toFixed(2)} ms; errors ${sample.errors}`,
            );
          } catch (error) {
            failed.set(target.name, (error as Error).message);
            say(`  ${workload.name} on ${target.name}: FAILED ${(error as Error).message}`);
          }
        }
      }
      await recorder?.pause();
      for (const target of cells) {
        const run = summarise({ workload: workload.name, target: target.name, connections }, samples.get(target.name)!, target.gateway !== undefined);
        // A failed cell stays in the results with its error, so the file fails validation.
        if (failed.has(target.name)) run.errors = Math.max(run.errors, 1);
        runs.push(run);
      }
    }
  }

  await recorder?.stop();

  const results: Results = {
    runs,
    seedSeconds: Number(databases.seedSeconds.toFixed(2)),
    node: process.version,
    cpus: os.availableParallelism(),
    mode: quick ? 'quick' : 'full',
    youths: settings.youths,
    rows: databases.rows,
    durationSeconds: settings.durationSeconds,
    startedAt: new Date(Date.now() - (performance.now() - runStarted)).toISOString(),
  };

  say('');
  say(resultsMarkdown(results));
  const partial = Boolean(values.workload?.length || values.target?.length) || !settings.connections.includes(10);
  if (profileDir || partial) {
    const why = values.perf ? 'numbers taken under perf' : profileDir ? 'numbers taken under the profiler' : 'a partial run (--workload, --target, or no run at 10 connections)';
    say(`\n${why}: neither ${path.relative(repoRoot, resultsFile)} nor the docs are written`);
  } else {
    await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    say(`\nwrote ${path.relative(repoRoot, resultsFile)}`);
    if (quick) {
      say(`--quick: ${path.relative(repoRoot, docsFile)} keeps the numbers of the last full run`);
    } else {
      await writeFile(docsFile, replaceResults(await readFile(docsFile, 'utf8'), resultsMarkdown(results)));
      say(`regenerated the results in ${path.relative(repoRoot, docsFile)}`);
    }
  }

  // What was written, read back: the file CI keeps must be valid, not just the object in memory.
  problems = validateResults(profileDir || partial ? results : (JSON.parse(await readFile(resultsFile, 'utf8')) as unknown));
  finished = results;
} catch (error) {
  exitCode = 1;
  process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
} finally {
  if (exitCode) recorder?.abandon();
  await postgres?.close();
  await Promise.all(children.map((child) => child.stop()));
  await databases.embedded?.stop();
}

if (values.perf && profileDir && recorder && !exitCode) {
  // After the children have stopped: their JIT maps in /tmp are complete.
  say(`\nperf: CPU samples of the whole machine during the measured rounds, in ${path.relative(repoRoot, profileDir)}:`);
  try {
    say(await summarisePerfData(recorder.file, children.map((child) => ({ name: child.name, pid: child.process.pid! })), process.pid));
    const pids = [...children.map((child) => child.process.pid!), process.pid];
    const moved = await keepPerfMaps(profileDir, pids);
    say(`(summary.txt written; ${moved} JIT maps moved from /tmp next to perf.data: copy them back to /tmp to read it with perf report)`);
  } catch (error) {
    exitCode = 1;
    process.stderr.write(`perf summary failed: ${(error as Error).message}\n`);
  }
}
if (values.profile && profileDir) {
  say(`\nCPU profiles in ${path.relative(repoRoot, profileDir)} (open in Chrome DevTools or speedscope):`);
  for (const summary of await summariseProfiles(profileDir)) say(formatSummary(summary));
}
say(`\nbench: ${((performance.now() - runStarted) / 1000).toFixed(0)} s`);
if (finished) {
  say('ratios (medians):');
  for (const ratio of ratios(finished)) say(`  ${ratio.label.padEnd(58)} ${ratio.value.toFixed(2)}`);
  say('targets:');
  for (const check of checkTargets(finished)) say(`  ${check.met ? 'met   ' : 'MISSED'} ${check.target}: ${check.measured}`);
}
if (problems.length) {
  exitCode = 1;
  say(`INVALID results (${problems.length} problems):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
}
process.exit(exitCode);
