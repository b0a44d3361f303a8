import { isObjectType, type GraphQLSchema } from 'graphql';
import { allow, and, deny, not, or, rule, shield, type IRule, type IRules } from 'graphql-shield';
import type { Role } from './auth.js';
import { forbidden } from './errors.js';
import type { BaseContext } from './subgraph.js';

export type ShieldRule = IRule | ReturnType<typeof and> | typeof allow | typeof deny;
export type RuleTree = Record<string, Record<string, ShieldRule>>;
export { allow, and, deny, not, or, rule };

/** graphql-shield with deny as the fallback: a field without a rule is refused, never open. */
export function createPermissions(ruleTree: RuleTree) {
  return shield(ruleTree as IRules, {
    fallbackRule: deny,
    fallbackError: forbidden(),
    // Errors resolvers throw on purpose (BAD_USER_INPUT, NOT_FOUND, …) pass through as they are.
    allowExternalErrors: true,
    debug: false,
  });
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
  }
  return existing;
}

const roleRules = new Map<string, ShieldRule>();

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
  return rule(name, { cache: 'no_cache' })((parent: Parent, _args, context: Context) => decide(parent, context));
}

/**
 * A rule that reads the parent and guards one field only, so there is nothing to remember: it runs
 * on every call. Its expensive part, shared with the type's other fields, belongs in `perParent`.
 */
export function fieldRule<Parent, Context = BaseContext<unknown>>(
  name: string,
  check: (parent: Parent, context: Context) => boolean | Promise<boolean>,
): ShieldRule {
  return rule(name, { cache: 'no_cache' })(async (parent: Parent, _args, context: Context) => check(parent, context));
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
  verdictOf: (parent: Parent, context: Context) => Promise<Verdict | null>,
): ShieldRule {
  return fieldRule<Parent, Context>(field, async (parent, context) => {
    const verdict = await verdictOf(parent, context);
    if (!verdict) return false;
    const recorded = await context.audit.read(verdict.youthId, field, verdict.allowed);
    return verdict.allowed && recorded;
  });
}

/** What a request remembers of its rules: per parent object, per decision. Never shared across requests. */
export type RuleAnswers = WeakMap<object, Map<unknown, Promise<unknown>>>;

/** The part of a context that `perParent` needs. */
export interface RuleContext {
  ruleAnswers: RuleAnswers;
}

/**
 * A decision about a parent object that several rules (or several fields) share, made once per
 * request and object. Parents that are not objects (the root) are decided on every call.
 */
export function perParent<Parent, Context extends RuleContext, Answer>(
  decide: (parent: Parent, context: Context) => Answer | Promise<Answer>,
): (parent: Parent, context: Context) => Promise<Answer> {
  const key = {};
  const run = async (parent: Parent, context: Context) => decide(parent, context);
  return (parent, context) => {
    if (typeof parent !== 'object' || parent === null) return run(parent, context);
    let answers = context.ruleAnswers.get(parent);
    if (!answers) {
      answers = new Map();
      context.ruleAnswers.set(parent, answers);
    }
    let answer = answers.get(key) as Promise<Answer> | undefined;
    if (!answer) {
      answer = run(parent, context);
      answers.set(key, answer);
    }
    return answer;
  };
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
