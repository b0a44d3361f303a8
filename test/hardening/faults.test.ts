import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, freePort, loadDevelopmentKey, openDatabase, readEnvironment, serviceNames, signRequest, signToken, startEmbeddedPostgres, type EmbeddedServer, type ServiceName } from '@mentor/common';
import { createTestDatabase, demoUsers, TEST_SIGNING_SECRET } from '@mentor/testkit';
import { services } from '@mentor/stack';
import { startTestStack, type TestStack } from '../support/stack.js';
import { waitFor, waitForValue } from '../support/wait.js';
import { leaks, type ErrorShape } from './checks.js';
import { today } from './mutations.js';

/**
 * Faults the system must survive on the whole stack, over real HTTP and real PostgreSQL: a
 * subgraph that goes away and comes back, a database that goes away and comes back, a SIGTERM in
 * the middle of a request, and two writers racing for one order.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const caseworker = demoUsers.caseworker!;


/**
 * A signed POST like the gateway's, over `agent`: a keep-alive agent holds its connections open
 * between requests, as the gateway's connection pool does. With `midway`, half the body is sent
 * and `midway` runs once the server has parsed the headers (it answers the request's
 * `expect: 100-continue`), so whatever it does happens while the request is certainly in flight;
 * then the rest of the body follows.
 */
function postSigned<T>(
  agent: Agent,
  url: string,
  body: unknown,
  token: string,
  midway?: () => Promise<void>,
): Promise<{ status: number; body: { data?: T; errors?: ErrorShape[] } }> {
  const text = Buffer.from(JSON.stringify(body));
  const authorization = `Bearer ${token}`;
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': text.length,
          authorization,
          ...signRequest(TEST_SIGNING_SECRET, authorization, text.toString('utf8')),
          ...(midway ? { expect: '100-continue' } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
          } catch (error) {
            reject(error);
          }
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    if (!midway) return void outgoing.end(text);
    outgoing.once('continue', () => midway().then(() => outgoing.end(text.subarray(text.length / 2)), reject));
    outgoing.flushHeaders();
    outgoing.write(text.subarray(0, text.length / 2));
  });
}

/** Errors that are not clean: a code outside `codes`, or a stack, SQL or driver text. */
function uncleanErrors(errors: ErrorShape[] | undefined, codes: string[]): string[] {
  return (errors ?? []).flatMap((error) => [
    ...(codes.includes(String(error.extensions?.code)) ? [] : [`${String(error.extensions?.code)}: ${error.message}`]),
    ...leaks(error).map((leak) => `${leak} (${String(error.extensions?.code)})`),
  ]);
}

const ordersWithMentors = `#graphql
  query FaultsOrdersWithMentors { orders(first: 20, status: ACTIVE) { edges { node { id status mentor { id name } } } } }`;

type OrdersWithMentors = { orders: { edges: { node: { id: string; status: string; mentor: { id: string; name: string | null } | null } }[] } | null };

