import type { DataSource } from 'typeorm';
import { EntitySchema } from 'typeorm';
import type { Identity } from './auth.js';
import { prepared } from './prepared.js';

/**
 * One record per youth per request per user: who read (or was refused) which personal fields, and
 * why. `requestId` is the id the gateway makes for each request, never one a client chose; the
 * client's own id is kept beside it (`clientRequestId`), for tracing only. A record without a youth
 * records what the request did that concerns no single youth: a search (by the kind of its term,
 * never its text) or an export. Records are rows of the `audit_record` view, which merges the
 * stored entries (`audit_entry`) of a request, a user and a youth into one.
 */
export interface AuditRecord {
  id: string;
  at: Date;
  userId: string;
  role: string;
  unit: string;
  youthId: string | null;
  allowedFields: string[];
  deniedFields: string[];
  purpose: string;
  requestId: string;
  clientRequestId: string | null;
  /** REFUSED: the youth itself was out of the caller's reach (an id tried); DENIED: fields of a youth they see were refused. */
  outcome: 'ALLOWED' | 'DENIED' | 'PARTIAL' | 'REFUSED';
}

/**
 * One stored audit entry: the youths of one request whose reads came out alike (the same fields
 * allowed and refused, the same outcome), in one row. A page of 50 youths read alike is one row, not
 * 50; an entry with no youths records what concerns no single youth.
 */
export interface AuditEntry extends Omit<AuditRecord, 'youthId'> {
  youthIds: string[];
}

/** The audit table every subgraph that holds youth data keeps in its own database. */
export const AuditEntryEntity = new EntitySchema<AuditEntry>({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  columns: {
    // Numbered in the order written: a random key would put every entry's index entry on a random page.
    id: { type: 'bigint', primary: true, generated: 'increment' },
    at: { type: 'timestamptz', createDate: true },
    userId: { type: 'text', name: 'user_id' },
    role: { type: 'text' },
    unit: { type: 'text' },
    youthIds: { type: 'uuid', array: true, name: 'youth_ids' },
    allowedFields: { type: 'text', array: true, name: 'allowed_fields' },
    deniedFields: { type: 'text', array: true, name: 'denied_fields' },
    purpose: { type: 'text' },
    requestId: { type: 'text', name: 'request_id' },
    clientRequestId: { type: 'text', name: 'client_request_id', nullable: true },
    outcome: { type: 'text' },
  },
  indices: [
    // A GIN index, which TypeORM cannot describe: the migration makes it and synchronisation leaves it be.
    { name: 'audit_entry_youths', columns: ['youthIds'], synchronize: false },
    { name: 'audit_entry_request', columns: ['requestId'] },
    { name: 'audit_entry_at', columns: ['at'] },
  ],
});

/** The SQL of the audit table, for each subgraph's migration. */
export const auditTableUp = [
  `CREATE TABLE "audit_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" text NOT NULL, "role" text NOT NULL, "unit" text NOT NULL, "youth_id" uuid NOT NULL, "allowed_fields" text array NOT NULL, "denied_fields" text array NOT NULL, "purpose" text NOT NULL, "request_id" text NOT NULL, "outcome" text NOT NULL, CONSTRAINT "PK_audit_record" PRIMARY KEY ("id"))`,
  `CREATE UNIQUE INDEX "audit_record_request_youth" ON "audit_record" ("request_id", "youth_id")`,
  `CREATE INDEX "audit_record_youth_at" ON "audit_record" ("youth_id", "at")`,
  `CREATE INDEX "audit_record_at" ON "audit_record" ("at")`,
];
export const auditTableDown = ['DROP TABLE "audit_record"'];

/**
 * The audit keys, for each subgraph's migration after `auditTableUp`: a record is one request's (the
 * gateway's id) of one user of one youth, the client's request id is kept beside it, and a record
 * may concern no youth (a search or an export).
 */
