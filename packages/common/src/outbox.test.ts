import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import { DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, deadUrl, recordingLogger, TEST_SIGNING_SECRET } from '@mentor/testkit';
import { openDatabase } from './database.js';
import {
  applyOnce,
  createInboxTable,
  createOutboxTable,
  dropInboxTable,
  dropOutboxTable,
  enqueue,
  purgeDeliveredEvents,
  reconcile,
  registerOutboxMetrics,
  startRelay,
  type OutboxEvent,
  type Relay,
  type RelayOptions,
} from './outbox.js';
import { callAsService, servicePrincipalHeaders, verifyServiceRequest } from './service-principal.js';

// The sender plays orders (owns youth_link and sends it), the receiver plays partners (mirrors it).

class SenderSchema1700000000001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE youth_link (youth_id text PRIMARY KEY, mentor_ids text[] NOT NULL)');
    // Stands in for the audit record written in the same transaction; deferred, so a duplicate fails the commit itself.
    await runner.query('CREATE TABLE audit_stub (id integer PRIMARY KEY DEFERRABLE INITIALLY DEFERRED)');
    await createOutboxTable(runner);
  }
  async down(runner: QueryRunner): Promise<void> {
    await dropOutboxTable(runner);
    await runner.query('DROP TABLE audit_stub');
    await runner.query('DROP TABLE youth_link');
  }
}

class ReceiverSchema1700000000001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE youth_link_mirror (youth_id text PRIMARY KEY, mentor_ids text[] NOT NULL, applied integer NOT NULL DEFAULT 1)');
    await createInboxTable(runner);
  }
  async down(runner: QueryRunner): Promise<void> {
    await dropInboxTable(runner);
    await runner.query('DROP TABLE youth_link_mirror');
  }
}

interface YouthLink {
  mentorIds: string[];
}

const RECORD = '#graphql\nmutation($event: YouthLinkEvent!) { recordYouthLink(event: $event) }';
const fastBackoff = { baseMs: 20, capMs: 200 };

let sender: { url: string; drop: () => Promise<void> };
let receiverDb: { url: string; drop: () => Promise<void> };
let senderDb: DataSource;
let mirrorDb: DataSource;
const cleanups: (() => Promise<void>)[] = [];

function dataSource(url: string, applicationName: string): DataSource {
  return new DataSource({ type: 'postgres', url, extra: { max: 5, application_name: applicationName } });
}

beforeAll(async () => {
  sender = await createTestDatabase('outbox_sender');
  receiverDb = await createTestDatabase('outbox_receiver');
  senderDb = await openDatabase({ url: sender.url, entities: [], migrations: [SenderSchema1700000000001] });
  mirrorDb = await openDatabase({ url: receiverDb.url, entities: [], migrations: [ReceiverSchema1700000000001] });
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await senderDb.query('TRUNCATE outbox_event, youth_link, audit_stub');
  await mirrorDb.query('TRUNCATE youth_link_mirror, inbox_sequence');
});

afterAll(async () => {
  await senderDb?.destroy();
  await mirrorDb?.destroy();
  await sender?.drop();
  await receiverDb?.drop();
});

/** Polls until `probe` gives a value, or fails after the deadline. */
async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The youth's link as this transaction sees it: the whole state of the stream. */
async function linkOf(manager: EntityManager, youthId: string): Promise<YouthLink> {
  const [row] = (await manager.query('SELECT mentor_ids FROM youth_link WHERE youth_id = $1', [youthId])) as { mentor_ids: string[] }[];
  return { mentorIds: row?.mentor_ids ?? [] };
}

/** A change in the sender and its event, in one transaction; `then` runs after both, before the commit. */
async function link(db: DataSource, youthId: string, mentorIds: string[], then?: (manager: EntityManager) => Promise<void>): Promise<void> {
  await db.transaction(async (manager) => {
    await manager.query('INSERT INTO youth_link (youth_id, mentor_ids) VALUES ($1, $2) ON CONFLICT (youth_id) DO UPDATE SET mentor_ids = excluded.mentor_ids', [youthId, mentorIds]);
    await enqueue(manager, { destination: 'partners', streamKey: youthId, type: 'YouthLink', payload: (inner) => linkOf(inner, youthId) });
    await then?.(manager);
  });
}