describe('a subgraph that is down, and comes back', () => {
  let system: TestStack;

  beforeAll(async () => {
    system = await startTestStack({ youths: 40 });
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('answers the rest with errors on the missing fields, and recovers without a gateway restart', async () => {
    const healthy = await system.send<OrdersWithMentors>('caseworker', { query: ordersWithMentors, operationName: 'FaultsOrdersWithMentors' });
    expect(healthy.body.errors).toBeUndefined();
    const edges = healthy.body.data!.orders!.edges;
    expect(edges.length).toBeGreaterThan(5);
    expect(edges.every(({ node }) => node.mentor?.name)).toBe(true);

    const { port } = system.stack.subgraphs.mentors;
    await system.stack.subgraphs.mentors.stop();

    const partial = await system.send<OrdersWithMentors>('caseworker', { query: ordersWithMentors, operationName: 'FaultsOrdersWithMentors' });
    expect(partial.status).toBe(200);
    // The orders subgraph still answers: the same orders, in the same order, with their status.
    expect(partial.body.data?.orders?.edges.map(({ node }) => [node.id, node.status])).toEqual(edges.map(({ node }) => [node.id, node.status]));
    // What only the mentors subgraph knows is null, and every such null carries an error under its path.
    const names = partial.body.data!.orders!.edges.map(({ node }) => node.mentor?.name ?? null);
    expect(names.every((name) => name === null)).toBe(true);
    const errors = (partial.body.errors ?? []) as ErrorShape[];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((error) => error.path && !(error.path[0] === 'orders' && error.path.includes('mentor')))).toEqual([]);
    expect(errors.flatMap((error) => leaks(error))).toEqual([]);
    expect(JSON.stringify(errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|localhost/);

    // A write that must ask the mentors subgraph (the provider's catalogue) is refused as unavailable; nothing is stored.
    const [before] = (await system.databases.orders.query('SELECT count(*)::int AS n FROM mentor_order')) as [{ n: number }];
    const [youth] = (await system.databases.orders.query('SELECT id FROM youth WHERE caseworker_unit_id = $1 LIMIT 1', [caseworker.org])) as [{ id: string }];
    const place = await system.send('caseworker', {
      operationName: 'FaultsPlaceOrder',
      query: `#graphql
        mutation FaultsPlaceOrder($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`,
      variables: {
        input: {
          youthId: youth.id,
          providerId: demoUsers.provider!.org,
          institutionId: demoUsers.institution!.org,
          goalKind: 'EDUCATION',
          goal: 'Den unge gennemfører grundforløbet.',
          tasks: ['Støtte fremmøde'],
          requestedActivities: ['Støtte til studiestart'],
          weeklyHours: 1,
          weeks: 13,
          startDate: today(),
          deliveryMunicipalityCode: '101',
        },
      },
    });
    expect(place.body.errors?.map((error) => [error.extensions?.code, error.extensions?.service])).toEqual([['SERVICE_UNAVAILABLE', 'mentors']]);
    const [after] = (await system.databases.orders.query('SELECT count(*)::int AS n FROM mentor_order')) as [{ n: number }];
    expect(after.n).toBe(before.n);

    // The same subgraph on the same port: the running gateway finds it again.
    system.stack.subgraphs.mentors = await services.mentors.createServer({
      db: system.databases.mentors,
      verifyToken: system.identity.verifyToken,
      signingSecret: TEST_SIGNING_SECRET,
      log: createLogger('faults', 'silent'),
      port,
      peers: Object.fromEntries(serviceNames.map((name) => [name, system.stack.subgraphs[name].url])),
      auditRetentionDays: 180,
    });
    const recovered = await waitForValue(
      () => system.send<OrdersWithMentors>('caseworker', { query: ordersWithMentors, operationName: 'FaultsOrdersWithMentors' }),
      (response) => response.body.errors === undefined,
      { timeout: 15_000, interval: 200, message: 'the gateway to answer without errors once mentors is back' },
    );
    expect(recovered.body.errors).toBeUndefined();
    expect(recovered.body.data).toEqual(healthy.body.data);
  });

  it('audits each of several identical reads sent at once with one token, under its own request id', async () => {
    // A client re-sends, or two tabs ask, the same thing at the same moment: each request is a read of its own.
    const token = await system.token('caseworker');
    const request = { query: 'query FaultsSameRead { youths(first: 5) { edges { node { id firstName cpr } } } }', operationName: 'FaultsSameRead' };
    const sent: { requestId: string; youthIds: string[] }[] = [];
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        Array.from({ length: 6 }, async () => {
          const response = await system.send<{ youths: { edges: { node: { id: string; cpr: string | null } }[] } }>({ token }, request, { 'x-request-id': `faults-${randomUUID()}` });
          expect(response.body.errors).toBeUndefined();
          // The gateway's own id, under which the subgraphs keep the request's audit records.
          sent.push({ requestId: response.headers.get('x-request-id')!, youthIds: response.body.data!.youths.edges.filter(({ node }) => node.cpr).map(({ node }) => node.id) });
        }),
      );
    }
    expect(sent.every(({ youthIds }) => youthIds.length === 5)).toBe(true);
    const unaudited = async () => {
      const rows = (await system.databases.orders.query('SELECT request_id, youth_id FROM audit_record WHERE request_id = ANY($1)', [sent.map((read) => read.requestId)])) as {
        request_id: string;
        youth_id: string;
      }[];
      const audited = new Set(rows.map((row) => `${row.request_id}/${row.youth_id}`));
      return sent.filter(({ requestId, youthIds }) => youthIds.some((youthId) => !audited.has(`${requestId}/${youthId}`)));
    };
    // Each request's audit records are stored by the time its answer is written, or soon after; fail saying how many never were.
    let missing = sent;
    await waitFor(async () => (missing = await unaudited()).length === 0, {
      timeout: 5_000,
      interval: 100,
      message: () => `the audit records of every request (${missing.length} of ${sent.length} requests without theirs)`,
    });
  });

  it('lets exactly one of two writers with the same expectedVersion win, and loses nothing', async () => {
    const [order] = (await system.databases.orders.query(
      `SELECT o.id FROM mentor_order o JOIN youth y ON y.id = o.youth_id WHERE o.status = 'ACTIVE' AND y.caseworker_unit_id = $1 ORDER BY o.id LIMIT 1`,
      [caseworker.org],
    )) as [{ id: string }];
    const mutation = `#graphql
      mutation FaultsSps($input: RecordSpsClarificationInput!) { recordSpsClarification(input: $input) { version spsClarification { text } } }`;
    for (let round = 0; round < 6; round++) {
      const [{ version }] = (await system.databases.orders.query('SELECT version FROM mentor_order WHERE id = $1', [order.id])) as [{ version: number }];
      const texts = [`Afklaret af sagsbehandler A, runde ${round}.`, `Afklaret af sagsbehandler B, runde ${round}.`];
      const responses = await Promise.all(
        texts.map((text) =>
          system.send<{ recordSpsClarification: { version: number } | null }>('caseworker', {
            query: mutation,
            operationName: 'FaultsSps',
            variables: { input: { orderId: order.id, text, clarifiedOn: today(), expectedVersion: version } },
          }),
        ),
      );
      const outcomes = responses.map((response) => (response.body.data?.recordSpsClarification ? 'ok' : String(response.body.errors?.[0]?.extensions?.code)));
      expect(outcomes.sort(), `round ${round}`).toEqual(['CONFLICT', 'ok']);
      const winner = texts[responses.findIndex((response) => response.body.data?.recordSpsClarification)]!;
      const [stored] = (await system.databases.orders.query('SELECT version, sps_clarification FROM mentor_order WHERE id = $1', [order.id])) as [
        { version: number; sps_clarification: string },
      ];
      expect(stored).toEqual({ version: version + 1, sps_clarification: winner });
    }
  });
});

