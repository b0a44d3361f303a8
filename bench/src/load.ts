import autocannon from 'autocannon';
import { OPERATION_HEADER, signRequest, STATEMENTS_HEADER } from '@mentor/common';
import type { PostgresCpu } from './postgres-cpu.js';
import { backendCpuBetween } from './postgres-cpu.js';
import type { Child } from './processes.js';
import { itemCount, requestBody, type TargetName, type Workload } from './workloads.js';

/** Where one target's requests go and which processes serve them. */
export interface Target {
  name: TargetName;
  url: string;
  /** The gateway process, whose CPU is measured; none for `direct`. */
  gateway?: Child;
  /** The subgraph processes behind it, whose statements and CPU are measured. */
  subgraphs: Child[];
  /** Set for `direct`: requests are signed here, as the gateway would sign them. */
  signingSecret?: string;
  /** The target accepts only trusted documents: requests send the document's id, not its text. */
  trustedDocumentsOnly?: boolean;
  /** The PostgreSQL backends behind the subgraphs, whose CPU is read from /proc. */
  postgres: PostgresCpu;
}

function bodyFor(target: Target, workload: Workload): string {
  return requestBody(workload, workload.pageSize, target.trustedDocumentsOnly ? 'trusted' : 'text');
}

/** One measured run of one (workload, target) cell. */
export interface Sample {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  requests: number;
  sqlPerRequest: number;
  gatewayCpuMsPerRequest: number | null;
  subgraphCpuMsPerRequest: number;
  /** Each subgraph process's share, by service name. */
  subgraphCpuMsPerRequestBy: Record<string, number>;
  /** The PostgreSQL backends serving the subgraphs. */
  postgresCpuMsPerRequest: number;
  /** Gateway, subgraphs and PostgreSQL together: what one request costs the whole system. */
  systemCpuMsPerRequest: number;
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
}

/** A signed request's timestamp is accepted for a minute; a run must end well inside it. */
const MAX_SIGNED_RUN_SECONDS = 45;
/** Every this many responses one body is parsed in full; every body is searched for errors. */
const PARSE_EVERY = 50;

/** The headers of a request sent straight to a subgraph: the bearer token, and signed as the gateway signs it, now. */
export function signedHeaders(signingSecret: string, operationName: string, token: string, body: string): Record<string, string> {
  const authorization = `Bearer ${token}`;
  return { 'content-type': 'application/json', authorization, [OPERATION_HEADER]: operationName, ...signRequest(signingSecret, authorization, body) };
}

function headersFor(target: Target, workload: Workload, token: string, body: string): Record<string, string> {
  if (target.signingSecret) return signedHeaders(target.signingSecret, workload.operationName, token, body);
  return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
}

/** Why a GraphQL response is not a success, or undefined when it is one. */
export function failureOf(status: number, body: string): string | undefined {
  if (status < 200 || status >= 300) return `status ${status}: ${body.slice(0, 300)}`;
  let parsed: { data?: unknown; errors?: unknown[] };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return `not JSON: ${body.slice(0, 300)}`;
  }
  if (parsed.errors?.length) return `GraphQL errors: ${JSON.stringify(parsed.errors).slice(0, 500)}`;
  if (parsed.data === null || parsed.data === undefined) return 'no data';
  return undefined;
}

/** Sends the workload's request once and throws unless the answer has data and no errors. */
export async function probe(target: Target, workload: Workload, token: string): Promise<void> {
  const body = bodyFor(target, workload);
  const response = await fetch(target.url, { method: 'POST', headers: headersFor(target, workload, token, body), body });
  const text = await response.text();
  const failure = failureOf(response.status, text);
  if (failure) throw new Error(`${workload.name} on ${target.name}: ${failure}`);
  // An empty page would measure nothing: the caller must see the items the workload is about.
  if (itemCount(workload, (JSON.parse(text) as { data: unknown }).data) === 0) throw new Error(`${workload.name} on ${target.name}: the page is empty`);
}

async function totals(children: Child[]): Promise<{ cpuMicros: number; statements: number; byChild: number[] }> {
  const stats = await Promise.all(children.map((child) => child.stats()));
  return {
    cpuMicros: stats.reduce((sum, next) => sum + next.cpuMicros, 0),
    statements: stats.reduce((sum, next) => sum + next.statements, 0),
    byChild: stats.map((next) => next.cpuMicros),
  };
}

/** A subgraph process's service: `orders-unguarded` serves orders. */
const serviceOf = (child: Child) => child.name.replace(/-unguarded$/, '');

