import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { databaseUrl, readEnvironment, repoRoot, serviceNames, type ServiceName } from '@mentor/common';
import { createTestIdentityProvider, demoUsers } from '@mentor/testkit';
import { prepareDatabases } from './database.js';
import { failureOf, signedHeaders } from './load.js';
import { positive } from './options.js';
import { formatPairs, sidesInRound, summarisePairs, type RoundMeasure } from './paired.js';
import { backendCpuBetween, PostgresCpu, processCpuTimes } from './postgres-cpu.js';
import { Child, type TrustConfig } from './processes.js';
import { workloadNamed } from './workloads.js';

/*
 * `npm run bench:pair`: one subgraph, two builds, the same request, in alternated rounds. Each side
 * runs in its own process on its own copy of the bench's database, and each round measures the
 * process's CPU (user and system, from /proc), its PostgreSQL backends' CPU and its statements per
 * request. The answer is the median of the rounds' ratios, b over a: a change of a few percent
 * shows here long before it rises above the noise of `npm run bench`.
 *
 *   --base <dir>       side a's tree (built: `npm run build` there); side b is this tree. Default: this tree.
 *   --unguarded <a|b>  that side runs without permissions and audit (what they cost). Repeatable.
 *   --service <name>   the subgraph (orders, mentors, partners). Default: orders.
 *   --workload <name>  a workload the subgraph answers alone (orders-only), as a client sends it.
 *   --request <name>   or a request as the gateway sends it: `institution-enrollments` (partners'
 *                      part of institution-view: institution staff, the enrollments of the 50 youths
 *                      of the institution's newest orders).
 *   --rounds, --requests (per round and side), --connections, --youths; --profile <a|b> writes a CPU profile.
 */
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    unguarded: { type: 'string', multiple: true, default: [] },
    service: { type: 'string', default: 'orders' },
    workload: { type: 'string' },
    request: { type: 'string' },
    rounds: { type: 'string' },
    requests: { type: 'string' },
    connections: { type: 'string' },
    youths: { type: 'string' },
    profile: { type: 'string' },
  },
});

const sides = ['a', 'b'] as const;
type Side = (typeof sides)[number];
const service = values.service as ServiceName;
if (!serviceNames.includes(service)) throw new Error(`--service is one of ${serviceNames.join(', ')}`);
for (const side of [...values.unguarded!, ...(values.profile ? [values.profile] : [])]) {
  if (!sides.includes(side as Side)) throw new Error('--unguarded and --profile take a or b');
}
if (Boolean(values.workload) === Boolean(values.request)) throw new Error('Give one of --workload and --request');
const rounds = positive('rounds', values.rounds, 12, true);
const requests = positive('requests', values.requests, 300, true);
const connections = positive('connections', values.connections, 4, true);
const trees: Record<Side, string> = { a: path.resolve(values.base ?? repoRoot), b: repoRoot };
if (values.workload && !workloadNamed(values.workload).targets.includes('direct')) {
  throw new Error(`${values.workload} is not answered by one subgraph alone; pick a --request`);
}
if (values.request && values.request !== 'institution-enrollments') throw new Error('--request is institution-enrollments');

const say = (line: string) => process.stdout.write(`${line}\n`);
const databases = await prepareDatabases(readEnvironment(), positive('youths', values.youths, 10_000, true));
const template = databases.urls[service];
const templateName = new URL(template).pathname.slice(1);
const admin = new pg.Client({ connectionString: databaseUrl(template, 'postgres') });
await admin.connect();
const copyUrl = (side: Side) => databaseUrl(template, `${templateName}_${side}`);

