import type { DataSource, Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import { SpanKind, sqlCommand, type Context, type Tracing } from './tracing.js';

let total = 0;

/** Statements this process has issued since it started, for benchmarks. */
export function totalStatements(): number {
  return total;
}

/**
 * A TypeORM logger that counts statements (per data source, and in total) and logs nothing: SQL
 * text and parameters carry personal data and never reach a log.
 */
export class StatementCounter implements TypeOrmLogger {
  /** Statements issued through this data source. */
  issued = 0;

  logQuery(): void {
    total++;
    this.issued++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** Statements a data source has issued so far (0 when it was built with another logger). */
export function statementsIssuedBy(db: DataSource): number {
  return db.logger instanceof StatementCounter ? db.logger.issued : 0;
}

const databaseNames = new WeakMap<DataSource, string>();

/** The database's name, for spans: worked out once per data source, not once per request. */
function databaseNameOf(db: DataSource): string {
  let name = databaseNames.get(db);
  if (name === undefined) {
    name = (db.options as { database?: string; url?: string }).database ?? new URL((db.options as { url?: string }).url ?? 'postgres://localhost/').pathname.slice(1);
    databaseNames.set(db, name);
  }
  return name;
}

/** A request's view of the data source, and how many statements were issued through it. */
export interface CountedDataSource {
  db: DataSource;
  count(): number;
}

/**
 * The data source as one request sees it: the same connections, metadata and pool, but every query
 * runner it hands out (for `query`, repositories, query builders and transactions alike) counts
 * its statements for this request only. Requests in flight at the same time keep separate counts
 * without tracking asynchronous context, which costs every promise on Node 20.
 */
export function countedDataSource(db: DataSource, traced?: { tracing: Tracing; parent: Context }): CountedDataSource {
  let statements = 0;
  const database = databaseNameOf(db);
  // Everything else is the data source's own; its methods reach the runner and the manager
  // through `this`, so they find the ones below.
  const view = Object.create(db) as DataSource;
  const createQueryRunner = (mode?: 'master' | 'slave'): QueryRunner => {
    const runner = db.createQueryRunner.call(view, mode);
    const query = runner.query;
    runner.query = function (this: QueryRunner, ...args: Parameters<QueryRunner['query']>) {
      statements++;
      if (!traced?.tracing.enabled) return query.apply(this, args);
      // The command word and the database only: SQL text and parameters can hold personal data.
      const span = traced.tracing.start(`db ${sqlCommand(args[0])}`, traced.parent, SpanKind.CLIENT, {
        'db.system.name': 'postgresql',
        'db.namespace': database,
        'db.operation.name': sqlCommand(args[0]),
      });
      return query.apply(this, args).finally(() => span.end());
    } as QueryRunner['query'];
    return runner;
  };
  let manager: DataSource['manager'] | undefined;
  Object.defineProperties(view, {
    createQueryRunner: { value: createQueryRunner },
    // Built on first use: many requests never need one.
    manager: { get: () => (manager ??= db.createEntityManager.call(view)) },
  });
  return { db: view, count: () => statements };
}
