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
 * Rules that read the parent must use `parentRule`, which is never cached.
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

export function parentRule<Parent, Context = BaseContext<unknown>>(
  name: string,
  check: (parent: Parent, context: Context) => boolean | Promise<boolean>,
): ShieldRule {
  return rule(name, { cache: 'no_cache' })(async (parent: Parent, _args, context: Context) => check(parent, context));
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