export const auditKeysUp = [
  `ALTER TABLE "audit_record" ADD "client_request_id" text`,
  `ALTER TABLE "audit_record" ALTER COLUMN "youth_id" DROP NOT NULL`,
  `DROP INDEX "audit_record_request_youth"`,
  `CREATE UNIQUE INDEX "audit_record_request_user_youth" ON "audit_record" ("request_id", "user_id", "youth_id")`,
];
export const auditKeysDown = [
  `DROP INDEX "audit_record_request_user_youth"`,
  `DELETE FROM "audit_record" WHERE "youth_id" IS NULL`,
  `ALTER TABLE "audit_record" ALTER COLUMN "youth_id" SET NOT NULL`,
  // Records of two users under one request id (possible only before these keys) keep the first.
  `DELETE FROM "audit_record" later USING "audit_record" earlier WHERE later."request_id" = earlier."request_id" AND later."youth_id" = earlier."youth_id" AND (later."at", later."id") > (earlier."at", earlier."id")`,
  `CREATE UNIQUE INDEX "audit_record_request_youth" ON "audit_record" ("request_id", "youth_id")`,
  `ALTER TABLE "audit_record" DROP COLUMN "client_request_id"`,
];

/**
 * The audit record's key numbered in the order records are written, for each subgraph's migration
 * after `auditKeysUp`. Its random UUID made every INSERT of a page's records touch as many random
 * pages of the key's index as there were youths; a 50-youth INSERT cost PostgreSQL about 30% more
 * CPU with it (docs/BENCHMARKS.md). Nothing outside the table refers to the key.
 */
export const auditSequentialIdUp = [
  `ALTER TABLE "audit_record" DROP CONSTRAINT "PK_audit_record"`,
  `ALTER TABLE "audit_record" DROP COLUMN "id"`,
  `ALTER TABLE "audit_record" ADD "id" bigserial`,
  `ALTER TABLE "audit_record" ADD CONSTRAINT "PK_audit_record" PRIMARY KEY ("id")`,
];
export const auditSequentialIdDown = [
  `ALTER TABLE "audit_record" DROP CONSTRAINT "PK_audit_record"`,
  `ALTER TABLE "audit_record" DROP COLUMN "id"`,
  `ALTER TABLE "audit_record" ADD "id" uuid NOT NULL DEFAULT gen_random_uuid()`,
  `ALTER TABLE "audit_record" ADD CONSTRAINT "PK_audit_record" PRIMARY KEY ("id")`,
];

/**
 * The audit records merged from the entries: one per request, user and youth (one per request and
 * user for what concerns no youth), the fields united, the first entry's role, unit, purpose and
 * client request id, the outcome worked out from the united fields. `where` narrows the entries
 * read; PostgreSQL does not carry a condition on the records into the grouping on its own.
 */
function mergedRecords(where: string): string {
  return `SELECT merged.id, merged.at, merged.user_id, merged.role, merged.unit, merged.youth_id, merged.allowed_fields, merged.denied_fields,
      merged.purpose, merged.request_id, merged.client_request_id,
      CASE
        WHEN cardinality(merged.allowed_fields) = 0 AND merged.refused THEN 'REFUSED'
        WHEN cardinality(merged.denied_fields) = 0 THEN 'ALLOWED'
        WHEN cardinality(merged.allowed_fields) = 0 THEN 'DENIED'
        ELSE 'PARTIAL' END AS outcome
    FROM (
      SELECT min(entry.id) AS id, min(entry.at) AS at, entry.user_id, youth.id AS youth_id, entry.request_id,
        (array_agg(entry.role ORDER BY entry.id))[1] AS role,
        (array_agg(entry.unit ORDER BY entry.id))[1] AS unit,
        (array_agg(entry.purpose ORDER BY entry.id))[1] AS purpose,
        (array_agg(entry.client_request_id ORDER BY entry.id))[1] AS client_request_id,
        ARRAY(SELECT DISTINCT field FROM unnest(audit_fields_union(entry.allowed_fields)) AS field ORDER BY field) AS allowed_fields,
        ARRAY(SELECT DISTINCT field FROM unnest(audit_fields_union(entry.denied_fields)) AS field ORDER BY field) AS denied_fields,
        bool_or(entry.outcome = 'REFUSED') AS refused
      FROM "audit_entry" entry LEFT JOIN LATERAL unnest(entry.youth_ids) AS youth(id) ON true
      ${where}
      GROUP BY entry.request_id, entry.user_id, youth.id
    ) merged`;
}

/**
 * One row per request and set of youths read alike, for each subgraph's migration after
 * `auditSequentialIdUp`. A page of 50 youths was 50 rows, each with four index entries; it is now
 * one row, its youths in an array under a GIN index (docs/BENCHMARKS.md). The `audit_record` view
 * keeps the one record per request, user and youth that readers know, merging a request's entries
 * the way the old key merged its rows: fields united, the first entry's role, unit and purpose, the
 * outcome worked out from the united fields. Existing records move over unchanged.
 */
