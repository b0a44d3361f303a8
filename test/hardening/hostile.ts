import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
} from 'graphql';

/**
 * Hostile values for a mutation's input, derived from its input type in the schema, so a field
 * added to an input is attacked without anyone listing it here.
 */

/** One value put into the input: what it is, and whether any correct server must refuse it. */
export interface Hostile {
  value: unknown;
  label: string;
  /** True where no field of this type could sensibly accept it (a 100k-character name, 2026-02-30, a negative hour). */
  mustRefuse: boolean;
}

export interface Change extends Hostile {
  /** Where in the input, e.g. `entries.0.date`. */
  path: string;
}

export interface Variant {
  input: Record<string, unknown>;
  changes: Change[];
}

export const sqlInjections = [
  "'; DROP TABLE youth; --",
  "' OR '1'='1",
  "1; SELECT pg_sleep(5); --",
  "Robert'); DROP TABLE mentor_order; --",
  "$$; DELETE FROM audit_record; $$",
  '\\"; TRUNCATE consent CASCADE; --',
];

export const LONG = 100_000;

const hostile = (value: unknown, label: string, mustRefuse: boolean): Hostile => ({ value, label, mustRefuse });

function stringValues(required: boolean): fc.Arbitrary<Hostile> {
  return fc.oneof(
    fc.constantFrom(...sqlInjections).map((value) => hostile(value, `SQL ${JSON.stringify(value)}`, false)),
    fc.constant(hostile('x'.repeat(LONG), '100k characters', true)),
    fc.constant(hostile('ø'.repeat(LONG), '100k two-byte characters', true)),
    fc.constant(hostile('Lars\u0000Hansen', 'a NUL character', true)),
    fc.constantFrom('', '   ', '\n\t').map((value) => hostile(value, `blank ${JSON.stringify(value)}`, required)),
    fc.constantFrom('Ærø Østergård 🚀', '\u202eredro\u202c', 'zero\u200bwidth', '%s%n${7*7}{{7*7}}', '<script>alert(1)</script>').map((value) =>
      hostile(value, `odd text ${JSON.stringify(value)}`, false),
    ),
    fc.string({ maxLength: 30 }).map((value) => hostile(value, `random text ${JSON.stringify(value)}`, required && value.trim() === '')),
  );
}

function idValues(current: unknown): fc.Arbitrary<Hostile> {
  return fc.oneof(
    fc.constantFrom('not-a-uuid', '42', '', "00000000-0000-0000-0000-000000000000' OR '1'='1", 'ffffffff-ffff-ffff-ffff-fffffffffffff', 'x'.repeat(LONG)).map((value) =>
      hostile(value, `malformed id ${JSON.stringify(value.slice(0, 60))}`, true),
    ),
    fc.constantFrom(...sqlInjections).map((value) => hostile(value, `SQL id ${JSON.stringify(value)}`, true)),
    fc.constant(hostile(42, 'a number for an id', true)),
    fc.uuid().map((value) => hostile(value, 'an unknown id', false)),
    fc.constant(hostile('00000000-0000-0000-0000-000000000000', 'the nil UUID', false)),
    ...(typeof current === 'string' ? [fc.constant(hostile(current.toUpperCase(), 'the right id in upper case', false))] : []),
  );
}

function dateValues(): fc.Arbitrary<Hostile> {
  return fc.oneof(
    fc.constantFrom('2026-02-30', '2026-13-01', '2026-00-10', '2025-02-29', '2026-1-5', '26-01-05', '05-01-2026', 'i morgen', '', '2026-01-05T25:00:00Z', '+275760-09-13', 'NaN').map(
      (value) => hostile(value, `invalid date ${JSON.stringify(value)}`, true),
    ),
    fc.constantFrom(...sqlInjections).map((value) => hostile(value, `SQL date ${JSON.stringify(value)}`, true)),
    fc.constant(hostile(20260105, 'a number for a date', true)),
    fc.constantFrom('0001-01-01', '1899-12-31', '9999-12-31', '1970-01-01').map((value) => hostile(value, `far-off date ${value}`, false)),
  );
}

function intValues(): fc.Arbitrary<Hostile> {
  return fc.oneof(
    fc.constantFrom(-1, -2147483648).map((value) => hostile(value, `negative ${value}`, true)),
    fc.integer({ min: -1_000_000, max: -1 }).map((value) => hostile(value, `negative ${value}`, true)),
    fc.constantFrom(1.5, 0.001, 2147483648, 1e21).map((value) => hostile(value, `not a 32-bit integer: ${value}`, true)),
    fc.constantFrom('12', true).map((value) => hostile(value, `${typeof value} for an Int`, true)),
    fc.constantFrom(0, 2147483647).map((value) => hostile(value, `edge ${value}`, false)),
  );
}

