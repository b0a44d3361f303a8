import { defaultFieldResolver, isIntrospectionType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { applyMiddleware, middleware, type IMiddleware, type IMiddlewareGenerator } from 'graphql-middleware';
import { allow, and, deny, not, or, rule, shield, type IRule, type IRules } from 'graphql-shield';
import type { Role } from './auth.js';
import { forbidden } from './errors.js';
import type { ServiceName } from './config.js';
import { isServicePrincipal } from './service-principal.js';
import type { BaseContext } from './subgraph.js';

export type ShieldRule = IRule | ReturnType<typeof and> | typeof allow | typeof deny;
/** Per type: a rule for each field (with `*` for the rest), or one rule for the whole type. */
export type RuleTree = Record<string, ShieldRule | Record<string, ShieldRule>>;
export { allow, and, deny, not, or, rule };

/** graphql-shield's field middleware, as `graphql-middleware` calls it. */
type FieldMiddleware = (resolve: GraphQLFieldResolver<unknown, unknown>, parent: unknown, args: unknown, context: unknown, info: unknown) => unknown;

/**
 * graphql-shield with deny as the fallback: a field without a rule is refused, never open.
 *
 * Fields whose rule is a pure role check cost nothing of graphql-shield's per field: a field whose
 * rule is `allow` keeps its own resolver, unwrapped; one whose rule is a `roleRule` gets a plain
 * synchronous check of the caller's roles (no promise, no cache lookup) that answers exactly as the
 * rule does: the resolver's value when a role matches, the same refusal otherwise. A field whose
 * rule is a `parentRule`, `fieldRule` or `auditedField` gets the rule's own check in place, answered
 * at once when the decision about its parent object is already made (by an earlier field of the
 * same object), so only the first field of each object waits; it answers as graphql-shield would
 * (the refusal when the check says no or fails, errors of the resolver as they are). The rest
 * (`and`/`or` combinations, `deny`, `serviceRule`, the fallback) runs in graphql-shield. Applied
 * with `applyPermissions`, the checks made in place are called from the fields' resolvers directly.
 */
// The type parameters are graphql-shield's own, so each subgraph's context type fits.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createPermissions<TSource = any, TContext = any, TArgs = any>(ruleTree: RuleTree): IMiddlewareGenerator<TSource, TContext, TArgs> {
  const fallbackError = forbidden();
  const shielded = shield(ruleTree as IRules, {
    fallbackRule: deny,
    fallbackError,
    // Errors resolvers throw on purpose (BAD_USER_INPUT, NOT_FOUND, …) pass through as they are.
    allowExternalErrors: true,
    debug: false,
  });
  const generator: IMiddlewareGenerator<TSource, TContext, TArgs> = middleware<TSource, TContext, TArgs>((schema: GraphQLSchema) => {
    const generated = shielded.generate(schema) as Record<string, Record<string, unknown>>;
    const checks: InPlaceCheck[] = [];
    for (const [typeName, fields] of Object.entries(generated)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type) || isIntrospectionType(type)) continue;
      for (const field of Object.keys(fields)) {
        const effective = ruleFor(ruleTree, typeName, field);
        if (effective === allow) delete fields[field];
        else {
          const roles = roleRuleRoles.get(effective);
          const check = parentChecks.get(effective);
          const inPlace = roles ? roleCheck(roles, fallbackError) : check ? parentCheck(check, fallbackError) : undefined;
          if (inPlace) {
            fields[field] = inPlace;
            checks.push({ typeName, field, check: inPlace });
          }
        }
      }
    }
    inPlaceChecks.set(generator, checks);
    return generated as IMiddleware<TSource, TContext, TArgs>;
  });
  return generator;
}

/** A field whose check `createPermissions` makes itself, without graphql-shield. */
interface InPlaceCheck {
  typeName: string;
  field: string;
  check: FieldMiddleware;
}

/** The checks made in place, per permissions generator, as its last `generate` made them. */
const inPlaceChecks = new WeakMap<object, InPlaceCheck[]>();

/**
 * The schema with `createPermissions`' permissions applied. `graphql-middleware` alone guards every
 * field too; this then sets each field whose check is made in place to call its check and its own
 * resolver directly, as the middleware would, without the middleware's wrapper (a closure per field
 * resolved). Every other field keeps the middleware's resolver: graphql-shield's rules.
 */
export function applyPermissions<TContext>(schema: GraphQLSchema, permissions: IMiddlewareGenerator<unknown, TContext, unknown>): GraphQLSchema {
  const guarded = applyMiddleware(schema, permissions);
  const checks = inPlaceChecks.get(permissions);
  if (!checks) throw new Error('applyPermissions needs the permissions of createPermissions');
  for (const { typeName, field, check } of checks) {
    const own = schema.getType(typeName);
    const target = guarded.getType(typeName);
    if (!isObjectType(own) || !isObjectType(target)) throw new Error(`${typeName} is not an object type of the schema`);
    const resolve = own.getFields()[field]?.resolve ?? defaultFieldResolver;
    target.getFields()[field]!.resolve = (parent, args, context, info) => check(resolve, parent, args, context, info);
  }
  return guarded;
}

