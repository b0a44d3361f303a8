import { GraphQLError } from 'graphql';
import { Gauge, type Registry } from 'prom-client';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { Logger } from './log.js';
import { RuleViolation } from './errors.js';
import { requireUuid, violations } from './validation.js';

/**
 * A transactional outbox (DESIGN §2: each subgraph stores the relations it decides access from,
 * so the owner of a relation replicates it to the peers that need it). A change and the event that
 * tells a peer about it are committed in one transaction, or neither is; a relay delivers committed
 * events afterwards, in order per stream, with retries; the receiver applies each event at most
 * once and never an older one after a newer. An event carries the whole replicated state of its
 * stream (one youth's relations), so a later event replaces an earlier one and a repair is a
 * re-send of the current state.
 */

export const OUTBOX_TABLE = 'outbox_event';
export const INBOX_TABLE = 'inbox_sequence';
/** The PostgreSQL channel a commit with new events notifies, so relays in every replica wake at once. */
export const OUTBOX_CHANNEL = 'outbox_event';

type Queryable = Pick<QueryRunner, 'query'>;

/** For a service's migration: the table its outgoing events wait in. */
export async function createOutboxTable(runner: Queryable): Promise<void> {
  await runner.query(`CREATE TABLE ${OUTBOX_TABLE} (
    id bigserial PRIMARY KEY,
    stream_key text NOT NULL,
    destination text NOT NULL,
    event_type text NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error text,
    delivered_at timestamptz
  )`);
  // The relay's work list: the undelivered events of each stream in order. Delivered rows leave it.
  await runner.query(`CREATE INDEX ${OUTBOX_TABLE}_pending ON ${OUTBOX_TABLE} (destination, stream_key, id) WHERE delivered_at IS NULL`);
  await runner.query(`CREATE INDEX ${OUTBOX_TABLE}_delivered ON ${OUTBOX_TABLE} (delivered_at) WHERE delivered_at IS NOT NULL`);
}

export async function dropOutboxTable(runner: Queryable): Promise<void> {
  await runner.query(`DROP TABLE ${OUTBOX_TABLE}`);
}

/** For a receiving service's migration: per sending service and stream, the newest event applied. */
export async function createInboxTable(runner: Queryable): Promise<void> {
  await runner.query(`CREATE TABLE ${INBOX_TABLE} (
    source text NOT NULL,
    stream_key text NOT NULL,
    sequence bigint NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source, stream_key)
  )`);
}

export async function dropInboxTable(runner: Queryable): Promise<void> {
  await runner.query(`DROP TABLE ${INBOX_TABLE}`);
}

// ---------------------------------------------------------------------------------------------
// Enqueue

export interface OutgoingEvent<P> {
  /** The peer service the event goes to. */
  destination: string;
  /** What the event is about (a youth's id): events of one stream are delivered in order. */
  streamKey: string;
  /** The event's kind, for the deliverer to pick the call (`YouthLink`). */
  type: string;
  /**
   * The event's content, stored as JSON. When it is the stream's whole state, pass a function:
   * it is read after the stream's lock is taken, so it sees every earlier committed change.
   */
  payload: P | ((manager: EntityManager) => Promise<P>);
}

/**
 * Adds an event to the outbox inside the caller's transaction (`manager` must be the
 * transaction's), so the event commits or rolls back with the change.
 *
 * The stream is locked until the transaction ends: two transactions writing one stream enqueue
 * one after the other, so the event ids of a stream follow the commit order and an event's state,
 * read under the lock, includes every change committed before it. (The services run at READ
 * COMMITTED, where each statement sees what was committed before it started.) A transaction that
 * enqueues for several streams should do so in a fixed order (sorted keys) to avoid deadlocks.
 *
 * The commit notifies the relays (PostgreSQL NOTIFY is sent only on commit), so delivery normally
 * starts within milliseconds.
 */