/** Waits until the subgraphs have finished what the last requests started (audit writes included). */
async function settle(children: Child[]): Promise<void> {
  let last = (await totals(children)).statements;
  for (let attempt = 0; attempt < 40; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = (await totals(children)).statements;
    if (now === last) return;
    last = now;
  }
}

/**
 * Drives the target at a fixed number of connections for a while and measures it from outside.
 * Each connection sends its own token, as separate sessions would: identical concurrent requests
 * with one token would let the Hive gateway's in-flight deduplication merge their subgraph fetches.
 */
export async function measure(target: Target, workload: Workload, tokens: readonly string[], options: LoadOptions): Promise<Sample> {
  if (target.signingSecret && options.durationSeconds > MAX_SIGNED_RUN_SECONDS) {
    throw new Error(`A signed run may last at most ${MAX_SIGNED_RUN_SECONDS} s`);
  }
  if (tokens.length < options.connections) throw new Error(`${options.connections} connections need as many tokens, got ${tokens.length}`);
  const body = bodyFor(target, workload);
  const headerSets = tokens.map((token) => headersFor(target, workload, token, body));
  let clients = 0;
  let responses = 0;
  let graphqlErrors = 0;
  let reportedStatements = 0;
  let firstFailure: string | undefined;
  const onResponse = (status: number, responseBody: string, _context: unknown, responseHeaders: Record<string, string | string[]>) => {
    responses++;
    // A success has no `errors` key at all; a full parse of every large body would load this process.
    const failure = responseBody.includes('"errors":') || responses % PARSE_EVERY === 1 ? failureOf(status, responseBody) : undefined;
    if (failure && status >= 200 && status < 300) {
      graphqlErrors++;
      firstFailure ??= failure;
    }
    const statements = responseHeaders[STATEMENTS_HEADER];
    if (typeof statements === 'string') reportedStatements += Number(statements);
  };

  await settle(target.subgraphs);
  const before = {
    subgraphs: await totals(target.subgraphs),
    gateway: target.gateway ? await target.gateway.stats() : undefined,
    postgres: await target.postgres.read(),
  };
  const result = await autocannon({
    url: target.url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    requests: [{ method: 'POST', body, onResponse }],
    setupClient: (client) => client.setHeaders(headerSets[clients++ % headerSets.length]!),
  });
  await settle(target.subgraphs);
  const after = {
    subgraphs: await totals(target.subgraphs),
    gateway: target.gateway ? await target.gateway.stats() : undefined,
    postgres: await target.postgres.read(),
  };
  const postgres = backendCpuBetween(before.postgres, after.postgres);
  // A backend that ended during the run took its CPU with it: the figure would be too low.
  if (postgres.vanished) process.stderr.write(`  ${workload.name} on ${target.name}: ${postgres.vanished} PostgreSQL backends ended during the run; their CPU is not counted\n`);
  if (firstFailure) process.stderr.write(`  ${workload.name} on ${target.name}: ${graphqlErrors} responses with errors; the first: ${firstFailure}\n`);

  // Requests still in flight when the run ended were served too: count them in the divisor.
  const served = Math.max(result.requests.sent, 1);
  const perRequest = (micros: number) => micros / 1000 / served;
  const gatewayCpuMsPerRequest = after.gateway && before.gateway ? perRequest(after.gateway.cpuMicros - before.gateway.cpuMicros) : null;
  const subgraphCpuMsPerRequest = perRequest(after.subgraphs.cpuMicros - before.subgraphs.cpuMicros);
  const postgresCpuMsPerRequest = perRequest(postgres.cpuMicros);
  return {
    rps: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts + graphqlErrors,
    requests: result.requests.total,
    // The subgraph's own count for each response when it answers the client itself; the process totals behind a gateway.
    sqlPerRequest: target.gateway ? (after.subgraphs.statements - before.subgraphs.statements) / served : reportedStatements / Math.max(responses, 1),
    gatewayCpuMsPerRequest,
    subgraphCpuMsPerRequest,
    subgraphCpuMsPerRequestBy: Object.fromEntries(
      target.subgraphs.map((child, index) => [serviceOf(child), perRequest(after.subgraphs.byChild[index]! - before.subgraphs.byChild[index]!)]),
    ),
    postgresCpuMsPerRequest,
    systemCpuMsPerRequest: (gatewayCpuMsPerRequest ?? 0) + subgraphCpuMsPerRequest + postgresCpuMsPerRequest,
  };
}
