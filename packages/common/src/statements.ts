import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';

interface StatementScope {
  statements: number;
}

const scope = new AsyncLocalStorage<StatementScope>();
let total = 0;

/** Runs `work` with its own statement count; every SQL statement issued inside it is counted. */
export function countStatements<T>(work: () => Promise<T>): { result: Promise<T>; count: () => number } {
  const counter: StatementScope = { statements: 0 };
  return { result: scope.run(counter, work), count: () => counter.statements };
}

/** Statements this process has issued since it started, for benchmarks. */
export function totalStatements(): number {
  return total;
}

/**
 * A TypeORM logger that counts statements (per request, and in total) and logs nothing: SQL
 * text and parameters carry personal data and never reach a log.
 */
export class StatementCounter implements TypeOrmLogger {
  /** Statements issued through this data source. */
  issued = 0;

  logQuery(): void {
    total++;
    this.issued++;
    const current = scope.getStore();
    if (current) current.statements++;
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