/** The rule graphql-shield applies to a field: its own, else its type's `*`, else the fallback (deny). */
function ruleFor(ruleTree: RuleTree, typeName: string, field: string): ShieldRule {
  const typeRules = ruleTree[typeName] as Record<string, ShieldRule> | ShieldRule | undefined;
  if (typeRules === undefined) return deny;
  // A rule for the whole type, not a map of fields.
  if (typeof (typeRules as { resolve?: unknown }).resolve === 'function') return typeRules as ShieldRule;
  const fields = typeRules as Record<string, ShieldRule>;
  return fields[field] ?? fields['*'] ?? deny;
}

/** A role rule as field middleware: the caller's roles, checked in place. */
function roleCheck(roles: readonly Role[], refusal: Error): FieldMiddleware {
  return (resolve, parent, args, context, info) => {
    const held = (context as Partial<BaseContext<unknown>> | undefined)?.identity?.roles;
    if (!held || !roles.some((role) => held.includes(role))) return refusal;
    return resolve(parent, args, context, info as never);
  };
}

/** A check of a parent rule: its answer, or a promise of it while the decision is still being made. */
type ParentCheck = (parent: unknown, context: never) => boolean | Promise<boolean>;

/** The checks of the rules `parentRule`, `fieldRule` and `auditedField` made, run in place by `createPermissions`. */
const parentChecks = new WeakMap<ShieldRule, ParentCheck>();

/** A parent rule as field middleware: the resolver's value when the check says yes, else the refusal. */
function parentCheck(check: ParentCheck, refusal: Error): FieldMiddleware {
  return (resolve, parent, args, context, info) => {
    let answer: boolean | Promise<boolean>;
    try {
      answer = check(parent, context as never);
    } catch {
      return refusal;
    }
    if (answer === true) return resolve(parent, args, context, info as never);
    if (answer === false) return refusal;
    return answer.then(
      (allowed) => (allowed === true ? resolve(parent, args, context, info as never) : refusal),
      () => refusal,
    );
  };
}

/**
 * A rule that reads only the caller, never the parent: safe to cache per request.
 * Rules that read the parent must use `parentRule`, which remembers its answer per parent object.
 */
export function roleRule(...roles: Role[]): ShieldRule {
  // graphql-shield refuses two rules of one name, so one rule serves every use of the same roles.
  const name = `role:${[...roles].sort().join('|')}`;
  let existing = roleRules.get(name);
  if (!existing) {
    existing = rule(name, { cache: 'contextual' })((_parent, _args, context: BaseContext<unknown>) =>
      roles.some((role) => context.identity.roles.includes(role)),
    );
    roleRules.set(name, existing);
    roleRuleRoles.set(existing, [...roles]);
  }
  return existing;
}

const roleRules = new Map<string, ShieldRule>();

/**
 * A rule that lets through only the named subgraph calling as itself (a verified service
 * principal, `BaseContext.principal`), never a user, whatever their roles.
 */
export function serviceRule(service: ServiceName): ShieldRule {
  const name = `service:${service}`;
  let existing = serviceRules.get(name);
  if (!existing) {
    existing = rule(name, { cache: 'contextual' })((_parent, _args, context: BaseContext<unknown>) => isServicePrincipal(context.principal, service));
    serviceRules.set(name, existing);
  }
  return existing;
}

const serviceRules = new Map<string, ShieldRule>();
/** The roles of each rule `roleRule` made: those are checked without graphql-shield (see `createPermissions`). */
const roleRuleRoles = new WeakMap<ShieldRule, readonly Role[]>();

/**
 * A rule that reads the parent. It runs once per request and parent object, however many of the
 * object's fields it guards: the answer is kept on the request's context (`ruleAnswers`), keyed by
 * the parent object, so one item's answer never serves another and nothing crosses requests.
 * graphql-shield's own `contextual` cache would key by the rule's name alone.
 */
export function parentRule<Parent, Context extends RuleContext = BaseContext<unknown>>(
  name: string,
  check: (parent: Parent, context: Context) => boolean | Promise<boolean>,
): ShieldRule {
  const decide = perParent(check);
  const made = rule(name, { cache: 'no_cache' })((parent: Parent, _args, context: Context) => decide(parent, context));
  parentChecks.set(made, decide as ParentCheck);
  return made;
}

/**
 * A rule that reads the parent and guards one field only, so there is nothing to remember: it runs
 * on every call. Its expensive part, shared with the type's other fields, belongs in `perParent`.
 */