export const auditEntriesUp = [
  `CREATE TABLE "audit_entry" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" text NOT NULL, "role" text NOT NULL, "unit" text NOT NULL, "youth_ids" uuid array NOT NULL, "allowed_fields" text array NOT NULL, "denied_fields" text array NOT NULL, "purpose" text NOT NULL, "request_id" text NOT NULL, "client_request_id" text, "outcome" text NOT NULL, CONSTRAINT "PK_audit_entry" PRIMARY KEY ("id"))`,
  `INSERT INTO "audit_entry" ("at", "user_id", "role", "unit", "youth_ids", "allowed_fields", "denied_fields", "purpose", "request_id", "client_request_id", "outcome")
    SELECT "at", "user_id", "role", "unit", CASE WHEN "youth_id" IS NULL THEN '{}'::uuid[] ELSE ARRAY["youth_id"] END, "allowed_fields", "denied_fields", "purpose", "request_id", "client_request_id", "outcome"
    FROM "audit_record" ORDER BY "id"`,
  `DROP TABLE "audit_record"`,
  `CREATE INDEX "audit_entry_youths" ON "audit_entry" USING gin ("youth_ids")`,
  `CREATE INDEX "audit_entry_request" ON "audit_entry" ("request_id")`,
  `CREATE INDEX "audit_entry_at" ON "audit_entry" ("at")`,
  `CREATE AGGREGATE audit_fields_union(text[]) (SFUNC = array_cat, STYPE = text[], INITCOND = '{}')`,
  `CREATE VIEW "audit_record" AS ${mergedRecords('')}`,
];
export const auditEntriesDown = [
  `ALTER VIEW "audit_record" RENAME TO "audit_record_merged"`,
  `CREATE TABLE "audit_record" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" text NOT NULL, "role" text NOT NULL, "unit" text NOT NULL, "youth_id" uuid, "allowed_fields" text array NOT NULL, "denied_fields" text array NOT NULL, "purpose" text NOT NULL, "request_id" text NOT NULL, "outcome" text NOT NULL, "client_request_id" text, CONSTRAINT "PK_audit_record" PRIMARY KEY ("id"))`,
  `INSERT INTO "audit_record" ("at", "user_id", "role", "unit", "youth_id", "allowed_fields", "denied_fields", "purpose", "request_id", "outcome", "client_request_id")
    SELECT "at", "user_id", "role", "unit", "youth_id", "allowed_fields", "denied_fields", "purpose", "request_id", "outcome", "client_request_id" FROM "audit_record_merged" ORDER BY "id", "youth_id"`,
  `DROP VIEW "audit_record_merged"`,
  `DROP AGGREGATE audit_fields_union(text[])`,
  `DROP TABLE "audit_entry"`,
  `CREATE UNIQUE INDEX "audit_record_request_user_youth" ON "audit_record" ("request_id", "user_id", "youth_id")`,
  `CREATE INDEX "audit_record_youth_at" ON "audit_record" ("youth_id", "at")`,
  `CREATE INDEX "audit_record_at" ON "audit_record" ("at")`,
];

/** What a request did that concerns no single youth: kept under this key, stored with no youth id. */
const NO_YOUTH = '';

/** The kind of a youth search's term, which is audited instead of the term: a CPR number (or part of one) is never stored. */
export function searchTermKind(term: string): 'CPR' | 'NAME' {
  return /^[\d\s-]+$/.test(term) ? 'CPR' : 'NAME';
}

interface Pending {
  allowed: Set<string>;
  denied: Set<string>;
  /** The youth was out of the caller's reach: an id tried and refused. */
  refused: boolean;
}

/** Raised by `store` when the request's audit records could not be written. */
export class AuditUnavailable extends Error {
  constructor(
    /** How many youths' records were lost; their ids stay out of logs and messages. */
    readonly youths: number,
    readonly reason: { name: string; code?: string },
  ) {
    super('The audit records of the request could not be stored');
    this.name = 'AuditUnavailable';
  }
}