/** The request both sides answer: who sends it and its body. */
interface PairRequest {
  user: string;
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

async function requestToSend(): Promise<PairRequest> {
  if (values.workload) {
    const workload = workloadNamed(values.workload);
    return { user: workload.user, operationName: workload.operationName, query: workload.query, variables: workload.variables(workload.pageSize) };
  }
  if (service !== 'partners') throw new Error('institution-enrollments is a request to partners');
  // The youths of the institution's newest orders, as the gateway asks partners for them.
  const orders = new pg.Client({ connectionString: databases.urls.orders });
  await orders.connect();
  try {
    const { rows } = await orders.query<{ youth_id: string }>('SELECT youth_id FROM mentor_order WHERE institution_id = $1 ORDER BY created_at DESC LIMIT 50', [
      demoUsers.institution!.org,
    ]);
    return {
      user: 'institution',
      operationName: 'InstitutionStudents__partners__1',
      query: 'query InstitutionStudents__partners__1($representations: [_Any!]!) { _entities(representations: $representations) { ... on Youth { enrollments { id programme status startDate } } } }',
      variables: { representations: rows.map((row) => ({ __typename: 'Youth', id: row.youth_id })) },
    };
  } finally {
    await orders.end();
  }
}

interface Running {
  child: Child;
  postgres: PostgresCpu;
}

const running: Partial<Record<Side, Running>> = {};
let exitCode = 0;
try {
  const request = await requestToSend();
  const identity = await createTestIdentityProvider();
  const trust: TrustConfig = { publicJwk: identity.publicJwk, signingSecret: randomBytes(32).toString('hex') };
  for (const side of sides) {
    await admin.query(`DROP DATABASE IF EXISTS "${templateName}_${side}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${templateName}_${side}" TEMPLATE "${templateName}"`);
    const script = pathToFileURL(path.join(trees[side], 'bench', 'dist', 'children', 'subgraph.js'));
    await readFile(script).catch(() => {
      throw new Error(`${trees[side]} is not built: run npm run build there`);
    });
    const unguarded = values.unguarded!.includes(side);
    const child = await Child.start(`${service}-${side}`, script, { kind: 'subgraph', service, databaseUrl: copyUrl(side), unguarded, ...trust }, {
      profileDir: values.profile === side ? path.join(repoRoot, 'bench', 'profiles') : undefined,
    });
    running[side] = { child, postgres: await PostgresCpu.open(databaseUrl(template, 'postgres'), [`${templateName}_${side}`]) };
    say(`${side}: ${trees[side]}${unguarded ? ', unguarded' : ''} (pid ${child.process.pid})`);
  }

  const tokens = await Promise.all(Array.from({ length: connections }, () => identity.token(demoUsers[request.user]!)));
  const body = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName });
  const send = async (url: string, token: string): Promise<string> => {
    // Signed as the gateway signs it, at the moment it is sent.
    const response = await fetch(url, { method: 'POST', headers: signedHeaders(trust.signingSecret, request.operationName, token, body), body });
    const text = await response.text();
    const failure = failureOf(response.status, text);
    if (failure) throw new Error(failure);
    return text;
  };

  const measureRound = async (side: Side, count: number): Promise<RoundMeasure> => {
    const { child, postgres } = running[side]!;
    const pid = child.process.pid!;
    const [stats, times, backends] = await Promise.all([child.stats(), processCpuTimes(pid), postgres.read()]);
    const started = performance.now();
    let left = count;
    await Promise.all(
      tokens.map(async (token) => {
        while (left-- > 0) await send(child.url, token);
      }),
    );
    const wallMs = performance.now() - started;
    const [statsAfter, timesAfter, backendsAfter] = await Promise.all([child.stats(), processCpuTimes(pid), postgres.read()]);
    if (!times || !timesAfter) throw new Error(`${child.name} is gone`);
    const userMs = (timesAfter.userMicros - times.userMicros) / 1000 / count;
    const systemMs = (timesAfter.systemMicros - times.systemMicros) / 1000 / count;
    return {
      cpuMs: (statsAfter.cpuMicros - stats.cpuMicros) / 1000 / count,
      userMs,
      systemMs,
      postgresMs: backendCpuBetween(backends, backendsAfter).cpuMicros / 1000 / count,
      wallMs: wallMs / count,
      statements: (statsAfter.statements - stats.statements) / count,
    };
  };

  // Both sides must give the same answer, or the comparison compares different work.
  const [answerA, answerB] = await Promise.all(sides.map((side) => send(running[side]!.child.url, tokens[0]!)));
  if (answerA !== answerB) say(`note: the two sides' answers differ (${answerA!.length} and ${answerB!.length} characters)`);
  for (const side of sides) await measureRound(side, Math.min(requests, 200));

  const measured: Record<Side, RoundMeasure[]> = { a: [], b: [] };
  for (let index = 0; index < rounds; index++) {
    for (const side of sidesInRound(index)) measured[side].push(await measureRound(side, requests));
    const [a, b] = [measured.a.at(-1)!, measured.b.at(-1)!];
    say(`round ${index + 1}/${rounds}: CPU a ${a.cpuMs.toFixed(3)} b ${b.cpuMs.toFixed(3)} (×${(b.cpuMs / a.cpuMs).toFixed(3)}), PostgreSQL a ${a.postgresMs.toFixed(3)} b ${b.postgresMs.toFixed(3)} ms per request`);
  }
  say(formatPairs(summarisePairs(measured.a, measured.b), rounds));
} catch (error) {
  exitCode = 1;
  say(`bench:pair failed: ${(error as Error).message}`);
} finally {
  for (const side of sides) {
    await running[side]?.child.stop();
    await running[side]?.postgres.close();
    await admin.query(`DROP DATABASE IF EXISTS "${templateName}_${side}" WITH (FORCE)`).catch(() => undefined);
  }
  await admin.end();
  await databases.embedded?.stop();
}
process.exit(exitCode);