function floatValues(): fc.Arbitrary<Hostile> {
  return fc.oneof(
    fc.constantFrom(-1, -0.25, -1e308).map((value) => hostile(value, `negative ${value}`, true)),
    fc.double({ min: -1e6, max: -1e-6, noNaN: true }).map((value) => hostile(value, `negative ${value}`, true)),
    fc.constantFrom(1e308, 1.7976931348623157e308, 1e20).map((value) => hostile(value, `huge ${value}`, true)),
    fc.constantFrom('1.5', false).map((value) => hostile(value, `${typeof value} for a Float`, true)),
    fc.constantFrom(0, 1e-9, 0.333333333333).map((value) => hostile(value, `edge ${value}`, false)),
  );
}

function enumValues(values: string[]): fc.Arbitrary<Hostile> {
  return fc.oneof(
    fc.constantFrom('UNKNOWN_VALUE', values[0]!.toLowerCase(), `${values[0]} `, '', "ACTIVE'; --", '0').map((value) => hostile(value, `unknown enum value ${JSON.stringify(value)}`, true)),
    fc.constant(hostile(0, 'a number for an enum', true)),
  );
}

function booleanValues(): fc.Arbitrary<Hostile> {
  return fc.constantFrom('true', 1, 'ja').map((value) => hostile(value, `${JSON.stringify(value)} for a Boolean`, true));
}

/** Values for one position of type `type`, whose current (valid) value is `current`. */
export function hostileValues(type: GraphQLInputType, current: unknown): fc.Arbitrary<Hostile> {
  const required = isNonNullType(type);
  const nullable = getNullableType(type);
  const absent = fc.constant(hostile(null, 'null', required));
  if (isListType(nullable)) {
    const itemType = nullable.ofType as GraphQLInputType;
    const sample = Array.isArray(current) && current.length ? current[0] : undefined;
    const many = isScalarType(getNamedType(itemType)) && getNamedType(itemType).name === 'String' ? Array.from({ length: 1000 }, (_, index) => `punkt ${index}`) : Array.from({ length: 1000 }, () => sample ?? null);
    return fc.oneof(
      absent,
      fc.constant(hostile([], 'an empty list', false)),
      fc.constant(hostile(many, 'a list of 1000 items', true)),
      fc.constant(hostile([null], 'a list holding null', isNonNullType(itemType))),
      hostileValues(itemType, sample).map((item) => hostile([...(Array.isArray(current) ? current : []), item.value], `a list with ${item.label}`, item.mustRefuse)),
    );
  }
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    const hasRequired = Object.values(named.getFields()).some((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return fc.oneof(absent, fc.constant(hostile({}, 'an empty object', hasRequired)), fc.constant(hostile('{}', 'a string for an object', true)));
  }
  const values = isEnumType(named)
    ? enumValues(named.getValues().map((value) => value.name))
    : named.name === 'ID'
      ? idValues(current)
      : named.name === 'Date' || named.name === 'DateTime'
        ? dateValues()
        : named.name === 'Int'
          ? intValues()
          : named.name === 'Float'
            ? floatValues()
            : named.name === 'Boolean'
              ? booleanValues()
              : stringValues(required);
  return fc.oneof({ arbitrary: values, weight: 9 }, { arbitrary: absent, weight: 1 });
}

interface Position {
  path: (string | number)[];
  type: GraphQLInputType;
  current: unknown;
}

/** Every field of the input (set or not) and every field of the nested objects the valid input holds. */
export function positions(type: GraphQLInputObjectType, value: Record<string, unknown>, prefix: (string | number)[] = []): Position[] {
  return Object.values(type.getFields()).flatMap((field) => {
    const current = value[field.name];
    const here: Position = { path: [...prefix, field.name], type: field.type, current };
    const named = getNamedType(field.type);
    if (!isInputObjectType(named) || current === undefined || current === null) return [here];
    if (Array.isArray(current)) {
      return [here, ...current.slice(0, 1).flatMap((item, index) => positions(named, item as Record<string, unknown>, [...prefix, field.name, index]))];
    }
    return [here, ...positions(named, current as Record<string, unknown>, [...prefix, field.name])];
  });
}

function setAt(target: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(target);
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

/** One to three positions of the valid input, each replaced by a hostile value. */
export function hostileVariants(type: GraphQLInputObjectType, valid: Record<string, unknown>): fc.Arbitrary<(valid: Record<string, unknown>) => Variant> {
  const all = positions(type, valid);
  const change = fc.constantFrom(...all).chain((position) => hostileValues(position.type, position.current).map((value) => ({ position, value })));
  return fc.uniqueArray(change, { minLength: 1, maxLength: 3, selector: ({ position }) => position.path.join('.') }).map((changes) => {
    // Applied to a fresh valid input at run time: the valid input names records that change as the test runs.
    const nested = (path: (string | number)[]) => changes.some(({ position }) => path.length > position.path.length && position.path.every((key, index) => path[index] === key));
    const kept = changes.filter(({ position }) => !nested(position.path));
    return (fresh: Record<string, unknown>) => ({
      input: kept.reduce((input, { position, value }) => setAt(input, position.path, value.value), fresh),
      changes: kept.map(({ position, value }) => ({ path: position.path.join('.'), ...value })),
    });
  });
}
