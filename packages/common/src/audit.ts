import type { DataSource } from 'typeorm';
import { EntitySchema } from 'typeorm';
import type { Identity } from './auth.js';
import { prepared } from './prepared.js';

/**
 * One row per youth per request per user: who read (or was refused) which personal fields, and why.
 * `requestId` is the id the gateway makes for each request, never one a client chose; the client's
 * own id is kept beside it (`clientRequestId`), for tracing only. A row without a youth records what
 * the request did that concerns no single youth: a search (by the kind of its term, never its text)
 * or an export.
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

/** The audit table every subgraph that holds youth data keeps in its own database. */
export const AuditRecordEntity = new EntitySchema<AuditRecord>({
  name: 'AuditRecord',
  tableName: 'audit_record',
  columns: {
    // Numbered in the order written: a random key would put every record's index entry on a random page.
    id: { type: 'bigint', primary: true, generated: 'increment' },
    at: { type: 'timestamptz', createDate: true },
    userId: { type: 'text', name: 'user_id' },
    role: { type: 'text' },
    unit: { type: 'text' },
    youthId: { type: 'uuid', name: 'youth_id', nullable: true },
    allowedFields: { type: 'text', array: true, name: 'allowed_fields' },
    deniedFields: { type: 'text', array: true, name: 'denied_fields' },
    purpose: { type: 'text' },
    requestId: { type: 'text', name: 'request_id' },
    clientRequestId: { type: 'text', name: 'client_request_id', nullable: true },
    outcome: { type: 'text' },
  },
  indices: [
    { name: 'audit_record_request_user_youth', columns: ['requestId', 'userId', 'youthId'], unique: true },
    { name: 'audit_record_youth_at', columns: ['youthId', 'at'] },
    { name: 'audit_record_at', columns: ['at'] },
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
 * Collects the personal-field reads of one request, allowed and denied, and stores them in one
 * INSERT when the operation is done: one record per youth. The subgraph server calls `store`
 * before the response leaves and sends no data when it fails, so a field can be resolved as soon
 * as its read is collected.
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

  /** Writes every collected read in one INSERT, once; throws `AuditUnavailable` when it cannot. */
  async store(): Promise<void> {
    if (this.stored) return;
    this.stored = true;
    const batch = this.pending;
    this.pending = new Map();
    if (batch.size === 0) return;
    try {
      await this.insert(this.db, batch);
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
      await this.insert(transaction, new Map([[youthId, { allowed: new Set([field]), denied: new Set<string>(), refused: false }]]));
    } catch (error) {
      throw unavailable(error, 1);
    }
  }

  /**
   * One INSERT of the youths' records. The key is the gateway's request id, the user and the youth:
   * another request of the same user under the same id (a subgraph calling this one on the
   * caller's behalf, or a change stored in its own transaction) merges into the youth's one record.
   * The rows travel as four arrays, so the statement's text is the same for any number of youths
   * (PostgreSQL parses and plans ten parameters, not ten per youth).
   */
  private async insert(runner: Statements, batch: Map<string, Pending>): Promise<void> {
    const youthIds: (string | null)[] = [];
    const allowedFields: string[] = [];
    const deniedFields: string[] = [];
    const outcomes: string[] = [];
    for (const [youthId, { allowed, denied, refused }] of batch) {
      youthIds.push(youthId === NO_YOUTH ? null : youthId);
      allowedFields.push(fieldList(allowed));
      deniedFields.push(fieldList(denied));
      outcomes.push(refused && allowed.size === 0 ? 'REFUSED' : denied.size === 0 ? 'ALLOWED' : allowed.size === 0 ? 'DENIED' : 'PARTIAL');
    }
    await runner.query(prepared(INSERT_RECORDS), [
      this.identity.sub,
      this.identity.roles.join(','),
      this.identity.org,
      this.purpose,
      this.requestId,
      this.clientRequestId,
      youthIds,
      allowedFields,
      deniedFields,
      outcomes,
    ]);
  }
}

/** Separates the field names of one record in the arrays `insert` sends; no field or action name contains it. */
const FIELD_SEPARATOR = '\x1f';

function fieldList(fields: Set<string>): string {
  for (const field of fields) if (field.includes(FIELD_SEPARATOR)) throw new Error('An audited name contains the field separator');
  return [...fields].join(FIELD_SEPARATOR);
}

const INSERT_RECORDS = `INSERT INTO audit_record (user_id, role, unit, youth_id, allowed_fields, denied_fields, purpose, request_id, client_request_id, outcome)
  SELECT $1, $2, $3, record.youth_id, string_to_array(record.allowed, E'\\x1f'), string_to_array(record.denied, E'\\x1f'), $4, $5, $6, record.outcome
  FROM unnest($7::uuid[], $8::text[], $9::text[], $10::text[]) AS record(youth_id, allowed, denied, outcome)
  ON CONFLICT (request_id, user_id, youth_id) DO UPDATE SET
    allowed_fields = ARRAY(SELECT DISTINCT unnest(audit_record.allowed_fields || EXCLUDED.allowed_fields)),
    denied_fields = ARRAY(SELECT DISTINCT unnest(audit_record.denied_fields || EXCLUDED.denied_fields)),
    outcome = CASE
      WHEN cardinality(audit_record.allowed_fields || EXCLUDED.allowed_fields) = 0 AND 'REFUSED' IN (audit_record.outcome, EXCLUDED.outcome) THEN 'REFUSED'
      WHEN cardinality(audit_record.denied_fields || EXCLUDED.denied_fields) = 0 THEN 'ALLOWED'
      WHEN cardinality(audit_record.allowed_fields || EXCLUDED.allowed_fields) = 0 THEN 'DENIED'
      ELSE 'PARTIAL' END`;

/** The database's error as `AuditUnavailable`: its name and code only, never its text, which may quote values. */
function unavailable(error: unknown, youths: number): AuditUnavailable {
  const { name, code } = error as { name?: string; code?: unknown };
  return new AuditUnavailable(youths, { name: name ?? 'Error', ...(typeof code === 'string' ? { code } : {}) });
}

/** Deletes audit records older than the retention period; returns how many. */
export async function purgeAuditRecords(db: DataSource, retentionDays: number): Promise<number> {
  const result: [unknown[], number] = await db.query(`DELETE FROM audit_record WHERE at < now() - make_interval(days => $1)`, [retentionDays]);
  return result[1];
}

/** One entry of a youth's audit log as the `AuditRecord` type of each subgraph's schema gives it. */
export type AuditLogEntry = Pick<AuditRecord, 'at' | 'userId' | 'role' | 'unit' | 'deniedFields' | 'purpose' | 'requestId' | 'outcome'> & { fields: string[] };

/** The audit records kept about a youth, oldest first, from `from` (inclusive) to `to` (exclusive), as the schema's entries. */
export async function auditLogEntries(db: DataSource, youthId: string, from?: Date | string | null, to?: Date | string | null): Promise<AuditLogEntry[]> {
  const since = from == null ? null : new Date(from);
  const until = to == null ? null : new Date(to);
  const records = await db
    .getRepository<AuditRecord>(AuditRecordEntity)
    .createQueryBuilder('record')
    .where('record.youthId = :youthId', { youthId })
    .andWhere(since ? 'record.at >= :since' : 'TRUE', { since })
    .andWhere(until ? 'record.at < :until' : 'TRUE', { until })
    .orderBy('record.at', 'ASC')
    .getMany();
  return records.map((record) => ({
    at: record.at,
    userId: record.userId,
    role: record.role,
    unit: record.unit,
    fields: record.allowedFields,
    deniedFields: record.deniedFields,
    purpose: record.purpose,
    requestId: record.requestId,
    outcome: record.outcome,
  }));
}
