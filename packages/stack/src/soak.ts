import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { createLogger, databaseUrl, dropDatabase, freePort, REQUEST_ID_HEADER, serviceNames, startEmbeddedPostgres, type EmbeddedServer, type Identity, type ServiceName } from '@mentor/common';
import { createTestIdentityProvider, demoOrganisations, demoUsers, random, TEST_AUDIENCE, TEST_ISSUER } from '@mentor/testkit';
import { startReplicatedStack, type ReplicatedStackOptions } from './replicas.js';
import { drift, reconcileReplication, summary as reconcileSummary } from './reconcile.js';
import { openDatabases, seedDatabases, services, startStack, type RunningStack } from './stack.js';

/**
 * `npm run soak -- --seconds N`: the whole system on free ports under steady mixed load from every
 * role, with one subgraph and then PostgreSQL taken away and brought back midway; afterwards the
 * databases are checked against what the clients were told. Exits non-zero on any breach.
 */

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    concurrency: { type: 'string', default: '8' },
    youths: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    replicas: { type: 'string', default: '1' },
  },
});
const SECONDS = Number(args.seconds);
const CONCURRENCY = Number(args.concurrency);
const YOUTHS = Number(args.youths);
/** 1: the whole system in this process; more: each subgraph and the gateway that many times, each replica its own process behind a balancer. */
const REPLICAS = Number(args.replicas);
if (!(SECONDS > 0) || !(CONCURRENCY > 0) || !(YOUTHS > 0)) throw new Error('Give --seconds, --concurrency and --youths as positive numbers');
if (!Number.isInteger(REPLICAS) || REPLICAS < 1) throw new Error('Give --replicas as a whole number of at least 1');
const REQUEST_TIMEOUT_MS = 15_000;

const say = (line: string) => process.stdout.write(`soak: ${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const rng = random(Number(args.seed));
const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** Codes a client may be told when nothing is wrong (DESIGN §7). */
const expectedCodes = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'SERVICE_UNAVAILABLE']);


function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

interface Answer {
  status: number;
  data: Record<string, unknown> | null;
  errors: GraphQLError[];
  requestId: string;
  startedAt: number;
  endedAt: number;
}

/** One request a client sends, and what to remember when it succeeds. */
interface Call {
  name: string;
  token: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The subgraphs the operation reaches, and the response fields each one owns (for errors during its outage). */
  reaches: Partial<Record<ServiceName, string[]>>;
  onAnswer?: (answer: Answer) => void;
}

/** A planned outage: requests that overlap it may fail on the fields of `service` (all of them for the database). */
interface Outage {
  service: ServiceName | 'database';
  from: number;
  /** When it was started again. */
  back: number;
  /** The end of the window in which errors are expected: `back` and a grace for pools and connections. */
  to: number;
  /** The first request started after `back` that the outage's service answered in full. */
  recovered?: number;
}

// What the clients were told, to check the databases against at the end.
const sessions = new Map<string, { orderId: string; minutes: number; ids: Set<string> }>();
const created = { followUps: new Map<string, Set<string>>(), trainings: new Map<string, Set<string>>(), consents: new Map<string, Set<string>>() };
const concerns = new Set<string>();
const personalReads: { requestId: string; youthIds: string[] }[] = [];
const outages: Outage[] = [];
const tally = { requests: 0, ok: 0, refused: new Map<string, number>(), outageErrors: 0, unexpected: 0 };
const unexpectedSamples: string[] = [];

function inOutage(answer: Pick<Answer, 'startedAt' | 'endedAt'>, service: ServiceName): boolean {
  return outages.some((outage) => (outage.service === service || outage.service === 'database') && answer.startedAt <= outage.to && answer.endedAt >= outage.from);
}

/** Text only a server's internals produce: a stack frame, a source file, SQL, a driver's words. */
const internals = /\n\s+at |node_modules|\.(?:ts|js):\d+|\bSELECT\s[\s\S]*\sFROM\b|INSERT\s+INTO|syntax error at|violates \w+ constraint|duplicate key|ECONNREFUSED|QueryFailedError/i;

/** Whether an error is one a client may see: a deliberate code, or a failure on a field whose subgraph was planned to be away. */
function classify(call: Call, answer: Answer, error: GraphQLError): 'refused' | 'outage' | 'unexpected' {
  const code = error.extensions?.code;
  if (internals.test(error.message)) return 'unexpected';
  if (code && expectedCodes.has(code)) return 'refused';
  for (const [service, fields] of Object.entries(call.reaches) as [ServiceName, string[]][]) {
    if (!inOutage(answer, service)) continue;
    const onField = !error.path || fields.some((field) => error.path!.includes(field));
    if (onField) return 'outage';
  }
  return 'unexpected';
}

function unexpected(call: Call, detail: string): void {
  tally.unexpected++;
  if (unexpectedSamples.length < 15) unexpectedSamples.push(`${call.name}: ${detail.slice(0, 300)}`);
}

async function send(url: string, call: Call): Promise<Answer> {
  const requestId = `soak-${randomUUID()}`;
  const operationName = /(?:query|mutation)\s+(\w+)/.exec(call.query)?.[1];
  const startedAt = Date.now();
  tally.requests++;
  let answer: Answer;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${call.token}`, [REQUEST_ID_HEADER]: requestId },
      body: JSON.stringify({ query: call.query, variables: call.variables, operationName }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: GraphQLError[] };
    // The gateway answers the id it made for the request, which keys its audit records.
    answer = { status: response.status, data: body.data ?? null, errors: body.errors ?? [], requestId: response.headers.get(REQUEST_ID_HEADER) ?? requestId, startedAt, endedAt: Date.now() };
  } catch (error) {
    answer = { status: 0, data: null, errors: [{ message: `no answer: ${(error as Error).name}` }], requestId, startedAt, endedAt: Date.now() };
  }
  const verdicts = answer.errors.map((error) => classify(call, answer, error));
  if (answer.status >= 500 || answer.status === 0) {
    if (!Object.keys(call.reaches).some((service) => inOutage(answer, service as ServiceName))) unexpected(call, `HTTP ${answer.status} ${JSON.stringify(answer.errors)}`);
    else tally.outageErrors++;
  } else if (!answer.errors.length) {
    tally.ok++;
    for (const outage of outages) {
      const reached = outage.service === 'database' || outage.service in call.reaches;
      if (reached && outage.recovered === undefined && answer.startedAt >= outage.back) outage.recovered = answer.endedAt;
    }
  } else {
    answer.errors.forEach((error, index) => {
      if (verdicts[index] === 'unexpected') unexpected(call, `${error.extensions?.code ?? 'no code'} at ${error.path?.join('.') ?? '(no path)'}: ${error.message}`);
      else if (verdicts[index] === 'outage') tally.outageErrors++;
      else {
        const what = `${error.extensions!.code!} (${call.name})`;
        tally.refused.set(what, (tally.refused.get(what) ?? 0) + 1);
      }
    });
  }
  call.onAnswer?.(answer);
  return answer;
}