/** Where a record is written: the pool, or the transaction of a write (a TypeORM EntityManager). */
interface Statements {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

const QUEUED = Promise.resolve(true);
const REFUSED = Promise.resolve(false);

/**
 * Collects the personal-field reads of one request, allowed and denied, and stores them when the
 * operation is done, in one INSERT (shared with requests that finish at the same time, `AuditWriter`):
 * one record per youth. The subgraph server calls `store` before the response leaves and sends no
 * data when it fails, so a field can be resolved as soon as its read is collected.
 */
export class AuditTrail {
  private pending = new Map<string, Pending>();
  private stored = false;

  /** Why the data is read; set once the operation is known. */
  purpose = 'unresolved operation';

  constructor(
    private readonly db: DataSource,
    private readonly identity: Identity,
    private readonly requestId: string,
    /** The id the client sent, if any: stored beside the request's own, never a key. */
    private readonly clientRequestId: string | null = null,
    /** Nothing is recorded: only a server started `unguarded` for the benchmark (refused in production). */
    private readonly off = false,
  ) {}

  /**
   * Collects a read for the request's record. Resolves to true: the record is stored before the
   * response leaves, or the response carries no data. After `store` nothing more can be recorded,
   * so it resolves to false and the caller must refuse.
   */
  read(youthId: string, field: string, allowed: boolean): Promise<boolean> {
    return this.readNow(youthId, field, allowed) ? QUEUED : REFUSED;
  }

  /** `read`, answered at once: false when the request's records are already stored (too late to record). */
  readNow(youthId: string, field: string, allowed: boolean): boolean {
    if (this.off) return true;
    if (this.stored) return false;
    (allowed ? this.entry(youthId).allowed : this.entry(youthId).denied).add(field);
    return true;
  }

  /**
   * Collects a refused attempt at a youth the caller does not relate to (a `youth(id)`, an entity
   * reference): one REFUSED record per request and youth id tried, whether or not the id exists.
   */
  refuse(youthId: string, attempt: string): void {
    if (this.off || this.stored) return;
    const entry = this.entry(youthId);
    entry.denied.add(attempt);
    entry.refused = true;
  }

  /**
   * Collects what the request did, or was refused, that concerns no single youth (a search by its
   * term's kind, an export): one record without a youth, REFUSED when nothing of it was allowed.
   */
  action(name: string, allowed = true): void {
    if (this.off || this.stored) return;
    const entry = this.entry(NO_YOUTH);
    if (allowed) entry.allowed.add(name);
    else {
      entry.denied.add(name);
      entry.refused = true;
    }
  }

  private entry(youthId: string): Pending {
    let entry = this.pending.get(youthId);
    if (!entry) {
      entry = { allowed: new Set(), denied: new Set(), refused: false };
      this.pending.set(youthId, entry);
    }
    return entry;
  }

  /**
   * Writes every collected read, once, before the response leaves; throws `AuditUnavailable` when
   * it cannot. The rows go to the pool's `AuditWriter`, which writes the rows of requests that finish
   * at the same time in one INSERT.
   */
  async store(): Promise<void> {
    if (this.stored) return;
    this.stored = true;
    const batch = this.pending;
    this.pending = new Map();
    if (batch.size === 0) return;
    try {
      await writerFor(this.db).write(this.db, this.rows(batch));
    } catch (error) {
      throw unavailable(error, batch.size);
    }
  }

  /**
   * Stores the record of a write at once, on the transaction that makes the write, so the write and
   * its record are committed together or not at all: when the record cannot be stored this throws
   * `AuditUnavailable` and the transaction rolls back. Later reads of the youth in the same request
   * merge into the same record.
   */
  async storeWithin(transaction: Statements, youthId: string, field: string): Promise<void> {
    if (this.off) return;
    try {
      await insertRows(transaction, this.rows(new Map([[youthId, { allowed: new Set([field]), denied: new Set<string>(), refused: false }]])));
    } catch (error) {
      throw unavailable(error, 1);
    }
  }

