import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Collects query parameters and hands out their `$n` placeholders. */
export class SqlParams {
  readonly values: unknown[];

  constructor(initial: unknown[] = []) {
    this.values = [...initial];
  }

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

// One row-to-entity mapping for every service.
export { hydrate } from '@mentor/common';

/** Runs a statement in the transaction and returns its rows, also for UPDATE … RETURNING (which plain `query` pairs with a count). */
export async function queryRows(manager: EntityManager, sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  if (!manager.queryRunner) throw new Error('queryRows runs inside a transaction');
  const result = await manager.queryRunner.query(sql, params, true);
  return result.records as Record<string, unknown>[];
}

const ROWS_PER_STATEMENT = 20_000;

/** A PostgreSQL array literal, for an array column sent as one element of a text array. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, (character) => `\\${character}`)}"`).join(',')}}`;
}

/**
 * Inserts many rows into an entity's table, in chunks: each chunk is one multi-row INSERT that
 * unnests one array parameter per column, so it costs a parameter per column, not one per value.
 * Each row lists its values in the order of `columns` (database column names).
 */
export async function bulkInsert<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
  const metadata = manager.connection.getMetadata(target);
  const specs = columns.map((name) => {
    const column = metadata.columns.find((candidate) => candidate.databaseName === name);
    if (!column) throw new Error(`${metadata.tableName} has no column ${name}`);
    return { name, type: manager.connection.driver.normalizeType(column), isArray: column.isArray };
  });
  // Array columns travel as text literals and are cast back: unnest would flatten an array of arrays.
  const select = specs.map((spec, index) => (spec.isArray ? `c${index}::${spec.type}[]` : `c${index}`)).join(', ');
  const unnest = specs.map((spec, index) => `$${index + 1}::${spec.isArray ? 'text' : spec.type}[]`).join(', ');
  const sql =
    `INSERT INTO "${metadata.tableName}" (${specs.map((spec) => `"${spec.name}"`).join(', ')}) ` +
    `SELECT ${select} FROM unnest(${unnest}) AS input(${specs.map((_, index) => `c${index}`).join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const params = specs.map((spec, index) =>
      chunk.map((row) => {
        const value = row[index];
        return spec.isArray && Array.isArray(value) ? arrayLiteral(value as string[]) : value;
      }),
    );
    await manager.query(sql, params);
  }
}
