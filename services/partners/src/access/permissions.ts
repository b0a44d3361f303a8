import { allow, andThen, auditedField, createPermissions, deny, isUuid, parentRule, perParent, roleRule, serviceRule, type RuleTree, type ShieldRule, type Verdict } from '@mentor/common';
import type { Context } from '../context.js';
import type { AttendanceConcern, CollaborationFeedback, Consent, Enrollment, Institution, YouthGuideAssignment, YouthReference } from '../entities/index.js';
import { mutationMatrix, readMatrix, serviceAccess, type FieldGroup, type ObjectTypeName, type Readers } from './matrix.js';
import { allows, isKuiStaff, mayNeed, rolesOf, type RelationFacts } from './scope.js';

/**
 * The graphql-shield rule tree of the partners subgraph, built from the matrix: every field of
 * every type gets the rule of its group (the coverage test holds the matrix to the schema), and
 * anything the matrix leaves out is denied. A group whose grants need no relation is a role rule,
 * safe to cache per request; one that needs a relation decides once per object and request
 * (`perParent`), from the facts below, loaded per request in one statement per batch. Youth data
 * is audited: each field records its own read, allowed or denied, under the youth. The resolvers
 * scope lists and lookups as well, so a mistake here cannot widen a list.
 */

/** How the facts of a record are found: whose personal data it is (audited), and the record's own facts. */
interface Subject<Parent> {
  youthOf?: (parent: Parent) => string;
  facts: (parent: Parent, context: Context, readers: Readers) => RelationFacts | Promise<RelationFacts>;
}

const subjects: { [Type in ObjectTypeName]?: Subject<never> } = {
  Institution: { facts: (institution: Institution) => ({ institutionId: institution.id }) } satisfies Subject<Institution>,
  Youth: { youthOf: (youth: YouthReference) => youth.id, facts: () => ({}) } satisfies Subject<YouthReference>,
  Enrollment: { youthOf: (enrollment: Enrollment) => enrollment.youthId, facts: (enrollment: Enrollment) => ({ institutionId: enrollment.institutionId }) } satisfies Subject<Enrollment>,
  AttendanceConcern: {
    youthOf: (concern: AttendanceConcern) => concern.enrollment.youthId,
    facts: (concern: AttendanceConcern) => ({ institutionId: concern.enrollment.institutionId }),
  } satisfies Subject<AttendanceConcern>,
  YouthGuideAssignment: {
    youthOf: (assignment: YouthGuideAssignment) => assignment.youthId,
    facts: (assignment: YouthGuideAssignment) => ({ namedGuideUserId: assignment.guideUserId }),
  } satisfies Subject<YouthGuideAssignment>,
  Consent: { youthOf: (consent: Consent) => consent.youthId, facts: (consent: Consent) => ({ bodyId: consent.bodyId }) } satisfies Subject<Consent>,
  CollaborationFeedback: {
    facts: async (feedback: CollaborationFeedback, { identity, loaders }: Context, readers: Readers) => ({
      organisationId: feedback.organisationId,
      orderUnitIds: mayNeed(readers, identity, 'orderUnit') ? await loaders.unitsByOrder.load(feedback.orderId) : [],
    }),
  } satisfies Subject<CollaborationFeedback>,
};

const NO_FACTS: RelationFacts = {};

/** Facts about the caller rather than the record, loaded only when a grant the caller could use needs them. */
function callerFacts(readers: Readers, context: Context): RelationFacts | Promise<RelationFacts> {
  if (!mayNeed(readers, context.identity, 'kuiStaff')) return NO_FACTS;
  return context.loaders.organisation.load(context.identity.org).then((organisation) => ({ callerIsKuiStaff: isKuiStaff(context.identity, organisation) }));
}

function needsRelation(readers: Readers): boolean {
  return typeof readers !== 'string' && readers.some((grant) => grant.relation !== 'any');
}

/** The rules of one field group: role rules, open or closed, or a decision on the parent's relations (audited for youth data). */
function groupRules(type: ObjectTypeName, group: FieldGroup): Record<string, ShieldRule> {
  const { readers } = group;
  const rules = (rule: (field: string) => ShieldRule) => Object.fromEntries(group.fields.map((field) => [field, rule(field)]));
  if (readers === 'open') return rules(() => allow);
  if (readers === 'nobody') return rules(() => deny);
  if (!needsRelation(readers)) {
    const byRole = roleRule(...rolesOf(readers));
    return rules(() => byRole);
  }
  const subject = subjects[type] as Subject<unknown> | undefined;
  if (!subject) throw new Error(`access permissions: ${type} has grants with relations but no subject to decide them from`);
  // Decided in place when every fact is at hand (a role's rules need no loaded fact of the caller).
  const decide = (parent: unknown, context: Context, relations: RelationFacts): boolean | Promise<boolean> => {
    const facts = subject.facts(parent, context, readers);
    const caller = callerFacts(readers, context);
    if (facts instanceof Promise || caller instanceof Promise) {
      return Promise.all([facts, caller]).then(([own, callers]) => allows(readers, context.identity, { ...relations, ...own, ...callers }));
    }
    return allows(readers, context.identity, { ...relations, ...facts, ...caller });
  };
  const { youthOf } = subject;
  if (!youthOf) {
    const rule = parentRule<unknown, Context>(`${type}.${group.fields.join('|')}`, (parent, context) => decide(parent, context, {}));
    return rules(() => rule);
  }
  const verdictOf = perParent<unknown, Context, Verdict | null>((parent, context) => {
    const youthId = youthOf(parent);
    // The youth's relations read for an earlier object of the request (the youth, then its enrollments) decide at once;
    // they are known only under ids the database gave.
    const known = context.loaders.knownYouthRelations(youthId);
    // No youth has such an id, so there is nothing to read and nothing to audit.
    if (!known && !isUuid(youthId)) return null;
    const relations = known ?? context.loaders.youthRelations.load(youthId);
    return andThen(relations, (known) => andThen(decide(parent, context, known), (allowed) => ({ youthId, allowed })));
  });
  return rules((field) => auditedField<unknown, Context>(`${type}.${field}`, verdictOf));
}

const readRules = Object.fromEntries(
  (Object.entries(readMatrix) as [ObjectTypeName, readonly FieldGroup[]][]).map(([type, groups]) => [
    type,
    Object.assign({}, ...groups.map((group) => groupRules(type, group))) as Record<string, ShieldRule>,
  ]),
) as Record<ObjectTypeName, Record<string, ShieldRule>>;

export const ruleTree: RuleTree = {
  ...readRules,
  Query: { ...readRules.Query, ...serviceRules('Query') },
  // The roles that may run each mutation; the command checks the relation against the record (require.ts).
  Mutation: {
    ...Object.fromEntries(Object.entries(mutationMatrix).map(([mutation, grants]) => [mutation, roleRule(...rolesOf(grants))])),
    ...serviceRules('Mutation'),
  },
  // The reconciliation answer: reached only through replicatedYouthLinks, read by the same peer.
  ReplicatedYouthLink: Object.fromEntries(
    ['youthId', 'caseworkerUnitId', 'providerIds', 'mentorIds', 'orderIds', 'placedInstitutionIds'].map((field) => [field, serviceRule(serviceAccess.Query.replicatedYouthLinks)]),
  ),
};

/** The replication fields: only the peer subgraph the matrix names, as itself (`serviceAccess`). */
function serviceRules(type: keyof typeof serviceAccess): Record<string, ShieldRule> {
  return Object.fromEntries(Object.entries(serviceAccess[type]).map(([name, service]) => [name, serviceRule(service)]));
}

export const permissions = createPermissions(ruleTree);
