/**
 * Checks on GraphQL responses, written as "what is wrong" lists so a failing test names every
 * offending path at once: `expect(problems).toEqual([])`.
 */

export type Path = (string | number)[];

export interface GraphQLErrorShape {
  message: string;
  path?: Path;
  extensions?: Record<string, unknown>;
}

export interface ResponseBody {
  data?: Record<string, unknown> | null;
  errors?: GraphQLErrorShape[];
}

/** One end of a dotted read path in a response: the value there, or where the way stopped. */
type Reached =
  | { kind: 'value'; path: Path; value: unknown }
  | { kind: 'null'; path: Path }
  | { kind: 'empty'; path: Path }
  | { kind: 'missing'; path: Path };

/** Follows `read` ("orders.edges.*.node.status") from `base` in `data`; `*` fans out over a list. */
export function reach(data: unknown, base: Path, read: string): Reached[] {
  let start: unknown = data;
  for (const [index, key] of base.entries()) {
    if (start === null) return [{ kind: 'null', path: base.slice(0, index) }];
    if (start === undefined || typeof start !== 'object') return [{ kind: 'missing', path: base.slice(0, index) }];
    start = (start as Record<string | number, unknown>)[key];
  }
  const walk = (value: unknown, path: Path, rest: string[]): Reached[] => {
    if (value === null) return [{ kind: 'null', path }];
    if (value === undefined) return [{ kind: 'missing', path }];
    if (rest.length === 0) return [{ kind: 'value', path, value }];
    const [key, ...tail] = rest as [string, ...string[]];
    if (key === '*') {
      if (!Array.isArray(value)) return [{ kind: 'missing', path }];
      if (value.length === 0) return [{ kind: 'empty', path }];
      return value.flatMap((item, index) => walk(item, [...path, index], tail));
    }
    if (typeof value !== 'object') return [{ kind: 'missing', path }];
    return walk((value as Record<string, unknown>)[key], [...path, key], tail);
  };
  return walk(start, base, read.split('.'));
}

const same = (a: Path | undefined, b: Path) => a !== undefined && a.length === b.length && a.every((segment, index) => segment === b[index]);
const startsWith = (path: Path | undefined, prefix: Path) => path !== undefined && path.length >= prefix.length && prefix.every((segment, index) => path[index] === segment);
const show = (path: Path) => path.join('.');

export function codeOf(error: GraphQLErrorShape): unknown {
  return error.extensions?.code;
}

/** Every read is present and non-null, and no error touches it. */
export function allowedProblems(body: ResponseBody, base: Path, reads: string[]): string[] {
  const problems: string[] = [];
  for (const read of reads) {
    for (const end of reach(body.data, base, read)) {
      if (end.kind === 'value') continue;
      const errors = (body.errors ?? []).filter((error) => error.path !== undefined && (startsWith(error.path, end.path) || startsWith(end.path, error.path)));
      const why = errors.length ? ` (errors: ${errors.map((error) => `${String(codeOf(error))} at ${show(error.path ?? [])}`).join(', ')})` : '';
      if (end.kind === 'empty') problems.push(`${read}: allowed, but ${show(end.path)} is an empty list${why}`);
      else problems.push(`${read}: allowed, but ${end.kind} at ${show(end.path)}${why}`);
    }
  }
  if (problems.length && !body.data) problems.push(`no data at all: ${JSON.stringify(body.errors)}`);
  return problems;
}

/**
 * No read is present; each stops at a null that carries a FORBIDDEN error at exactly that path.
 * `quietRoot`: the caller has no relation to any youth at all, so the root itself may be null
 * without an error, as for a youth that does not exist.
 */
export function deniedProblems(body: ResponseBody, base: Path, reads: string[], options: { quietRoot?: Path } = {}): string[] {
  const problems: string[] = [];
  for (const read of reads) {
    for (const end of reach(body.data, base, read)) {
      if (end.kind === 'value') {
        problems.push(`${read}: denied, but ${show(end.path)} = ${JSON.stringify(end.value)}`);
        continue;
      }
      if (end.kind === 'empty') {
        problems.push(`${read}: denied, but ${show(end.path)} is an empty list instead of null with FORBIDDEN`);
        continue;
      }
      if (end.kind === 'missing') {
        problems.push(`${read}: nothing at ${show(end.path)} (${JSON.stringify(body.errors ?? [])})`);
        continue;
      }
      if ((body.errors ?? []).some((error) => codeOf(error) === 'FORBIDDEN' && same(error.path, end.path))) continue;
      if (options.quietRoot && same(end.path, options.quietRoot)) continue;
      const below = (body.errors ?? []).filter((error) => startsWith(error.path, end.path));
      problems.push(
        below.length
          ? `${read}: ${show(end.path)} is null, but the errors are at ${below.map((error) => `${show(error.path ?? [])} (${String(codeOf(error))})`).join(', ')}: a denial there erased ${show(end.path)}`
          : `${read}: ${show(end.path)} is null without a FORBIDDEN error there (${JSON.stringify(body.errors ?? [])})`,
      );
    }
  }
  return problems;
}

/** Errors reduced to what a client could tell apart, in a stable order; `id` (the one asked for) reads as <id>. */
export function errorShapes(body: ResponseBody, id?: string): string[] {
  return (body.errors ?? [])
    .map((error) => `${String(codeOf(error))} at ${show(error.path ?? [])}: ${id ? error.message.split(id).join('<id>') : error.message}`)
    .sort();
}

/** The values from `secrets` that occur anywhere in the response. */
export function leaked(body: unknown, secrets: string[]): string[] {
  const text = JSON.stringify(body);
  return secrets.filter((secret) => text.includes(secret));
}