  /**
   * The youths' records as rows: one row per set of youths read alike (the same fields allowed and
   * refused, the same outcome), so a page of youths read alike is one row. Another write under the
   * same request id and user (a subgraph calling this one on the caller's behalf, a change stored in
   * its own transaction) adds a row; the `audit_record` view merges them into the youth's one record.
   */
  private rows(batch: Map<string, Pending>): AuditRows {
    const sets = new Map<string, { youthIds: string[]; allowed: string; denied: string; outcome: string }>();
    for (const [youthId, { allowed, denied, refused }] of batch) {
      const allowedList = fieldList(allowed);
      const deniedList = fieldList(denied);
      const outcome = refused && allowed.size === 0 ? 'REFUSED' : denied.size === 0 ? 'ALLOWED' : allowed.size === 0 ? 'DENIED' : 'PARTIAL';
      // What concerns no single youth is a set of its own: its row has no youths.
      const key = `${youthId === NO_YOUTH ? '-' : '+'}${outcome}${SET_SEPARATOR}${allowedList}${SET_SEPARATOR}${deniedList}`;
      let set = sets.get(key);
      if (!set) sets.set(key, (set = { youthIds: [], allowed: allowedList, denied: deniedList, outcome }));
      if (youthId !== NO_YOUTH) set.youthIds.push(youthId);
    }
    const rows = emptyRows();
    for (const { youthIds, allowed, denied, outcome } of sets.values()) {
      rows.users.push(this.identity.sub);
      rows.roles.push(this.identity.roles.join(','));
      rows.units.push(this.identity.org);
      rows.purposes.push(this.purpose);
      rows.requestIds.push(this.requestId);
      rows.clientRequestIds.push(this.clientRequestId);
      rows.youthSets.push(youthIds.join(','));
      rows.allowedFields.push(allowed);
      rows.deniedFields.push(denied);
      rows.outcomes.push(outcome);
    }
    return rows;
  }
}

/**
 * Audit entries as the INSERT sends them: one array per column, each row at the same index in
 * every array, so the statement's text is the same for any number of rows (PostgreSQL parses and
 * plans ten parameters, however many rows and youths).
 */
interface AuditRows {
  users: string[];
  roles: string[];
  units: string[];
  purposes: string[];
  requestIds: string[];
  clientRequestIds: (string | null)[];
  youthSets: string[];
  allowedFields: string[];
  deniedFields: string[];
  outcomes: string[];
}

function emptyRows(): AuditRows {
  return { users: [], roles: [], units: [], purposes: [], requestIds: [], clientRequestIds: [], youthSets: [], allowedFields: [], deniedFields: [], outcomes: [] };
}

/** Appends `more`'s rows to `rows`, in order. */
function appendRows(rows: AuditRows, more: AuditRows): void {
  for (const column of Object.keys(rows) as (keyof AuditRows)[]) (rows[column] as unknown[]).push(...more[column]);
}

async function insertRows(runner: Statements, rows: AuditRows): Promise<void> {
  await runner.query(prepared(INSERT_ENTRIES), [
    rows.users,
    rows.roles,
    rows.units,
    rows.purposes,
    rows.requestIds,
    rows.clientRequestIds,
    rows.youthSets,
    rows.allowedFields,
    rows.deniedFields,
    rows.outcomes,
  ]);
}

/** A request's rows waiting for the next INSERT, and how to tell the request how it went. */
interface Waiting {
  /** The request's own view of the data source: the INSERT runs on the first waiting request's, so it is counted and traced there. */
  db: Statements;
  rows: AuditRows;
  done: () => void;
  failed: (error: unknown) => void;
}

/**
 * Writes the audit rows of the requests of one connection pool. One INSERT is in flight at a time:
 * a request whose rows come while it runs waits for it to end, and then goes in the next INSERT
 * with every other request that came meanwhile. Under load, requests that finish together share
 * one statement and one commit; alone, a request's rows are written at once. Each request still
 * waits until its own rows are committed. When an INSERT of several requests fails, each request's
 * rows are tried again alone, so one request's bad row costs no other request its answer.
 */
class AuditWriter {
  private waiting: Waiting[] = [];
  private writing = false;

  constructor(
    /** The most requests one INSERT carries. */
    private readonly largest = 64,
  ) {}

  write(db: Statements, rows: AuditRows): Promise<void> {
    return new Promise((done, failed) => {
      this.waiting.push({ db, rows, done, failed });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, this.largest);
        await this.insert(batch).catch((error: unknown) => {
          for (const waiting of batch) waiting.failed(error);
        });
      }
    } finally {
      this.writing = false;
    }
  }

  private async insert(batch: Waiting[]): Promise<void> {
    const first = batch[0]!;
    if (batch.length === 1) {
      await insertRows(first.db, first.rows).then(first.done, first.failed);
      return;
    }
    const rows = emptyRows();
    for (const waiting of batch) appendRows(rows, waiting.rows);
    try {
      await insertRows(first.db, rows);
    } catch {
      for (const waiting of batch) await insertRows(waiting.db, waiting.rows).then(waiting.done, waiting.failed);
      return;
    }
    for (const waiting of batch) waiting.done();
  }
}