async function mirrored(youthId: string): Promise<{ mentorIds: string[]; applied: number } | undefined> {
  const [row] = (await mirrorDb.query('SELECT mentor_ids, applied FROM youth_link_mirror WHERE youth_id = $1', [youthId])) as { mentor_ids: string[]; applied: number }[];
  return row && { mentorIds: row.mentor_ids, applied: row.applied };
}

async function outboxRows(streamKey?: string): Promise<{ id: string; stream_key: string; attempts: number; last_error: string | null; delivered: boolean }[]> {
  return senderDb.query(
    `SELECT id::text, stream_key, attempts, last_error, delivered_at IS NOT NULL AS delivered FROM outbox_event ${streamKey ? 'WHERE stream_key = $1' : ''} ORDER BY outbox_event.id`,
    streamKey ? [streamKey] : [],
  );
}

interface Receiver {
  url: string;
  /** Events applied or found already applied, in the order they were answered. */
  accepted: { id: string; streamKey: string; applied: boolean }[];
  /** Streams whose events are refused (the peer fails on them). */
  refusing: Set<string>;
  /** Requests refused for their signature. */
  unsigned: number;
}

/**
 * The receiving end as partners will run it: it accepts only the orders service principal and
 * applies each event once, in its own transaction, after a random delay (so events sent together
 * arrive in any order).
 */
