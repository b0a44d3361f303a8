import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Turns raw rows (snake_case, as PostgreSQL returns them) into entities, with TypeORM's own type
 * conversions, for loaders that send fixed SQL text through `query()` instead of building it with
 * the query builder on every batch. The rows are one statement's, so which of the entity's columns
 * they hold is worked out once, from the first row.
 */
export function hydrate<T extends ObjectLiteral>(db: DataSource, target: EntityTarget<T>, rows: Record<string, unknown>[]): T[] {
  if (rows.length === 0) return [];
  const metadata = db.getMetadata(target);
  const { driver } = db;
  const columns = metadata.columns.filter((column) => column.databaseName in rows[0]!);
  return rows.map((row) => {
    const entity = metadata.create() as T;
    for (const column of columns) column.setEntityValue(entity, driver.prepareHydratedValue(row[column.databaseName], column));
    return entity;
  });
}

/**
 * The named parameters of a scope (`:scopeOrg`, as the access scopes write them) as positional ones
 * after `values`, which it extends; a name not in `named`, and a `::` cast, stay as they are.
 */
export function positional(sql: string, named: Record<string, unknown>, values: unknown[]): string {
  const placeholders = new Map<string, string>();
  return sql.replace(/(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g, (match, name: string) => {
    if (!(name in named)) return match;
    let placeholder = placeholders.get(name);
    if (!placeholder) {
      values.push(named[name]);
      placeholders.set(name, (placeholder = `$${values.length}`));
    }
    return placeholder;
  });
}