interface Fixtures {
  tokens: Record<string, string>;
  mentors: { token: string; sub: string; orders: string[] }[];
  unitYouths: string[];
  unitOrders: string[];
  allYouths: string[];
  providerMentors: string[];
  enrollments: string[];
}

async function loadFixtures(databases: Record<ServiceName, DataSource>, token: (identity: Identity) => Promise<string>): Promise<Fixtures> {
  const users = ['caseworker', 'provider', 'institution', 'youth-guide', 'social-worker', 'auditor'] as const;
  const tokens = Object.fromEntries(await Promise.all(users.map(async (user) => [user, await token(demoUsers[user]!)] as const)));
  const activeOrders = (await databases.orders.query(
    `SELECT o.id, o.mentor_id, o.provider_id FROM mentor_order o WHERE o.status = 'ACTIVE' AND o.mentor_id IS NOT NULL AND o.start_date <= $1 AND o.end_date >= $1 ORDER BY o.id`,
    [today()],
  )) as { id: string; mentor_id: string; provider_id: string }[];
  const byMentor = new Map<string, { provider: string; orders: string[] }>();
  for (const order of activeOrders) {
    const entry = byMentor.get(order.mentor_id) ?? { provider: order.provider_id, orders: [] };
    entry.orders.push(order.id);
    byMentor.set(order.mentor_id, entry);
  }
  const mentors = await Promise.all(
    [...byMentor].map(async ([sub, { provider, orders }]) => ({ sub, orders, token: await token({ sub, roles: ['MENTOR'], org: provider, name: 'Mentor' }) })),
  );
  const caseworker = demoUsers.caseworker!;
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  return {
    tokens,
    mentors,
    unitYouths: ids(await databases.orders.query('SELECT id FROM youth WHERE caseworker_unit_id = $1 ORDER BY id', [caseworker.org])),
    unitOrders: ids(
      await databases.orders.query(
        `SELECT o.id FROM mentor_order o JOIN youth y ON y.id = o.youth_id WHERE y.caseworker_unit_id = $1 AND o.status IN ('ACCEPTED', 'ACTIVE') AND o.start_date <= $2 ORDER BY o.id`,
        [caseworker.org, today()],
      ),
    ),
    allYouths: ids(await databases.orders.query('SELECT id FROM youth ORDER BY id')),
    providerMentors: ids(await databases.mentors.query('SELECT id FROM mentor WHERE provider_id = $1 ORDER BY id', [demoUsers.provider!.org])),
    enrollments: ids(
      await databases.partners.query(`SELECT id FROM enrollment WHERE institution_id = $1 AND status = 'ACTIVE' AND start_date <= $2 ORDER BY id`, [demoUsers.institution!.org, today()]),
    ),
  };
}