export async function enqueue<P>(manager: EntityManager, event: OutgoingEvent<P>): Promise<{ id: string }> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('enqueue needs the manager of an open transaction');
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${event.destination}\n${event.streamKey}`]);
  const payload = typeof event.payload === 'function' ? await (event.payload as (manager: EntityManager) => Promise<P>)(manager) : event.payload;
  const [row] = (await manager.query(
    `INSERT INTO ${OUTBOX_TABLE} (stream_key, destination, event_type, payload) VALUES ($1, $2, $3, $4::jsonb) RETURNING id::text AS id`,
    [event.streamKey, event.destination, event.type, JSON.stringify(payload)],
  )) as { id: string }[];
  await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, event.destination]);
  return { id: row.id };
}

// ---------------------------------------------------------------------------------------------
// Relay

/** An event as the relay hands it to `deliver`. */
export interface OutboxEvent {
  /** The outbox id: the event's sequence in its stream (ids grow in commit order within a stream). */
  id: string;
  destination: string;
  streamKey: string;
  type: string;
  payload: unknown;
  /** Earlier attempts that failed. */
  attempts: number;
  createdAt: Date;
}

export interface Backoff {
  /** The wait after the first failure. */
  baseMs: number;
  /** The longest wait between two attempts. */
  capMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 250, capMs: 5 * 60_000 };

/**
 * The wait before the next attempt after `attempts` failures: doubling from `baseMs` up to
 * `capMs`, each wait drawn between half and all of that, so replicas that failed together do not
 * retry together.
 */
export function retryDelayMs(attempts: number, backoff: Backoff = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

/** The code stored and logged for a failed delivery: a fixed word, never the error's message. */
export function deliveryErrorCode(error: unknown): string {
  const code = error instanceof GraphQLError ? error.extensions.code : (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && ERROR_CODE.test(code) ? code : 'DELIVERY_FAILED';
}

export interface RelayOptions {
  db: DataSource;
  /** Sends one event to its destination; resolves when the peer has applied it, throws otherwise. */
  deliver: (event: OutboxEvent) => Promise<void>;
  log: Logger;
  /** Only events for these destinations (default: all). */
  destinations?: readonly string[];
  /** Streams served per round, their head events delivered concurrently. */
  batchSize?: number;
  /** The longest the relay sleeps without a notification (a safety net for a lost one). */
  pollIntervalMs?: number;
  backoff?: Backoff;
  /** How long delivered events are kept (for inspection) before they are deleted. */
  retentionMs?: number;
  /** How often delivered events older than the retention are deleted. */
  purgeEveryMs?: number;
  /** The longest one delivery may take before it counts as failed (`DELIVERY_TIMEOUT`); the claim is held meanwhile. */
  deliveryTimeoutMs?: number;
  /** Listen for commits' notifications on a connection of its own (default true). */
  listen?: boolean;
  random?: () => number;
}

export interface Relay {
  /** Delivers every event that is due now, in rounds, until a round finds none; resolves to the number delivered. */
  drain(): Promise<number>;
  /** Stops after the round under way and releases the listening connection. */
  stop(): Promise<void>;
}

interface PendingRow {
  id: string;
  destination: string;
  stream_key: string;
  event_type: string;
  payload: unknown;
  attempts: number;
  created_at: Date;
}

/** The oldest undelivered event of its stream: only such an event may go. */
const STREAM_HEAD = `NOT EXISTS (
  SELECT 1 FROM ${OUTBOX_TABLE} earlier
  WHERE earlier.destination = o.destination AND earlier.stream_key = o.stream_key AND earlier.delivered_at IS NULL AND earlier.id < o.id)`;

/** A pg client as the pool hands it out; only what listening needs. */
interface ListeningClient {
  query(sql: string): Promise<unknown>;
  on(event: 'notification', listener: (message: { channel: string; payload?: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeAllListeners(event?: string): unknown;
}

/**
 * Starts delivering the outbox's events. Safe with any number of replicas on one database: a round
 * claims the oldest undelivered event of each stream with `FOR UPDATE SKIP LOCKED` and holds the
 * claim while it delivers, so no two relays deliver the same event at once, and a stream's next
 * event is not a candidate until the one before it is marked delivered. A failed event waits for
 * its next attempt and holds back only the later events of its own stream.
 *
 * Delivery is at least once (a relay that dies after the peer applied an event, before its commit,
 * leaves it to be sent again); the receiver's `applyOnce` makes that harmless.
 */
export function startRelay(options: RelayOptions): Relay {
  const { db, deliver, log } = options;
  const batchSize = options.batchSize ?? 20;
  const pollIntervalMs = options.pollIntervalMs ?? 2_000;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const retentionMs = options.retentionMs ?? 7 * 24 * 3_600_000;
  const purgeEveryMs = options.purgeEveryMs ?? 3_600_000;
  const random = options.random ?? Math.random;
  const deliveryTimeoutMs = options.deliveryTimeoutMs ?? 15_000;
  const destinations = options.destinations ? [...options.destinations] : null;
  const destinationFilter = destinations ? 'AND o.destination = ANY($2)' : '';

  let running = true;
  let nudged = false;
  let wake: (() => void) | null = null;
  let lastPurge = 0;
  let listener: { release(): Promise<void> } | null = null;

  function nudge(): void {
    nudged = true;
    wake?.();
  }

  /** One round: claims the due head events, delivers them, records each outcome. */
  async function round(): Promise<{ claimed: number; delivered: number }> {
    return db.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT o.id::text AS id, o.destination, o.stream_key, o.event_type, o.payload, o.attempts, o.created_at
         FROM ${OUTBOX_TABLE} o
         WHERE o.delivered_at IS NULL AND o.next_attempt_at <= clock_timestamp() ${destinationFilter} AND ${STREAM_HEAD}
         ORDER BY o.id
         LIMIT $1
         FOR UPDATE OF o SKIP LOCKED`,
        destinations ? [batchSize, destinations] : [batchSize],
      )) as PendingRow[];
      if (!rows.length) return { claimed: 0, delivered: 0 };
      const outcomes = await Promise.all(
        rows.map(async (row) => {
          try {
            const event = { id: row.id, destination: row.destination, streamKey: row.stream_key, type: row.event_type, payload: row.payload, attempts: row.attempts, createdAt: row.created_at };
            await withTimeout(deliver(event), deliveryTimeoutMs);
            return { row, code: null };
          } catch (error) {
            return { row, code: deliveryErrorCode(error) };
          }
        }),
      );
      const delivered = outcomes.filter((outcome) => outcome.code === null).map((outcome) => outcome.row.id);
      if (delivered.length) {
        await manager.query(`UPDATE ${OUTBOX_TABLE} SET delivered_at = clock_timestamp(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::bigint[])`, [delivered]);
      }
      for (const { row, code } of outcomes) {
        if (code === null) continue;
        const attempts = row.attempts + 1;
        const delayMs = retryDelayMs(attempts, backoff, random);
        await manager.query(
          `UPDATE ${OUTBOX_TABLE} SET attempts = $2, last_error = $3, next_attempt_at = clock_timestamp() + $4 * interval '1 millisecond' WHERE id = $1`,
          [row.id, attempts, code, delayMs],
        );
        const entry = { eventId: row.id, destination: row.destination, type: row.event_type, attempts, code, retryInMs: delayMs };
        if (attempts >= 5) log.error(entry, 'outbox event still not delivered');
        else log.warn(entry, 'outbox event not delivered; retrying later');
      }
      return { claimed: rows.length, delivered: delivered.length };
    });
  }

  /** Milliseconds until the earliest head event is due (0: now), or null when none waits. */
  async function nextDueInMs(): Promise<number | null> {
    const [row] = (await db.query(
      `SELECT (extract(epoch FROM min(o.next_attempt_at) - clock_timestamp()) * 1000)::float8 AS wait_ms
       FROM ${OUTBOX_TABLE} o WHERE o.delivered_at IS NULL ${destinations ? 'AND o.destination = ANY($1)' : ''} AND ${STREAM_HEAD}`,
      destinations ? [destinations] : [],
    )) as { wait_ms: number | null }[];
    // No row waiting gives NULL (not 0: the relay then sleeps until notified).
    return row?.wait_ms == null ? null : Math.max(0, row.wait_ms);
  }

  async function purgeIfDue(): Promise<void> {
    if (Date.now() - lastPurge < purgeEveryMs) return;
    lastPurge = Date.now();
    const purged = await purgeDeliveredEvents(db, retentionMs);
    if (purged) log.info({ purged }, 'delivered outbox events purged');
  }

  function sleep(ms: number): Promise<void> {
    if (nudged || !running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });
  }

  async function listen(): Promise<void> {
    const runner = db.createQueryRunner();
    const client = (await runner.connect()) as ListeningClient;
    let released = false;
    const release = async () => {
      if (released) return;
      released = true;
      client.removeAllListeners('notification');
      await client.query(`UNLISTEN ${OUTBOX_CHANNEL}`).catch(() => undefined);
      await runner.release().catch(() => undefined);
    };
    client.on('notification', (message) => {
      if (message.channel === OUTBOX_CHANNEL && (!destinations || destinations.includes(message.payload ?? ''))) nudge();
    });
    client.on('error', () => {
      // The connection is gone (TypeORM hands it back to the pool as broken); polling carries on
      // until a new one listens.
      released = true;
      listener = null;
      if (running) setTimeout(() => void (running ? listen().catch(() => undefined) : undefined), pollIntervalMs).unref();
    });
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    listener = { release };
    if (!running) await release();
  }

  /** The background loop's round under way, if any: `drain` waits for it, so what it claimed is settled too. */
  let loopRound: Promise<unknown> | null = null;

  async function loop(): Promise<void> {
    while (running) {
      nudged = false;
      let waitMs = pollIntervalMs;
      try {
        const current = round();
        loopRound = current.catch(() => undefined);
        const { claimed } = await current.finally(() => {
          loopRound = null;
        });
        if (claimed > 0) continue;
        await purgeIfDue();
        const due = await nextDueInMs();
        if (due !== null) waitMs = Math.min(waitMs, Math.max(due, 5));
      } catch (error) {
        log.error({ code: deliveryErrorCode(error) }, 'outbox relay round failed');
      }
      await sleep(waitMs);
    }
  }

  const listening = options.listen === false ? Promise.resolve() : listen().catch(() => log.warn('outbox relay could not listen for notifications; polling'));
  const looping = loop();

  return {
    async drain() {
      let delivered = 0;
      for (;;) {
        // A round of the background loop holds its claims (SKIP LOCKED hides them from this one):
        // wait for it, or this could return while an event it claimed is still being delivered.
        await loopRound;
        const result = await round();
        delivered += result.delivered;
        if (result.claimed === 0 && loopRound === null) return delivered;
      }
    },
    async stop() {
      running = false;
      wake?.();
      await looping;
      await listening;
      await listener?.release();
    },
  };
}

