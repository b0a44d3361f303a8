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