/**
 * One writer per connection pool: a request's view of the data source (`countedDataSource`) shares
 * its pool, and so its writer, with every other request's.
 */
const writers = new WeakMap<object, AuditWriter>();

function writerFor(db: DataSource): AuditWriter {
  const pool = db.driver as object;
  let writer = writers.get(pool);
  if (!writer) writers.set(pool, (writer = new AuditWriter()));
  return writer;
}

/** Separates the field names of one record in the arrays `insert` sends; no field or action name contains it. */
const FIELD_SEPARATOR = '\x1f';
/** Separates the parts of a set's key in `insert`; no field or action name contains it either. */
const SET_SEPARATOR = '\x1e';

/**
 * The fields as `insert` sends them, in the order read: the objects of a list are read field by
 * field in the same order, so youths read alike share a row without sorting (and youths read in
 * another order only make another row; the view sorts the fields).
 */
function fieldList(fields: Set<string>): string {
  let list = '';
  for (const field of fields) {
    if (field.includes(FIELD_SEPARATOR) || field.includes(SET_SEPARATOR)) throw new Error('An audited name contains a separator');
    list = list === '' ? field : `${list}${FIELD_SEPARATOR}${field}`;
  }
  return list;
}

const INSERT_ENTRIES = `INSERT INTO audit_entry (user_id, role, unit, youth_ids, allowed_fields, denied_fields, purpose, request_id, client_request_id, outcome)
  SELECT entry.user_id, entry.role, entry.unit, string_to_array(entry.youths, ',')::uuid[], string_to_array(entry.allowed, E'\\x1f'), string_to_array(entry.denied, E'\\x1f'),
    entry.purpose, entry.request_id, entry.client_request_id, entry.outcome
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
    AS entry(user_id, role, unit, purpose, request_id, client_request_id, youths, allowed, denied, outcome)`;

/** The database's error as `AuditUnavailable`: its name and code only, never its text, which may quote values. */
function unavailable(error: unknown, youths: number): AuditUnavailable {
  const { name, code } = error as { name?: string; code?: unknown };
  return new AuditUnavailable(youths, { name: name ?? 'Error', ...(typeof code === 'string' ? { code } : {}) });
}

/** Deletes audit records older than the retention period; returns how many. */
export async function purgeAuditRecords(db: DataSource, retentionDays: number): Promise<number> {
  const result: [unknown[], number] = await db.query(`DELETE FROM audit_entry WHERE at < now() - make_interval(days => $1)`, [retentionDays]);
  return result[1];
}

/** One entry of a youth's audit log as the `AuditRecord` type of each subgraph's schema gives it. */
export type AuditLogEntry = Pick<AuditRecord, 'at' | 'userId' | 'role' | 'unit' | 'deniedFields' | 'purpose' | 'requestId' | 'outcome'> & { fields: string[] };

/**
 * The audit records kept about a youth, oldest first, from `from` (inclusive) to `to` (exclusive), as
 * the schema's entries.
 */
export async function auditLogEntries(db: DataSource, youthId: string, from?: Date | string | null, to?: Date | string | null): Promise<AuditLogEntry[]> {
  const since = from == null ? null : new Date(from);
  const until = to == null ? null : new Date(to);
  const rows: { at: Date; user_id: string; role: string; unit: string; allowed_fields: string[]; denied_fields: string[]; purpose: string; request_id: string; outcome: AuditRecord['outcome'] }[] =
    await db.query(prepared(AUDIT_LOG), [youthId, since, until]);
  return rows.map((row) => ({
    at: row.at,
    userId: row.user_id,
    role: row.role,
    unit: row.unit,
    fields: row.allowed_fields,
    deniedFields: row.denied_fields,
    purpose: row.purpose,
    requestId: row.request_id,
    outcome: row.outcome,
  }));
}

// The entries that name the youth, found by the GIN index, then merged.
const AUDIT_LOG = `SELECT at, user_id, role, unit, allowed_fields, denied_fields, purpose, request_id, outcome
  FROM (${mergedRecords('WHERE entry.youth_ids @> ARRAY[$1::uuid]')}) record
  WHERE youth_id = $1 AND ($2::timestamptz IS NULL OR at >= $2) AND ($3::timestamptz IS NULL OR at < $3)
  ORDER BY at, id`;