/** A delivery still under way after `ms` counts as failed; should it land later, the receiver ignores the repeat. */
async function withTimeout(delivery: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('delivery timed out'), { code: 'DELIVERY_TIMEOUT' })), ms);
  });
  try {
    await Promise.race([delivery, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Deletes delivered events older than `retentionMs`, a batch at a time; returns how many. */
export async function purgeDeliveredEvents(db: DataSource | EntityManager, retentionMs: number): Promise<number> {
  let total = 0;
  for (;;) {
    const [, count] = (await db.query(
      `DELETE FROM ${OUTBOX_TABLE} WHERE id IN (
         SELECT id FROM ${OUTBOX_TABLE} WHERE delivered_at < clock_timestamp() - $1 * interval '1 millisecond' LIMIT 1000)`,
      [retentionMs],
    )) as [unknown, number];
    total += count;
    if (count < 1000) return total;
  }
}

// ---------------------------------------------------------------------------------------------
// Receiver

export interface IncomingEvent {
  /** The sending service, as its verified service principal names it (never from the payload). */
  source: string;
  streamKey: string;
  /** The event's outbox id at the sender. */
  sequence: string | number;
}

const SEQUENCE = /^[1-9][0-9]{0,18}$/;

/** For a receiver's input check: an event's sequence is a positive whole number (an outbox id). */
export function requireSequence(sequence: string, field = 'sequence'): RuleViolation | null {
  return SEQUENCE.test(sequence) ? null : new RuleViolation(field, 'sequence', `${field}: a positive whole number`);
}

/**
 * The request id a receiver files an event's changes under in its audit trail: the sending
 * service and the event's outbox id, both from the verified, signed request (never a header).
 */
export function outboxRequestId(source: string, sequence: string | number): string {
  return `outbox-${source}-${sequence}`;
}

export type ApplyOutcome<T> = { applied: true; result: T } | { applied: false; appliedSequence: string };

/**
 * Applies an event once, inside the receiver's transaction (`manager`): only when its sequence is
 * above the highest applied for its stream. A repeat or an older event changes nothing and answers
 * `applied: false` (the sender counts it as delivered). When `apply` throws, the transaction rolls
 * back with the record of the sequence, so the event can come again. Concurrent deliveries of one
 * stream wait for each other on the stream's row.
 */
export async function applyOnce<T>(manager: EntityManager, event: IncomingEvent, apply: (manager: EntityManager) => Promise<T>): Promise<ApplyOutcome<T>> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('applyOnce needs the manager of an open transaction');
  const sequence = String(event.sequence);
  if (!SEQUENCE.test(sequence)) throw new Error('An event sequence is a positive whole number');
  const claimed = (await manager.query(
    `INSERT INTO ${INBOX_TABLE} AS inbox (source, stream_key, sequence) VALUES ($1, $2, $3::bigint)
     ON CONFLICT (source, stream_key) DO UPDATE SET sequence = excluded.sequence, applied_at = now()
       WHERE inbox.sequence < excluded.sequence
     RETURNING sequence`,
    [event.source, event.streamKey, sequence],
  )) as unknown[];
  if (!claimed.length) {
    const [current] = (await manager.query(`SELECT sequence::text AS sequence FROM ${INBOX_TABLE} WHERE source = $1 AND stream_key = $2`, [event.source, event.streamKey])) as { sequence: string }[];
    return { applied: false, appliedSequence: current.sequence };
  }
  return { applied: true, result: await apply(manager) };
}

// ---------------------------------------------------------------------------------------------
// Reconciliation

export interface ReconcileOptions<S> {
  /** The owner's state per stream key, a batch at a time (a page of a large table). */
  listLocal: () => AsyncIterable<ReadonlyMap<string, S>>;
  /** The peer's state for these keys; a key it does not hold is left out of the map. */
  listRemote: (keys: readonly string[]) => Promise<ReadonlyMap<string, S>>;
  /** Re-enqueues the current whole state of these keys (`enqueue` with a payload function). */
  repair: (keys: readonly string[]) => Promise<void>;
  /** Whether two states agree; by default their JSON with object keys sorted (sort set-like arrays in the list functions). */
  equal?: (local: S, remote: S) => boolean;
  /** Report the drift, repair nothing. */
  dryRun?: boolean;
}

export interface ReconcileReport {
  checked: number;
  /** Keys the peer does not hold. */
  missing: string[];
  /** Keys whose state differs. */
  differing: string[];
  repaired: number;
}

/**
 * Compares both sides' state per stream key and re-enqueues the whole state of every key that
 * differs. A key whose event is still on its way looks different too; re-sending it is harmless,
 * since the repair sends the state as it is then and the receiver keeps only the newest.
 */
export async function reconcile<S>(options: ReconcileOptions<S>): Promise<ReconcileReport> {
  const equal = options.equal ?? ((local: S, remote: S) => canonicalJson(local) === canonicalJson(remote));
  const report: ReconcileReport = { checked: 0, missing: [], differing: [], repaired: 0 };
  for await (const batch of options.listLocal()) {
    const keys = [...batch.keys()];
    if (!keys.length) continue;
    const remote = await options.listRemote(keys);
    const drifted: string[] = [];
    for (const [key, local] of batch) {
      report.checked++;
      const theirs = remote.get(key);
      if (theirs === undefined) report.missing.push(key);
      else if (!equal(local, theirs)) report.differing.push(key);
      else continue;
      drifted.push(key);
    }
    if (drifted.length && !options.dryRun) {
      await options.repair(drifted);
      report.repaired += drifted.length;
    }
  }
  return report;
}

/** JSON with object keys in sorted order, so equal states compare equal whatever order they were built in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  );
}

// ---------------------------------------------------------------------------------------------
// Metrics

/** Undelivered events per destination and the age of the oldest, as of now. */
export async function outboxBacklog(db: DataSource): Promise<{ destination: string; depth: number; oldestAgeSeconds: number }[]> {
  const rows = (await db.query(
    `SELECT destination, count(*)::int AS depth, extract(epoch FROM clock_timestamp() - min(created_at))::float8 AS oldest_age_seconds
     FROM ${OUTBOX_TABLE} WHERE delivered_at IS NULL GROUP BY destination`,
  )) as { destination: string; depth: number; oldest_age_seconds: number }[];
  return rows.map((row) => ({ destination: row.destination, depth: row.depth, oldestAgeSeconds: row.oldest_age_seconds }));
}

/**
 * Adds the outbox's backlog to a process's metrics, read from the database at each scrape:
 * `outbox_pending_events` and `outbox_oldest_pending_age_seconds`, by destination (a service name).
 */
export function registerOutboxMetrics(registry: Registry, db: DataSource, destinations: readonly string[]): void {
  let reading: Promise<Map<string, { depth: number; oldestAgeSeconds: number }>> | null = null;
  // Both gauges are set from one query per scrape.
  const backlog = () => {
    reading ??= outboxBacklog(db)
      .then((rows) => new Map(rows.map((row) => [row.destination, row])))
      .finally(() => setTimeout(() => (reading = null), 0));
    return reading;
  };
  new Gauge({
    name: 'outbox_pending_events',
    help: 'Outgoing replication events not yet delivered, by destination.',
    labelNames: ['destination'],
    registers: [registry],
    async collect() {
      const rows = await backlog();
      for (const destination of destinations) this.set({ destination }, rows.get(destination)?.depth ?? 0);
    },
  });
  new Gauge({
    name: 'outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest outgoing replication event not yet delivered, by destination (0: none waits).',
    labelNames: ['destination'],
    registers: [registry],
    async collect() {
      const rows = await backlog();
      for (const destination of destinations) this.set({ destination }, rows.get(destination)?.oldestAgeSeconds ?? 0);
    },
  });
}

/** A reconciliation asks its peer about at most this many stream keys (youths) at a time. */
export const RECONCILE_BATCH = 500;

/** The refusals of a reconciliation batch of stream keys: too many, or one that is no id. */
export function reconcileBatchViolations(field: string, keys: readonly string[]): RuleViolation[] {
  return [
    ...(keys.length > RECONCILE_BATCH ? [new RuleViolation(field, 'maxItems', `${field}: at most ${RECONCILE_BATCH}`)] : []),
    ...violations(...keys.map((key, index) => requireUuid(`${field}[${index}]`, key))),
  ];
}