async function startReceiver(port = 0): Promise<Receiver> {
  const receiver: Receiver = { url: '', accepted: [], refusing: new Set(), unsigned: 0 };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const answer = (status: number, value: unknown) => {
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(JSON.stringify(value));
        };
        const principal = verifyServiceRequest(TEST_SIGNING_SECRET, servicePrincipalHeaders(request.headers), body);
        if (!principal.ok || principal.service !== 'orders') {
          receiver.unsigned++;
          return answer(401, { errors: [{ message: 'unsigned', extensions: { code: 'UNAUTHENTICATED' } }] });
        }
        const { event } = (JSON.parse(body) as { variables: { event: { id: string; streamKey: string; payload: YouthLink } } }).variables;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 15));
        if (receiver.refusing.has(event.streamKey)) return answer(200, { errors: [{ message: 'refused', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        const outcome = await mirrorDb.transaction((manager) =>
          applyOnce(manager, { source: principal.service, streamKey: event.streamKey, sequence: event.id }, (inner) =>
            inner.query(
              `INSERT INTO youth_link_mirror (youth_id, mentor_ids) VALUES ($1, $2)
               ON CONFLICT (youth_id) DO UPDATE SET mentor_ids = excluded.mentor_ids, applied = youth_link_mirror.applied + 1`,
              [event.streamKey, event.payload.mentorIds],
            ),
          ),
        );
        receiver.accepted.push({ id: event.id, streamKey: event.streamKey, applied: outcome.applied });
        answer(200, { data: { recordYouthLink: true } });
      })().catch(() => {
        response.writeHead(500);
        response.end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return receiver;
}

/** What orders will supply: the event, sent to partners as the orders service principal. */
function deliverTo(url: () => string): (event: OutboxEvent) => Promise<void> {
  return async (event) => {
    await callAsService(
      { directory: { partners: url() }, service: 'partners', from: 'orders', secret: TEST_SIGNING_SECRET, requestId: `outbox-${event.id}`, timeoutMs: 2_000 },
      RECORD,
      { event: { id: event.id, streamKey: event.streamKey, payload: event.payload } },
    );
  };
}

function relay(options: Partial<RelayOptions> & Pick<RelayOptions, 'deliver'>): Relay {
  const started = startRelay({ db: senderDb, log: recordingLogger('orders').log, backoff: fastBackoff, pollIntervalMs: 200, ...options });
  cleanups.push(() => started.stop());
  return started;
}

function byStream(accepted: Receiver['accepted']): Map<string, bigint[]> {
  const streams = new Map<string, bigint[]>();
  for (const { id, streamKey } of accepted) streams.set(streamKey, [...(streams.get(streamKey) ?? []), BigInt(id)]);
  return streams;
}

function increasing(ids: bigint[]): boolean {
  return ids.every((id, index) => index === 0 || ids[index - 1] < id);
}

describe('the outbox', () => {
  it('never delivers an event whose transaction rolled back (a failing audit write, a failing commit)', async () => {
    const receiver = await startReceiver();
    relay({ deliver: deliverTo(() => receiver.url) });
    const [auditFails, commitFails, committed] = [randomUUID(), randomUUID(), randomUUID()];

    await expect(
      link(senderDb, auditFails, ['mentor-a'], async () => {
        throw new Error('audit insert failed');
      }),
    ).rejects.toThrow('audit insert failed');
    await expect(
      link(senderDb, commitFails, ['mentor-b'], async (manager) => {
        await manager.query('INSERT INTO audit_stub (id) VALUES (1), (1)');
      }),
    ).rejects.toThrow(/duplicate key/);
    await link(senderDb, committed, ['mentor-c']);

    await until('the committed change at the receiver', () => mirrored(committed));
    expect(await mirrored(auditFails)).toBeUndefined();
    expect(await mirrored(commitFails)).toBeUndefined();
    expect(receiver.accepted.map((event) => event.streamKey)).toEqual([committed]);
    expect((await outboxRows()).map((row) => row.stream_key)).toEqual([committed]);
  });

  it('wakes the relays of every replica on commit, without waiting for the poll', async () => {
    const receiver = await startReceiver();
    const relayDb = dataSource(sender.url, 'outbox-relay-wake');
    await relayDb.initialize();
    cleanups.push(() => relayDb.destroy());
    relay({ db: relayDb, deliver: deliverTo(() => receiver.url), pollIntervalMs: 600_000 });
    // Asleep: listening, and its first round and the look for the next due event done.
    await until('the relay asleep', async () => {
      const rows = (await senderDb.query(`SELECT query FROM pg_stat_activity WHERE application_name = 'outbox-relay-wake' AND state = 'idle'`)) as { query: string }[];
      return rows.some((row) => row.query.startsWith('LISTEN')) && rows.some((row) => row.query.includes('min(o.next_attempt_at)'));
    });
    const youth = randomUUID();
    const committedAt = Date.now();
    await link(senderDb, youth, ['mentor-a']);
    await until('the event at the receiver', () => mirrored(youth), 5_000);
    expect(Date.now() - committedAt).toBeLessThan(5_000);
  });

  it('keeps an event while the peer is down and delivers it once the peer is back', async () => {
    const down = await deadUrl();
    const { log, lines } = recordingLogger('orders');
    relay({ deliver: deliverTo(() => down), log });
    const youth = randomUUID();
    await link(senderDb, youth, ['mentor-during-outage']);

    const [failing] = await until('two failed attempts', async () => {
      const rows = await outboxRows(youth);
      return rows[0]?.attempts >= 2 && rows;
    });
    expect(failing).toMatchObject({ delivered: false, last_error: 'PEER_UNREACHABLE' });
    // The log names the code, never the payload.
    expect(lines.some((line) => line.code === 'PEER_UNREACHABLE')).toBe(true);
    expect(JSON.stringify(lines)).not.toContain('mentor-during-outage');

    const receiver = await startReceiver(Number(new URL(down).port));
    await until('the event delivered once the peer is back', async () => (await outboxRows(youth))[0].delivered);
    expect(await mirrored(youth)).toEqual({ mentorIds: ['mentor-during-outage'], applied: 1 });
    expect(receiver.accepted).toHaveLength(1);
    expect(await outboxRows(youth)).toMatchObject([{ delivered: true, last_error: null }]);
  });

  it('counts a delivery that never settles as failed, and tries again', async () => {
    relay({ deliver: () => new Promise<void>(() => undefined), deliveryTimeoutMs: 50 });
    const youth = randomUUID();
    await link(senderDb, youth, ['mentor-a']);
    const [row] = await until('two timed-out attempts', async () => {
      const rows = await outboxRows(youth);
      return rows[0]?.attempts >= 2 && rows;
    });
    expect(row).toMatchObject({ delivered: false, last_error: 'DELIVERY_TIMEOUT' });
  });

  it('delivers the events of a stream in order, while a stuck stream holds back only itself', async () => {
    const receiver = await startReceiver();
    const streams = Array.from({ length: 5 }, () => randomUUID());
    const [stuck] = streams;
    receiver.refusing.add(stuck);
    // Enqueued before the relay starts, so its first rounds find several events of each stream.
    for (let step = 1; step <= 6; step++) {
      for (const youth of streams) await link(senderDb, youth, [`mentor-${step}`]);
    }
    relay({ deliver: deliverTo(() => receiver.url), batchSize: 50 });

    const free = streams.slice(1);
    await until('every event of the free streams delivered', async () => {
      const rows = await outboxRows();
      return rows.filter((row) => row.stream_key !== stuck).every((row) => row.delivered);
    });
    const arrived = byStream(receiver.accepted);
    for (const youth of free) {
      expect(arrived.get(youth)).toHaveLength(6);
      expect(increasing(arrived.get(youth)!)).toBe(true);
      expect(await mirrored(youth)).toEqual({ mentorIds: ['mentor-6'], applied: 6 });
    }
    // The stuck stream's first event is retried; the ones after it were never tried.
    const [head, ...behind] = await until('retries of the stuck stream', async () => {
      const rows = await outboxRows(stuck);
      return rows[0].attempts >= 2 && rows;
    });
    expect(head).toMatchObject({ delivered: false, last_error: 'INTERNAL_SERVER_ERROR' });
    expect(behind.every((row) => row.attempts === 0 && !row.delivered)).toBe(true);

    receiver.refusing.delete(stuck);
    await until('the stuck stream delivered', async () => (await outboxRows(stuck)).every((row) => row.delivered));
    expect(await mirrored(stuck)).toEqual({ mentorIds: ['mentor-6'], applied: 6 });
    expect(increasing(byStream(receiver.accepted).get(stuck)!)).toBe(true);
    expect(byStream(receiver.accepted).get(stuck)).toHaveLength(6);
  });

  it('delivers each event once with two relays on one database, written to from two replicas', async () => {
    const receiver = await startReceiver();
    const replicas = await Promise.all(
      ['outbox-replica-1', 'outbox-replica-2'].map(async (name) => {
        const db = dataSource(sender.url, name);
        await db.initialize();
        cleanups.push(() => db.destroy());
        return db;
      }),
    );
    for (const db of replicas) relay({ db, deliver: deliverTo(() => receiver.url), batchSize: 4 });
    const streams = Array.from({ length: 10 }, () => randomUUID());
    await Promise.all(
      replicas.map(async (db, replica) => {
        for (let step = 1; step <= 8; step++) {
          await Promise.all(streams.map((youth) => link(db, youth, [`mentor-${replica}-${step}`])));
        }
      }),
    );
    const total = 2 * 8 * streams.length;
    await until('every event delivered', async () => (await outboxRows()).filter((row) => row.delivered).length === total);

    const ids = receiver.accepted.map((event) => event.id);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    for (const youth of streams) {
      expect(increasing(byStream(receiver.accepted).get(youth)!)).toBe(true);
      // The receiver ends at the sender's state.
      const [local] = (await senderDb.query('SELECT mentor_ids FROM youth_link WHERE youth_id = $1', [youth])) as { mentor_ids: string[] }[];
      expect((await mirrored(youth))?.mentorIds).toEqual(local.mentor_ids);
    }
  });

  it('keeps delivered events for the retention period, then purges them; undelivered ones stay', async () => {
    const receiver = await startReceiver();
    const delivered = randomUUID();
    const undelivered = randomUUID();
    receiver.refusing.add(undelivered);
    await link(senderDb, delivered, ['mentor-a']);
    await link(senderDb, undelivered, ['mentor-b']);
    const started = relay({ deliver: deliverTo(() => receiver.url) });
    await until('the event delivered', () => mirrored(delivered));
    await started.stop();

    expect(await purgeDeliveredEvents(senderDb, 3_600_000)).toBe(0);
    await senderDb.query(`UPDATE outbox_event SET delivered_at = now() - interval '2 hours' WHERE delivered_at IS NOT NULL`);
    await senderDb.query(`UPDATE outbox_event SET created_at = now() - interval '2 hours' WHERE delivered_at IS NULL`);
    expect(await purgeDeliveredEvents(senderDb, 3_600_000)).toBe(1);
    expect((await outboxRows()).map((row) => row.stream_key)).toEqual([undelivered]);
  });

  it('reports the backlog per destination as metrics', async () => {
    const registry = new Registry();
    registerOutboxMetrics(registry, senderDb, ['partners', 'mentors']);
    await link(senderDb, randomUUID(), ['mentor-a']);
    await senderDb.query(`UPDATE outbox_event SET created_at = now() - interval '90 seconds'`);
    const text = await registry.metrics();
    expect(text).toContain('outbox_pending_events{destination="partners"} 1');
    expect(text).toContain('outbox_pending_events{destination="mentors"} 0');
    const age = Number(/outbox_oldest_pending_age_seconds\{destination="partners"\} ([\d.]+)/.exec(text)?.[1]);
    expect(age).toBeGreaterThanOrEqual(90);
  });
});

describe('the receiver', () => {
  async function apply(sequence: number, mentorIds: string[], source = 'orders', youth = 'youth-1') {
    return mirrorDb.transaction((manager) =>
      applyOnce(manager, { source, streamKey: youth, sequence }, async (inner) => {
        await inner.query(
          `INSERT INTO youth_link_mirror (youth_id, mentor_ids) VALUES ($1, $2)
           ON CONFLICT (youth_id) DO UPDATE SET mentor_ids = excluded.mentor_ids, applied = youth_link_mirror.applied + 1`,
          [youth, mentorIds],
        );
        return sequence;
      }),
    );
  }

  it('applies an event once, and an older one never after a newer', async () => {
    expect(await apply(5, ['m5'])).toEqual({ applied: true, result: 5 });
    expect(await apply(5, ['m5-again'])).toEqual({ applied: false, appliedSequence: '5' });
    expect(await apply(3, ['m3'])).toEqual({ applied: false, appliedSequence: '5' });
    expect(await mirrored('youth-1')).toEqual({ mentorIds: ['m5'], applied: 1 });
    expect(await apply(7, ['m7'])).toEqual({ applied: true, result: 7 });
    expect(await mirrored('youth-1')).toEqual({ mentorIds: ['m7'], applied: 2 });
    // Sequences are per source and stream.
    expect(await apply(1, ['m1'], 'orders', 'youth-2')).toMatchObject({ applied: true });
  });

  it('leaves the event to come again when applying it fails', async () => {
    await expect(
      mirrorDb.transaction((manager) =>
        applyOnce(manager, { source: 'orders', streamKey: 'youth-1', sequence: 9 }, async () => {
          throw new Error('constraint');
        }),
      ),
    ).rejects.toThrow('constraint');
    expect(await apply(9, ['m9'])).toEqual({ applied: true, result: 9 });
  });

  it('changes nothing when the relay delivers an event twice or out of order', async () => {
    const receiver = await startReceiver();
    const send = deliverTo(() => receiver.url);
    const youth = randomUUID();
    const event = (id: string, mentorIds: string[]): OutboxEvent => ({ id, destination: 'partners', streamKey: youth, type: 'YouthLink', payload: { mentorIds }, attempts: 0, createdAt: new Date() });
    await send(event('11', ['newer']));
    await send(event('11', ['newer']));
    await send(event('10', ['older']));
    expect(await mirrored(youth)).toEqual({ mentorIds: ['newer'], applied: 1 });
    expect(receiver.accepted.map((accepted) => accepted.applied)).toEqual([true, false, false]);
  });

  it('refuses a delivery not signed as the sending service', async () => {
    const receiver = await startReceiver();
    const youth = randomUUID();
    await expect(
      callAsService(
        { directory: { partners: receiver.url }, service: 'partners', from: 'orders', secret: 'not-the-shared-secret-0123456789abcdef', requestId: 'x' },
        RECORD,
        { event: { id: '1', streamKey: youth, payload: { mentorIds: ['m'] } } },
      ),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(
      callAsService({ directory: { partners: receiver.url }, service: 'partners', from: 'mentors', secret: TEST_SIGNING_SECRET, requestId: 'x' }, RECORD, {
        event: { id: '1', streamKey: youth, payload: { mentorIds: ['m'] } },
      }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(receiver.unsigned).toBe(2);
    expect(await mirrored(youth)).toBeUndefined();
  });
});

describe('reconciliation', () => {
  it('re-sends the state of the keys that drifted and leaves equal keys alone', async () => {
    const receiver = await startReceiver();
    const [equal, drifted, missing] = ['youth-a', 'youth-b', 'youth-c'];
    // History the outbox never saw: the sender's rows written directly, the receiver's mirror off.
    await senderDb.query(`INSERT INTO youth_link (youth_id, mentor_ids) VALUES ($1, '{m1,m2}'), ($2, '{m3}'), ($3, '{m4}')`, [equal, drifted, missing]);
    await mirrorDb.query(`INSERT INTO youth_link_mirror (youth_id, mentor_ids) VALUES ($1, '{m1,m2}'), ($2, '{stale}')`, [equal, drifted]);

    const options = {
      async *listLocal() {
        let after = '';
        for (;;) {
          const rows = (await senderDb.query('SELECT youth_id, mentor_ids FROM youth_link WHERE youth_id > $1 ORDER BY youth_id LIMIT 2', [after])) as { youth_id: string; mentor_ids: string[] }[];
          if (!rows.length) return;
          yield new Map(rows.map((row) => [row.youth_id, { mentorIds: row.mentor_ids }]));
          after = rows[rows.length - 1].youth_id;
        }
      },
      async listRemote(keys: readonly string[]) {
        const rows = (await mirrorDb.query('SELECT youth_id, mentor_ids FROM youth_link_mirror WHERE youth_id = ANY($1)', [keys])) as { youth_id: string; mentor_ids: string[] }[];
        return new Map(rows.map((row) => [row.youth_id, { mentorIds: row.mentor_ids }]));
      },
      async repair(keys: readonly string[]) {
        for (const youth of [...keys].sort()) {
          await senderDb.transaction((manager) => enqueue(manager, { destination: 'partners', streamKey: youth, type: 'YouthLink', payload: (inner) => linkOf(inner, youth) }));
        }
      },
    };

    expect(await reconcile({ ...options, dryRun: true })).toEqual({ checked: 3, missing: [missing], differing: [drifted], repaired: 0 });
    expect(await outboxRows()).toEqual([]);

    expect(await reconcile(options)).toEqual({ checked: 3, missing: [missing], differing: [drifted], repaired: 2 });
    expect((await outboxRows()).map((row) => row.stream_key)).toEqual([drifted, missing]);
    const started = relay({ deliver: deliverTo(() => receiver.url) });
    await started.drain();
    await until('both repairs delivered', async () => (await outboxRows()).every((row) => row.delivered));

    expect(await mirrored(drifted)).toEqual({ mentorIds: ['m3'], applied: 2 });
    expect(await mirrored(missing)).toEqual({ mentorIds: ['m4'], applied: 1 });
    expect(await mirrored(equal)).toEqual({ mentorIds: ['m1', 'm2'], applied: 1 });
    expect(await reconcile(options)).toEqual({ checked: 3, missing: [], differing: [], repaired: 0 });
  });
});

describe('the migrations', () => {
  it('create and drop the outbox and inbox tables', async () => {
    const db = await createTestDatabase('outbox_migration');
    cleanups.push(() => db.drop());
    const both = await openDatabase({ url: db.url, entities: [], migrations: [SenderSchema1700000000001, ReceiverSchema1700000000001] });
    cleanups.push(() => both.destroy());
    const tables = async () =>
      ((await both.query(`SELECT table_name FROM information_schema.tables WHERE table_name IN ('outbox_event', 'inbox_sequence') ORDER BY 1`)) as { table_name: string }[]).map(
        (row) => row.table_name,
      );
    expect(await tables()).toEqual(['inbox_sequence', 'outbox_event']);
    await both.undoLastMigration();
    await both.undoLastMigration();
    expect(await tables()).toEqual([]);
  });
});