describe('PostgreSQL that stops, and starts again', () => {
  let dataDir: string;
  let port: number;
  let embedded: EmbeddedServer | undefined;
  let system: TestStack | undefined;

  beforeAll(async () => {
    // A server of this file's own: stopping the shared test server would fail every other file.
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentor-faults-pg-'));
    port = await freePort();
    embedded = await startEmbeddedPostgres(dataDir, port);
    system = await startTestStack({ youths: 20, databaseServer: embedded.url });
  });

  afterAll(async () => {
    await system?.stop().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const ordersQuery = `#graphql
    query FaultsOrders { orders(first: 5) { totalCount edges { node { id status } } } }`;
  const readiness = (service: ServiceName) => fetch(new URL('/readiness', system!.stack.subgraphs[service].url)).then((response) => response.status);

  it('refuses cleanly while it is down, reports not ready, and serves again once it is back', async () => {
    const healthy = await system!.send<{ orders: { edges: { node: { id: string } }[] } }>('caseworker', { query: ordersQuery, operationName: 'FaultsOrders' });
    expect(healthy.body.errors).toBeUndefined();
    const orderId = healthy.body.data!.orders.edges[0]!.node.id;
    expect(await Promise.all(serviceNames.map(readiness))).toEqual([200, 200, 200]);

    await embedded!.stop();
    embedded = undefined;

    const down = await system!.send('caseworker', { query: ordersQuery, operationName: 'FaultsOrders' });
    expect(down.body.data?.orders ?? null).toBeNull();
    expect(down.body.errors?.length).toBeGreaterThan(0);
    expect(uncleanErrors(down.body.errors as ErrorShape[], ['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE'])).toEqual([]);
    const write = await system!.send('caseworker', {
      operationName: 'FaultsSpsWhileDown',
      query: `#graphql
        mutation FaultsSpsWhileDown($input: RecordSpsClarificationInput!) { recordSpsClarification(input: $input) { id } }`,
      variables: { input: { orderId, text: 'Afklaret.', clarifiedOn: today() } },
    });
    expect(write.body.errors?.length).toBeGreaterThan(0);
    expect(uncleanErrors(write.body.errors as ErrorShape[], ['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE'])).toEqual([]);
    expect(await Promise.all(serviceNames.map(readiness))).toEqual([503, 503, 503]);

    // The same server, the same data directory and port; nothing else is restarted.
    embedded = await startEmbeddedPostgres(dataDir, port);
    const back = await waitForValue(
      () => system!.send('caseworker', { query: ordersQuery, operationName: 'FaultsOrders' }),
      (response) => response.body.errors === undefined,
      { timeout: 15_000, interval: 200, message: 'the gateway to answer without errors once PostgreSQL is back' },
    );
    expect(back.body.errors).toBeUndefined();
    expect(back.body.data).toEqual(healthy.body.data);
    expect(await Promise.all(serviceNames.map(readiness))).toEqual([200, 200, 200]);
  });
});

describe('SIGTERM during a request', () => {
  let child: ChildProcess | undefined;
  let dataDir: string;
  let database: { url: string; drop: () => Promise<void> };
  const YOUTHS = 600;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentor-faults-sigterm-'));
    database = await createTestDatabase('faults_sigterm');
    const db = await openDatabase(services.orders.dataSourceSpec(database.url));
    await services.orders.seed(db, { youths: YOUTHS });
    await db.destroy();
  });

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await database?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('drains the request in flight: the answer arrives whole, then the process exits 0', async () => {
    const port = await freePort();
    const env = { ...process.env, NODE_ENV: 'test', DATA_DIR: dataDir, ORDERS_DATABASE_URL: database.url, ORDERS_PORT: String(port), GATEWAY_SIGNING_SECRET: TEST_SIGNING_SECRET, LOG_LEVEL: 'warn' };
    // The development key under the child's DATA_DIR, made here first, so the tokens below are the ones it trusts.
    const settings = readEnvironment(env);
    const { privateJwk } = await loadDevelopmentKey(settings);
    const token = await signToken(privateJwk, caseworker, settings);

    const output: string[] = [];
    child = spawn(process.execPath, [path.join(repoRoot, 'services/orders/dist/index.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const url = `http://127.0.0.1:${port}/graphql`;
    await waitFor(() => fetch(`http://127.0.0.1:${port}/readiness`).then((response) => response.status === 200, () => false), {
      timeout: 30_000,
      interval: 200,
      message: () => `the orders process to be ready; its output:\n${output.join('')}`,
    });

    const page = {
      query: `#graphql
        query FaultsLargePage { orders(first: 500) { totalCount edges { node { id reference status weeklyHours youth { id firstName lastName cpr address } sessions(first: 20) { totalCount edges { node { id minutes } } } } } } }`,
    };
    // One kept-alive connection, as from a gateway: the drain must not wait for it to be hung up.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const warm = await postSigned<{ orders: { edges: unknown[] } }>(agent, url, page, token);
    expect(warm.body.errors).toBeUndefined();
    expect(warm.body.data!.orders.edges).toHaveLength(500);

    // SIGTERM arrives when the server has the request's headers and half its body; the rest follows once it has stopped listening (it drains).
    let signalledAt = 0;
    const answer = await postSigned<{ orders: { totalCount: number; edges: unknown[] } }>(agent, url, page, token, async () => {
      expect(child!.kill('SIGTERM')).toBe(true);
      signalledAt = Date.now();
      await waitFor(() => fetch(`http://127.0.0.1:${port}/healthcheck`).then(() => false, () => true), {
        timeout: 5_000,
        interval: 50,
        message: 'the orders process to stop taking new connections after SIGTERM',
      });
    });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.orders.edges).toHaveLength(500);
    expect(answer.body.data!.orders.totalCount).toBeGreaterThanOrEqual(500);

    // Draining waits for the request, not for an idle keep-alive connection to time out (65 s).
    await waitFor(() => child!.exitCode !== null || child!.signalCode !== null, {
      timeout: 15_000,
      interval: 50,
      message: () => `the orders process to exit after SIGTERM; its output:\n${output.join('')}`,
    });
    agent.destroy();
    expect(child.exitCode, output.join('')).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(15_000);
    await expect(fetch(`http://127.0.0.1:${port}/healthcheck`)).rejects.toThrow();
  });
});
