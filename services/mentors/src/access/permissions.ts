import { createPermissions, deny, parentRule, roleRule, type RuleTree, type ShieldRule } from '@mentor/common';
import type { Context } from '../context.js';
import { matrix, type FactSource, type Grant, type TypeAccess } from './matrix.js';
import { allows, rolesOf, type RelationFacts } from './scope.js';

/**
 * The graphql-shield rule tree, built from the matrix: one explicit rule per field, deny for anything
 * the matrix misses. A group every reader of which holds by role alone gets a role rule (cacheable per
 * request); a group with a relation gets a rule that reads the record's relation facts from the
 * request's loaders by id, never from the parent object, so a forged `_entities` representation
 * cannot vouch for itself. Lists and reference lookups are scoped in the resolvers as well; these
 * rules are the second line.
 */

const factsOf: Record<Exclude<FactSource, 'none'>, (parent: Record<string, unknown>, context: Context) => Promise<RelationFacts | null>> = {
  async mentor(parent, context) {
    const mentor = await context.loaders.mentorById.load(String(parent.id));
    return mentor && { mentorId: mentor.id, providerId: mentor.providerId };
  },
  async mentorRecord(parent, context) {
    const mentor = await context.loaders.mentorById.load(String(parent.mentorId));
    return mentor && { mentorId: mentor.id, providerId: mentor.providerId };
  },
  async experienceReport(parent, context) {
    const report = await context.loaders.experienceReportById.load(String(parent.id));
    return report && { providerId: report.providerId, published: report.published };
  },
};

function readRule(name: string, facts: FactSource, readers: readonly Grant[]): ShieldRule {
  if (readers.length === 0) return deny;
  if (readers.every((grant) => grant.relation === 'any')) return roleRule(...rolesOf(readers));
  if (facts === 'none') throw new Error(`${name}: a relation needs the type's facts`);
  const load = factsOf[facts];
  return parentRule<Record<string, unknown>, Context>(name, async (parent, context) => {
    const found = await load(parent, context);
    return found !== null && allows(readers, context.identity, found);
  });
}

/** Who may run a root field: by role here; the relation to the record is checked by the resolver or command (require.ts). */
function rootRules(grants: Readonly<Record<string, readonly Grant[]>>): Record<string, ShieldRule> {
  return Object.fromEntries(Object.entries(grants).map(([field, readers]) => [field, readers.length ? roleRule(...rolesOf(readers)) : deny]));
}

function typeRules(typeName: string, access: TypeAccess): Record<string, ShieldRule> {
  const rules: Record<string, ShieldRule> = {};
  for (const [groupName, group] of Object.entries(access.groups)) {
    const rule = readRule(`${typeName}:${groupName}`, access.facts, group.readers);
    for (const field of group.fields) rules[field] = rule;
  }
  return rules;
}

export const ruleTree: RuleTree = {
  Query: rootRules(matrix.queries),
  Mutation: rootRules(matrix.mutations),
  ...Object.fromEntries(Object.entries(matrix.types).map(([typeName, access]) => [typeName, typeRules(typeName, access)])),
};

export const permissions = createPermissions(ruleTree);