export function fieldRule<Parent, Context = BaseContext<unknown>>(
  name: string,
  check: (parent: Parent, context: Context) => boolean | Promise<boolean>,
): ShieldRule {
  const made = rule(name, { cache: 'no_cache' })(async (parent: Parent, _args, context: Context) => check(parent, context));
  parentChecks.set(made, check as ParentCheck);
  return made;
}

/** What a rule on a record of a youth's personal data found: whose data it is, and whether the caller may read it. */
export interface Verdict {
  youthId: string;
  allowed: boolean;
}

/**
 * A field of a youth's personal data: it takes the verdict its record shares with the record's
 * other fields (made once per object by `perParent`) and writes its own read, allowed or refused,
 * to the request's audit trail under its own name. No verdict means no such record: nothing to
 * read and nothing to audit.
 */
export function auditedField<Parent, Context extends BaseContext<unknown>>(
  field: string,
  verdictOf: (parent: Parent, context: Context) => Eventually<Verdict | null>,
): ShieldRule {
  const judge = (verdict: Verdict | null, context: Context): boolean => {
    if (!verdict) return false;
    const recorded = context.audit.readNow(verdict.youthId, field, verdict.allowed);
    return verdict.allowed && recorded;
  };
  const made = rule(field, { cache: 'no_cache' })(async (parent: Parent, _args, context: Context) => judge(await verdictOf(parent, context), context));
  parentChecks.set(made, (parent, context) => {
    const verdict = verdictOf(parent as Parent, context as Context);
    // Decided already (the usual case after the object's first field): no promise, no closure.
    return verdict instanceof Promise ? verdict.then((made) => judge(made, context as Context)) : judge(verdict, context as Context);
  });
  return made;
}

/**
 * What a request remembers of its rules: per decision (a `perParent`), per parent object, the
 * answer, or the promise of it while it is being made. Never shared across requests.
 */
export type RuleAnswers = WeakMap<object, WeakMap<object, unknown>>;

/** The part of a context that `perParent` needs. */
export interface RuleContext {
  ruleAnswers: RuleAnswers;
}

/**
 * A decision about a parent object that several rules (or several fields) share, made once per
 * request and object. Parents that are not objects (the root) are decided on every call. The answer
 * comes as a plain value once it is made (at once, when `decide` needs nothing it must wait for), so
 * the object's later fields read it without a promise; only while it is being made is it a promise.
 * An answer is never `undefined` (the type says so): that is how the request's map says "not yet".
 */
export function perParent<Parent, Context extends RuleContext, Answer extends NonNullable<unknown> | null>(
  decide: (parent: Parent, context: Context) => Eventually<Answer>,
): (parent: Parent, context: Context) => Eventually<Answer> {
  // This decision's answers in each request, keyed by parent object.
  const key = {};
  return (parent, context) => {
    if (typeof parent !== 'object' || parent === null) return decideOnce(decide, parent, context);
    let answers = context.ruleAnswers.get(key);
    if (!answers) {
      answers = new WeakMap();
      context.ruleAnswers.set(key, answers);
    }
    const known = answers.get(parent) as Eventually<Answer> | undefined;
    if (known !== undefined) return known;
    const made = decideOnce(decide, parent, context);
    if (made instanceof Promise) {
      const kept = answers;
      // Later fields of the same object read the answer without waiting for it once it is made; a
      // failed decision stays a rejected promise, so every field of the object is refused alike.
      made.then(
        (value) => kept.set(parent, value),
        () => undefined,
      );
    }
    answers.set(parent, made);
    return made;
  };
}

/** `decide`'s answer, with a throw turned into a rejected promise as an `async` decision would give. */
function decideOnce<Parent, Context, Answer>(decide: (parent: Parent, context: Context) => Eventually<Answer>, parent: Parent, context: Context): Eventually<Answer> {
  try {
    return decide(parent, context);
  } catch (error) {
    return Promise.reject(error);
  }
}

/** A value now, or a promise of it. */
export type Eventually<T> = T | Promise<T>;

/**
 * `next` applied at once to a value that is already there (a plain value, or a `perParent` answer
 * already made), else when it comes: rules that decide from facts the request holds answer without
 * a promise per field.
 */
export function andThen<T, U>(value: Eventually<T>, next: (value: T) => Eventually<U>): Eventually<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/** Every field of every object type that has no explicit rule: the coverage test wants none. */
export function fieldsWithoutRules(schema: GraphQLSchema, ruleTree: RuleTree): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeRules = ruleTree[type.name] ?? {};
    for (const field of Object.keys(type.getFields())) {
      if (!(field in typeRules)) missing.push(`${type.name}.${field}`);
    }
  }
  return missing;
}