const psychiatry = demoOrganisations.find((organisation) => organisation.kind === 'PSYCHIATRY')!.id;

/** Youth ids in `nodes` whose personal field `field` came back: reads the audit must show. */
function readYouths(nodes: unknown, field: string): string[] {
  if (!Array.isArray(nodes)) return [];
  return nodes.flatMap((node) => {
    const youth = node as { id?: string; [key: string]: unknown } | null;
    return youth?.id && youth[field] != null ? [youth.id] : [];
  });
}

function edgesOf(data: Record<string, unknown> | null, field: string): Record<string, unknown>[] {
  const connection = data?.[field] as { edges?: { node: Record<string, unknown> }[] } | null | undefined;
  return connection?.edges?.map((edge) => edge.node) ?? [];
}

/** What a worker sends next: one call, or one call twice (one after the other, or both at once). */
interface Plan {
  calls: Call[];
  atOnce: boolean;
}

/** The mix: reads by every role, and writes that mentors, caseworkers, providers and schools make every day. */
function nextPlan(fixtures: Fixtures): Plan {
  const single = (call: Call): Plan => ({ calls: [call], atOnce: false });
  const { tokens } = fixtures;
  const roll = rng();
  if (roll < 0.2) {
    // A mentor logs a session; a flaky network sends some twice, some of those at the same moment.
    const mentor = pick(fixtures.mentors);
    const orderId = pick(mentor.orders);
    const key = `soak-session-${randomUUID()}`;
    const minutes = 5 + Math.floor(rng() * 6) * 5;
    sessions.set(key, { orderId, minutes, ids: new Set() });
    const call: Call = {
      name: 'logSession',
      token: mentor.token,
      query: `#graphql
        mutation SoakLogSession($input: LogSessionInput!) { logSession(input: $input) { id minutes } }`,
      variables: { input: { orderId, date: today(), minutes, form: 'IN_PERSON', place: 'INSTITUTION', journalNote: 'Samtale om ugens skema.', phase: 'COURSE', idempotencyKey: key } },
      reaches: { orders: ['logSession'] },
      onAnswer: (answer) => {
        const session = answer.data?.logSession as { id: string } | null | undefined;
        if (session) sessions.get(key)!.ids.add(session.id);
      },
    };
    const repeat = rng();
    return repeat < 0.3 ? { calls: [call, call], atOnce: repeat < 0.15 } : single(call);
  }
  if (roll < 0.3) {
    const key = `soak-follow-up-${randomUUID()}`;
    return single({
      name: 'recordFollowUp',
      token: tokens.caseworker!,
      query: `#graphql
        mutation SoakFollowUp($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id } }`,
      variables: { input: { orderId: pick(fixtures.unitOrders), date: today(), statusAssessment: 'Stabilt fremmøde.', progression: 'SOME', nextStep: 'Fortsæt.', idempotencyKey: key } },
      reaches: { orders: ['recordFollowUp'] },
      onAnswer: (answer) => remember(created.followUps, key, answer.data?.recordFollowUp),
    });
  }
  if (roll < 0.35) {
    const key = `soak-training-${randomUUID()}`;
    return single({
      name: 'recordTraining',
      token: tokens.provider!,
      query: `#graphql
        mutation SoakTraining($input: RecordTrainingInput!) { recordTraining(input: $input) { id } }`,
      variables: { input: { mentorId: pick(fixtures.providerMentors), heldOn: today(), topic: 'Tavshedspligt', hours: 1.5, givenBy: 'Center for Sikker By', idempotencyKey: key } },
      reaches: { mentors: ['recordTraining'] },
      onAnswer: (answer) => remember(created.trainings, key, answer.data?.recordTraining),
    });
  }
  if (roll < 0.4) {
    const key = `soak-consent-${randomUUID()}`;
    return single({
      name: 'recordConsent',
      token: tokens.caseworker!,
      query: `#graphql
        mutation SoakConsent($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      variables: { input: { youthId: pick(fixtures.unitYouths), bodyId: psychiatry, scope: 'Koordinering af behandling', givenOn: today(), idempotencyKey: key } },
      reaches: { partners: ['recordConsent'] },
      onAnswer: (answer) => remember(created.consents, key, answer.data?.recordConsent),
    });
  }
  if (roll < 0.45 && fixtures.enrollments.length) {
    const description = `Fravær noteret af soak ${randomUUID()}`;
    return single({
      name: 'reportAttendanceConcern',
      token: tokens.institution!,
      query: `#graphql
        mutation SoakConcern($input: ReportAttendanceConcernInput!) { reportAttendanceConcern(input: $input) { id } }`,
      variables: { input: { enrollmentId: pick(fixtures.enrollments), reportedOn: today(), description } },
      reaches: { partners: ['reportAttendanceConcern'] },
      onAnswer: (answer) => {
        if (answer.data?.reportAttendanceConcern) concerns.add(description);
      },
    });
  }
  const reads: (() => Call)[] = [
    () => ({
      name: 'caseworker youths',
      token: tokens.caseworker!,
      query: `#graphql
        query SoakCaseworkerYouths { youths(first: 10) { edges { node { id firstName lastName cpr } } } }`,
      reaches: { orders: ['youths'] },
      onAnswer: (answer) => personal(answer, readYouths(edgesOf(answer.data, 'youths'), 'cpr')),
    }),
    () => ({
      name: 'caseworker orders',
      token: tokens.caseworker!,
      query: `#graphql
        query SoakCaseworkerOrders { orders(first: 10, status: ACTIVE) { edges { node { id status deliveredHours mentor { id name } } } } }`,
      reaches: { orders: ['orders'], mentors: ['mentor'] },
    }),
    () => {
      const id = pick(fixtures.unitYouths);
      return {
        name: 'caseworker youth',
        token: tokens.caseworker!,
        query: `#graphql
          query SoakYouth($id: ID!) { youth(id: $id) { id firstName address orders(first: 3) { edges { node { id status } } } } }`,
        variables: { id },
        reaches: { orders: ['youth'] },
        onAnswer: (answer) => personal(answer, readYouths([answer.data?.youth], 'firstName')),
      };
    },
    () => {
      const mentor = pick(fixtures.mentors);
      return {
        name: 'mentor orders',
        token: mentor.token,
        query: `#graphql
          query SoakMentorOrders { orders(first: 10, status: ACTIVE) { edges { node { id deliveredHours youth { id firstName lastName } } } } }`,
        reaches: { orders: ['orders'] },
        onAnswer: (answer) => personal(answer, readYouths(edgesOf(answer.data, 'orders').map((order) => order.youth), 'firstName')),
      };
    },
    () => ({
      name: 'provider orders',
      token: tokens.provider!,
      query: `#graphql
        query SoakProviderOrders { orders(first: 10) { edges { node { id status mentor { id name } } } } }`,
      reaches: { orders: ['orders'], mentors: ['mentor'] },
    }),
    () => ({
      name: 'provider mentors',
      token: tokens.provider!,
      query: `#graphql
        query SoakProviderMentors { mentors(first: 10) { edges { node { id name } } } }`,
      reaches: { mentors: ['mentors'] },
    }),
    () => ({
      name: 'institution youths',
      token: tokens.institution!,
      query: `#graphql
        query SoakInstitutionYouths { youths(first: 10) { edges { node { id firstName lastName } } } }`,
      reaches: { orders: ['youths'] },
      onAnswer: (answer) => personal(answer, readYouths(edgesOf(answer.data, 'youths'), 'firstName')),
    }),
    () => ({
      name: 'youth guide youths',
      token: tokens['youth-guide']!,
      query: `#graphql
        query SoakGuideYouths { youths(first: 10) { edges { node { id firstName phone } } } }`,
      reaches: { orders: ['youths'] },
      onAnswer: (answer) => personal(answer, readYouths(edgesOf(answer.data, 'youths'), 'firstName')),
    }),
    () => ({
      name: 'social worker youths',
      token: tokens['social-worker']!,
      query: `#graphql
        query SoakSocialYouths { youths(first: 10) { edges { node { id firstName specialNeeds } } } }`,
      reaches: { orders: ['youths'] },
      onAnswer: (answer) => personal(answer, readYouths(edgesOf(answer.data, 'youths'), 'firstName')),
    }),
    () => ({
      name: 'auditor log',
      token: tokens.auditor!,
      query: `#graphql
        query SoakAuditLog($youthId: ID!) { auditLog(youthId: $youthId) { youthId records { at purpose outcome } } }`,
      variables: { youthId: pick(fixtures.allYouths) },
      reaches: { orders: ['auditLog', 'records'], partners: ['records'] },
    }),
  ];
  return single(pick(reads)());
}

function remember(store: Map<string, Set<string>>, key: string, result: unknown): void {
  const ids = store.get(key) ?? new Set<string>();
  const id = (result as { id?: string } | null | undefined)?.id;
  if (id) ids.add(id);
  store.set(key, ids);
}

function personal(answer: Answer, youthIds: string[]): void {
  if (youthIds.length) personalReads.push({ requestId: answer.requestId, youthIds });
}

/** What the soak started, to be stopped on every way out: the embedded server is a process of its own and would outlive us. */
const started: {
  stack?: { stop(): Promise<void> };
  databases?: Record<ServiceName, DataSource>;
  embedded?: EmbeddedServer;
  dataDir?: string;
  /** Databases the soak created on a server it does not own. */
  created?: string[];
} = {};
let releasing: Promise<void> | undefined;

function release(): Promise<void> {
  releasing ??= (async () => {
    await started.stack?.stop().catch((error: Error) => say(`stopping the stack failed: ${error.message}`));
    await Promise.all(Object.values(started.databases ?? {}).map((db) => db.destroy().catch(() => undefined)));
    await Promise.all((started.created ?? []).map((url) => dropDatabase(url).catch(() => undefined)));
    await started.embedded?.stop().catch(() => undefined);
    if (started.dataDir) await rm(started.dataDir, { recursive: true, force: true });
  })();
  return releasing;
}

/** Set by Ctrl-C or SIGTERM: the load stops, nothing is checked, everything started is stopped. */
let interrupted = false;
let loadRunning = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    say(`${signal}: stopping`);
    interrupted = true;
    // While the load runs, the run itself winds down and releases; otherwise do it here.
    if (!loadRunning) void release().then(() => process.exit(1));
  });
}

/** The system under load, whichever way it runs: where clients go, and how its mentors subgraph is taken away. */
interface System {
  url: string;
  description: string;
  /** What the outage stops: the one mentors subgraph, or one of its replicas. */
  mentorsName: string;
  stopMentors(): Promise<void>;
  startMentors(): Promise<void>;
  /** Breaches of the deployment itself (a replica that took no traffic); empty when there are none. */
  report(): string[];
  /** Where the subgraphs are reached, for the replication check. */
  directory: Record<ServiceName, string>;
  /** Delivers the replication events due now (in process); replicas' relays deliver on their own. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

async function startInProcess(
  databases: Record<ServiceName, DataSource>,
  verifyToken: Parameters<typeof startStack>[0]['verifyToken'],
  signingSecret: string,
  log: ReturnType<typeof createLogger>,
): Promise<System> {
  const stack: RunningStack = await startStack({ databases, verifyToken, signingSecret, log, production: false, auditRetentionDays: 180 });
  const { port } = stack.subgraphs.mentors;
  return {
    url: stack.gateway.url,
    description: `gateway ${stack.gateway.url}`,
    mentorsName: 'mentors subgraph',
    async stopMentors() {
      // As if the process died: its open connections go too, not only the listening socket.
      const stopping = stack.subgraphs.mentors.stop();
      stack.subgraphs.mentors.server.closeAllConnections();
      await stopping;
    },
    async startMentors() {
      stack.subgraphs.mentors = await services.mentors.createServer({
        db: databases.mentors,
        verifyToken,
        signingSecret,
        log: log.child({ service: 'mentors' }),
        port,
        peers: Object.fromEntries(serviceNames.map((name) => [name, stack.subgraphs[name].url])),
        auditRetentionDays: 180,
      });
    },
    report: () => [],
    get directory() {
      return Object.fromEntries(serviceNames.map((name) => [name, stack.subgraphs[name].url])) as Record<ServiceName, string>;
    },
    settle: async () => void (await stack.drainOutboxes()),
    stop: () => stack.stop(),
  };
}

async function startReplicas(urls: Record<ServiceName, string>, publicJwk: ReplicatedStackOptions['identity']['publicJwk'], signingSecret: string): Promise<System> {
  const stack = await startReplicatedStack({ databaseUrls: urls, replicas: REPLICAS, signingSecret, identity: { publicJwk, issuer: TEST_ISSUER, audience: TEST_AUDIENCE } });
  return {
    url: stack.url,
    description: `${REPLICAS} replicas of each subgraph and of the gateway, each its own process, behind round-robin balancers (${stack.url})`,
    mentorsName: 'mentors replica 1',
    stopMentors: () => stack.kill('mentors', 0),
    startMentors: () => stack.restart('mentors', 0),
    report() {
      const breaches: string[] = [];
      for (const [service, balancer] of Object.entries(stack.balancers)) {
        const counts = [...balancer.connections().values()];
        say(`${service}: connections per replica ${counts.join(' / ')}`);
        if (counts.length < REPLICAS || counts.some((count) => count === 0)) breaches.push(`${service}: a replica took no connection (${counts.join(' / ') || 'none'})`);
      }
      return breaches;
    },
    directory: Object.fromEntries(serviceNames.map((name) => [name, `http://127.0.0.1:${stack.balancers[name].port}/graphql`])) as Record<ServiceName, string>,
    settle: async () => undefined,
    stop: () => stack.stop(),
  };
}

async function main(): Promise<number> {
  const log = createLogger('soak', process.env.LOG_LEVEL ?? 'silent');
  const external = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  let embedded: EmbeddedServer | undefined;
  let dataDir: string | undefined;
  let pgPort = 0;
  const startedAt = Date.now();
  const suffix = randomBytes(4).toString('hex');
  try {
    let server: string;
    if (external) {
      server = external;
      say(`using the PostgreSQL server of ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'TEST_DATABASE_URL'} (databases soak_${suffix}_*)`);
    } else {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentor-soak-pg-'));
      started.dataDir = dataDir;
      pgPort = await freePort();
      embedded = await startEmbeddedPostgres(dataDir, pgPort);
      started.embedded = embedded;
      server = embedded.url;
      say(`embedded PostgreSQL on port ${pgPort} in ${dataDir}`);
    }
    const urls = Object.fromEntries(serviceNames.map((name) => [name, databaseUrl(server, `soak_${suffix}_${name}`)])) as Record<ServiceName, string>;
    if (external) started.created = Object.values(urls);
    const databases = await openDatabases(urls);
    started.databases = databases;
    await seedDatabases(databases, YOUTHS);
    const identity = await createTestIdentityProvider();
    const signingSecret = randomBytes(32).toString('hex');
    const system = REPLICAS > 1 ? await startReplicas(urls, identity.publicJwk, signingSecret) : await startInProcess(databases, identity.verifyToken, signingSecret, log);
    started.stack = system;
    // The two seeders write each side's copy of the replicated relations on their own: make them agree before the load.
    const seeded = await reconcileReplication({ orders: databases.orders, partners: databases.partners, directory: system.directory, signingSecret });
    await system.settle();
    say(`seeded replication reconciled: ${reconcileSummary(seeded).join('; ')}`);
    const fixtures = await loadFixtures(databases, (user) => identity.token(user));
    if (!fixtures.mentors.length || !fixtures.unitOrders.length || !fixtures.providerMentors.length) throw new Error('The demo data has no ACTIVE orders with mentors to drive');
    const before = await deliveredMinutes(databases.orders);
    say(`stack up in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: ${YOUTHS} youths, ${system.description}; ${SECONDS} s at ${CONCURRENCY} in flight`);

    if (interrupted) return 1;
    loadRunning = true;
    const runStarted = Date.now();
    const deadline = runStarted + SECONDS * 1000;
    const gatewayUrl = system.url;

    const faults = (async () => {
      await sleep(SECONDS * 350);
      if (interrupted) return;
      const mentorsOutage: Outage = { service: 'mentors', from: Date.now(), back: Number.POSITIVE_INFINITY, to: Number.POSITIVE_INFINITY };
      outages.push(mentorsOutage);
      await system.stopMentors();
      say(`t=${((Date.now() - runStarted) / 1000).toFixed(1)} s: ${system.mentorsName} stopped`);
      await sleep(Math.min(5_000, Math.max(1_000, SECONDS * 80)));
      await system.startMentors();
      mentorsOutage.back = Date.now();
      mentorsOutage.to = mentorsOutage.back + 2_000;
      say(`t=${((Date.now() - runStarted) / 1000).toFixed(1)} s: ${system.mentorsName} started again`);

      await sleep(Math.max(0, runStarted + SECONDS * 650 - Date.now()));
      if (interrupted) return;
      if (!embedded || !dataDir) {
        say('PostgreSQL restart skipped: the server is external, not ours to stop');
        return;
      }
      const databaseOutage: Outage = { service: 'database', from: Date.now(), back: Number.POSITIVE_INFINITY, to: Number.POSITIVE_INFINITY };
      outages.push(databaseOutage);
      await embedded.stop();
      say(`t=${((Date.now() - runStarted) / 1000).toFixed(1)} s: PostgreSQL stopped`);
      await sleep(1_000);
      embedded = await startEmbeddedPostgres(dataDir, pgPort);
      started.embedded = embedded;
      // Pools notice dead connections on their next use; give them a moment to reconnect.
      databaseOutage.back = Date.now();
      databaseOutage.to = databaseOutage.back + 5_000;
      say(`t=${((Date.now() - runStarted) / 1000).toFixed(1)} s: PostgreSQL started again`);
    })();

    const worker = async () => {
      while (Date.now() < deadline && !interrupted) {
        const plan = nextPlan(fixtures);
        if (plan.atOnce) await Promise.all(plan.calls.map((call) => send(gatewayUrl, call)));
        else for (const call of plan.calls) await send(gatewayUrl, call);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await faults;
    if (interrupted) {
      say(`${tally.requests} requests, 0 lost, 0 duplicated, ${tally.unexpected} unexpected errors (interrupted: nothing checked)`);
      return 1;
    }
    const runSeconds = (Date.now() - runStarted) / 1000;
    say(`${tally.requests} requests in ${runSeconds.toFixed(1)} s (${(tally.requests / runSeconds).toFixed(0)}/s): ${tally.ok} answered in full, ${[...tally.refused].map(([code, count]) => `${count} ${code}`).join(', ') || 'no refusals'}, ${tally.outageErrors} errors during the planned outages`);

    for (const outage of outages) {
      const recovery = outage.recovered === undefined ? 'no full answer since' : `full answers again ${((outage.recovered - outage.back) / 1000).toFixed(1)} s after it was back`;
      say(`${outage.service === 'database' ? 'PostgreSQL' : `${outage.service} subgraph`} away for ${((outage.back - outage.from) / 1000).toFixed(1)} s; ${recovery}`);
    }
    const breaches = await check(databases, system.url, fixtures, before);
    breaches.details.push(...system.report());
    breaches.details.push(...(await replicationAgrees(databases, system, signingSecret)));
    for (const sample of unexpectedSamples) say(`unexpected: ${sample}`);
    for (const breach of breaches.details) say(`breach: ${breach}`);
    say(`finished in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    say(`${tally.requests} requests, ${breaches.lost} lost, ${breaches.duplicates} duplicated, ${tally.unexpected} unexpected errors`);
    return breaches.lost || breaches.duplicates || tally.unexpected || breaches.details.length ? 1 : 0;
  } finally {
    await release();
  }
}

/** How long the relays get, after the load, to deliver what is still on its way. */
const REPLICATION_DEADLINE_MS = 30_000;

/**
 * Both sides hold the same replicated relations once the relays are drained: a dry-run
 * reconciliation finds no drift (tried until the deadline, for replicas' relays still retrying).
 */
async function replicationAgrees(databases: Record<ServiceName, DataSource>, system: System, signingSecret: string): Promise<string[]> {
  const deadline = Date.now() + REPLICATION_DEADLINE_MS;
  for (;;) {
    await system.settle();
    const report = await reconcileReplication({ orders: databases.orders, partners: databases.partners, directory: system.directory, signingSecret }, { dryRun: true });
    const drifted = drift(report);
    if (drifted === 0 || Date.now() > deadline) {
      for (const line of reconcileSummary(report)) say(`replication: ${line}`);
      return drifted === 0 ? [] : [`replication: ${drifted} youths differ between orders and partners after the relays drained`];
    }
    await sleep(250);
  }
}

async function deliveredMinutes(db: DataSource): Promise<Map<string, number>> {
  const rows = (await db.query('SELECT order_id, sum(minutes)::int AS minutes FROM mentor_session GROUP BY order_id')) as { order_id: string; minutes: number }[];
  return new Map(rows.map((row) => [row.order_id, row.minutes]));
}

/** The invariants, against the databases: a list of breaches, and the counts for the summary line. */
async function check(
  databases: Record<ServiceName, DataSource>,
  gatewayUrl: string,
  fixtures: Fixtures,
  before: Map<string, number>,
): Promise<{ lost: number; duplicates: number; details: string[] }> {
  const details: string[] = [];
  let lost = 0;
  let duplicates = 0;
  // Audit records are written just after the answer; let the last ones land.
  await sleep(500);

  // Sessions: every acknowledged one stored once; a key answered with two ids is a duplicate.
  const keys = [...sessions.keys()];
  const stored = (await databases.orders.query('SELECT id, idempotency_key, order_id, minutes FROM mentor_session WHERE idempotency_key = ANY($1)', [keys])) as {
    id: string;
    idempotency_key: string;
    order_id: string;
    minutes: number;
  }[];
  const storedByKey = new Map<string, string[]>();
  for (const row of stored) storedByKey.set(row.idempotency_key, [...(storedByKey.get(row.idempotency_key) ?? []), row.id]);
  for (const [key, session] of sessions) {
    const rows = storedByKey.get(key) ?? [];
    if (session.ids.size > 1) {
      duplicates++;
      details.push(`session key ${key} was answered with ${session.ids.size} different sessions`);
    }
    if (rows.length > 1) {
      duplicates++;
      details.push(`session key ${key} is stored ${rows.length} times`);
    }
    for (const id of session.ids) {
      if (rows.includes(id)) continue;
      lost++;
      details.push(`acknowledged session ${id} (key ${key}) is not stored`);
    }
  }

  const checkCreated = async (what: string, store: Map<string, Set<string>>, db: DataSource, table: string) => {
    const ids = [...store.values()].flatMap((set) => [...set]);
    const present = new Set(((await db.query(`SELECT id FROM ${table} WHERE id = ANY($1)`, [ids])) as { id: string }[]).map((row) => row.id));
    for (const [key, set] of store) {
      if (set.size > 1) {
        duplicates++;
        details.push(`${what} key ${key} was answered with ${set.size} different records`);
      }
      for (const id of set) {
        if (present.has(id)) continue;
        lost++;
        details.push(`acknowledged ${what} ${id} is not stored`);
      }
    }
    return ids.length;
  };
  let acknowledged = [...sessions.values()].reduce((total, session) => total + session.ids.size, 0);
  acknowledged += await checkCreated('follow-up', created.followUps, databases.orders, 'follow_up');
  acknowledged += await checkCreated('training', created.trainings, databases.mentors, 'training');
  acknowledged += await checkCreated('consent', created.consents, databases.partners, 'consent');
  const storedConcerns = new Set(
    ((await databases.partners.query('SELECT description FROM attendance_concern WHERE description = ANY($1)', [[...concerns]])) as { description: string }[]).map((row) => row.description),
  );
  for (const description of concerns) {
    if (storedConcerns.has(description)) continue;
    lost++;
    details.push(`acknowledged attendance concern "${description}" is not stored`);
  }
  acknowledged += concerns.size;

  // Delivered hours: what the API says for each order a session was logged on is what its sessions add up to.
  const after = await deliveredMinutes(databases.orders);
  const touched = [...new Set([...sessions.values()].map((session) => session.orderId))];
  const mentorOf = new Map(fixtures.mentors.flatMap((mentor) => mentor.orders.map((orderId) => [orderId, mentor.token] as const)));
  const addedByKey = new Map<string, number>();
  for (const row of stored) addedByKey.set(row.order_id, (addedByKey.get(row.order_id) ?? 0) + row.minutes);
  for (const orderId of touched) {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${mentorOf.get(orderId)}` },
      body: JSON.stringify({ query: 'query SoakDelivered($id: ID!) { order(id: $id) { deliveredHours } }', variables: { id: orderId }, operationName: 'SoakDelivered' }),
    });
    const body = (await response.json()) as { data?: { order: { deliveredHours: number } | null }; errors?: unknown[] };
    const minutes = after.get(orderId) ?? 0;
    const api = body.data?.order?.deliveredHours;
    // The API gives hours to two decimals.
    if (api === undefined || Math.abs(api - minutes / 60) > 0.005 + 1e-9) details.push(`order ${orderId}: deliveredHours ${String(api)} but its sessions add up to ${minutes / 60} h`);
    const expected = (before.get(orderId) ?? 0) + (addedByKey.get(orderId) ?? 0);
    if (minutes !== expected) details.push(`order ${orderId}: ${minutes} minutes stored, but ${expected} expected from the seed and the soak's keyed sessions`);
  }

  // Audit: every successful read of a youth's personal fields left a record for that youth and request.
  const requestIds = personalReads.map((read) => read.requestId);
  const audited = new Set(
    ((await databases.orders.query('SELECT request_id, youth_id FROM audit_record WHERE request_id = ANY($1)', [requestIds])) as { request_id: string; youth_id: string }[]).map(
      (row) => `${row.request_id}/${row.youth_id}`,
    ),
  );
  let reads = 0;
  let unaudited = 0;
  for (const read of personalReads) {
    for (const youthId of read.youthIds) {
      reads++;
      if (!audited.has(`${read.requestId}/${youthId}`)) unaudited++;
    }
  }
  if (unaudited) details.push(`${unaudited} of ${reads} personal-data reads have no audit record`);

  say(`checked: ${acknowledged} acknowledged writes, delivered hours of ${touched.length} orders, ${reads} audited personal reads in ${personalReads.length} requests`);
  return { lost, duplicates, details };
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`soak: failed: ${error.stack ?? error.message}\n`);
    say(`${tally.requests} requests, 0 lost, 0 duplicated, ${tally.unexpected} unexpected errors (aborted)`);
    process.exit(1);
  },
);
