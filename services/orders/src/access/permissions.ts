import { andThen, auditedField, createPermissions, deny, isUuid, parentRule, perParent, roleRule, rule, searchTermKind, serviceRule, type Eventually, type Identity, type Role, type RuleTree, type ShieldRule, type Verdict } from '@mentor/common';
import type { Context } from '../context.js';
import type { TimedEntry } from '../rules/teaching-hours.js';
import { AUDIT_CPR_SEARCH } from '../rules/audit-search.js';
import {
  mutationAccess,
  serviceAccess,
  orderFieldGroups,
  queryAccess,
  recordFields,
  roleFieldAccess,
  youthFieldGroups,
  type OrderFieldGroup,
  type YouthFieldGroup,
} from './matrix.js';
import { maySeeOrderField, maySeeScheduleEntry, maySeeSession, maySeeYouthField, relatesToYouth, type OrderFacts, type YouthFacts } from './scope.js';

/**
 * The graphql-shield rule tree of the orders subgraph, built from the matrix (matrix.ts): an
 * explicit rule for every field of every object type, deny for anything missed. Rules on a record
 * decide from relation facts loaded by the record's id (in the statement that read the record's
 * row, or one statement per batch when the row did not come from here), never from fields of the
 * parent object, so a forged `_entities` representation cannot vouch for itself. A record's facts
 * are loaded, and each group of its fields decided, once per request and record object
 * (`perParent`, kept on the request's context), so one youth's answer never serves the next in a
 * list nor another request. Reads of a youth's personal data are audited field by field, allowed
 * or refused; the request's records are stored when the operation is done, and a response whose
 * records cannot be stored carries no data. Lists and reference lookups are scoped in the
 * resolvers as well: these rules are the second line.
 */

type VerdictOf<Parent> = (parent: Parent, context: Context) => Eventually<Verdict | null>;

/**
 * The youth's facts: those its row brought along, else loaded by its id (the loader keeps one
 * promise per id, so every field of the youth shares it). No memo per object is needed here: the
 * decisions below, which are worth remembering, are.
 */
function youthFactsOf(youthId: string, context: Context): Eventually<YouthFacts | null> {
  // No youth has such an id: there is nothing to read and nothing to audit.
  // Facts the request's own rows brought along are keyed by ids from the database: no check needed.
  return context.loaders.knownYouthFacts(youthId) ?? (isUuid(youthId) ? context.loaders.youthFacts.load(youthId) : null);
}

/** The verdict on one group of a youth's fields: every field of the group is read or refused alike. */
function youthGroupVerdict(group: YouthFieldGroup): VerdictOf<{ id: string }> {
  return perParent<{ id: string }, Context, Verdict | null>((youth, context) =>
    andThen(youthFactsOf(youth.id, context), (facts) => facts && { youthId: facts.id, allowed: maySeeYouthField(context.identity, facts, group) }),
  );
}

const youthId = parentRule<{ id: string }, Context>('Youth.id', (youth, context) =>
  andThen(youthFactsOf(youth.id, context), (facts) => facts !== null && relatesToYouth(context.identity, facts)),
);

function orderFactsOf(context: Context, orderId: string): Eventually<OrderFacts | null> {
  return context.loaders.knownOrderFacts(orderId) ?? (isUuid(orderId) ? context.loaders.orderFacts.load(orderId) : null);
}

/** The facts of the order a record belongs to (like `youthFactsOf`, without a memo of its own). */
function factsOfOrder<Parent>(orderIdOf: (parent: Parent) => string) {
  return (parent: Parent, context: Context) => orderFactsOf(context, orderIdOf(parent));
}

/**
 * The verdict on a record that belongs to an order, decided from the order's relations; `factsOf`
 * is shared by every verdict on the same kind of record.
 */
function byOrder<Parent>(
  factsOf: (parent: Parent, context: Context) => Eventually<OrderFacts | null>,
  decide: (identity: Identity, order: OrderFacts, parent: Parent) => boolean,
): VerdictOf<Parent> {
  return perParent<Parent, Context, Verdict | null>((parent, context) =>
    andThen(factsOf(parent, context), (order) => order && { youthId: order.youthId, allowed: decide(context.identity, order, parent) }),
  );
}

/** A rule for fields whose reads are not audited: the verdict alone, shared by every field it guards. */
function visible<Parent>(name: string, verdictOf: VerdictOf<Parent>): ShieldRule {
  return parentRule<Parent, Context>(name, (parent, context) => andThen(verdictOf(parent, context), (verdict) => verdict?.allowed === true));
}

type OfOrder = { orderId: string };
const orderFacts = factsOfOrder<{ id: string }>((order) => order.id);
const recordFacts = factsOfOrder<OfOrder>((record) => record.orderId);
/**
 * The order's youth: the caller must relate to the youth itself (a mentor does for the grace period after the
 * order ends). The rule runs before the resolver reads the youth's row; reading it here first (the
 * resolver then finds it loaded) brings the facts along, so they cost no statement of their own.
 * A youth outside the caller's scope has no row to bring them: its facts are read by id.
 */
const orderYouth = parentRule<{ youthId: string }, Context>('Order.youth', (order, context) => {
  const { youthId } = order;
  if (!isUuid(youthId)) return false;
  const relates = (facts: YouthFacts | null) => facts !== null && relatesToYouth(context.identity, facts);
  // The youth's facts read already (with the order's row, an earlier order of the same youth, a page that brought it along): decided at once.
  const known = context.loaders.knownYouthFacts(youthId);
  if (known) return relates(known);
  return context.loaders.youth.load(youthId).then(() => andThen(youthFactsOf(youthId, context), relates));
});

const session = byOrder<OfOrder & { mentorId: string }>(recordFacts, maySeeSession);
const sessionVisible = visible('MentorSession', session);
// No other rule shares an entry's verdict, so it is remembered once per entry, by the rule itself.
const entryVisible = parentRule<OfOrder & TimedEntry, Context>('ScheduleEntry', (entry, context) =>
  andThen(recordFacts(entry, context), (order) => order !== null && maySeeScheduleEntry(context.identity, order, entry)),
);

/** The same rule for every field of a type whose objects are visible or hidden as a whole. */
function allFields<Field extends string>(fields: readonly Field[], rule: ShieldRule): Record<Field, ShieldRule> {
  return Object.fromEntries(fields.map((field) => [field, rule])) as Record<Field, ShieldRule>;
}

function youthFields(): Record<string, ShieldRule> {
  const rules: Record<string, ShieldRule> = { id: youthId };
  for (const [group, fields] of Object.entries(youthFieldGroups) as [YouthFieldGroup, readonly string[]][]) {
    const verdict = youthGroupVerdict(group);
    for (const field of fields) rules[field] = auditedField(`Youth.${field}`, verdict);
  }
  return rules;
}

/**
 * A root field for the `allowed` roles; anyone else's attempt is refused (FORBIDDEN) and recorded by
 * `record` in the request's audit records, so refused lookups, searches and exports are seen too.
 */
function recordedRefusal<Args>(name: string, allowed: readonly Role[], record: (args: Args, audit: Context['audit']) => void): ShieldRule {
  return rule(name, { cache: 'no_cache' })((_parent, args: Args, context: Context) => {
    if (allowed.some((role) => context.identity.roles.includes(role))) return true;
    record(args, context.audit);
    return false;
  });
}

/** An id tried: a REFUSED record under it, when it can be a youth's. */
const refuseId = (id: unknown, attempt: string, audit: Context['audit']) => {
  if (typeof id === 'string' && isUuid(id)) audit.refuse(id, attempt);
};

/** The refusals recorded in the audit trail, by root field (matrix: `recorded`). */
const recordRefusal: Record<string, (args: Record<string, unknown>, audit: Context['audit']) => void> = {
  youth: (args, audit) => refuseId(args.id, 'Query.youth', audit),
  youths: (args, audit) => {
    const search = typeof args.search === 'string' ? args.search.trim() : '';
    if (search) audit.action(`Query.youths(search: ${searchTermKind(search)})`, false);
  },
  auditLog: (args, audit) => refuseId(args.youthId, 'Query.auditLog', audit),
  auditLogByCpr: (_args, audit) => audit.action(AUDIT_CPR_SEARCH, false),
  nationalReport: (_args, audit) => audit.action('Query.nationalReport', false),
};

/** A rule for root field `name` from the roles the matrix gives it. */
function rootRule(type: 'Query' | 'Mutation', name: string, allowed: readonly Role[], recorded = false): ShieldRule {
  if (allowed.length === 0) return deny;
  if (!recorded) return roleRule(...allowed);
  const record = recordRefusal[name];
  if (!record) throw new Error(`${type}.${name} is recorded in the matrix but has no refusal record`);
  return recordedRefusal(`${type}.${name}`, allowed, record);
}

/** One rule for each of these fields. */
function fieldsOf(fields: readonly string[], ruleOf: ShieldRule): Record<string, ShieldRule> {
  return Object.fromEntries(fields.map((field) => [field, ruleOf]));
}

/** The replication fields: only the peer subgraph the matrix names, as itself (`serviceAccess`). */
function serviceRules(type: keyof typeof serviceAccess): Record<string, ShieldRule> {
  return Object.fromEntries(Object.entries(serviceAccess[type]).map(([name, service]) => [name, serviceRule(service)]));
}

/** Every field of every type the matrix decides by role alone. */
function roleFields(): RuleTree {
  return Object.fromEntries(
    Object.entries(roleFieldAccess).map(([type, fields]) => [type, Object.fromEntries(Object.entries(fields).map(([field, allowed]) => [field, roleRule(...allowed)]))]),
  );
}

/** Every field of the order's groups, on the Order and on each record that hangs off it. */
function orderGroupFields(): RuleTree {
  const tree: Record<string, Record<string, ShieldRule>> = {};
  const put = (type: string, field: string, ruleOf: ShieldRule) => {
    tree[type] ??= {};
    if (tree[type][field]) throw new Error(`${type}.${field} is in two groups of the matrix`);
    tree[type][field] = ruleOf;
  };
  for (const [group, { plain, audited }] of Object.entries(orderFieldGroups) as [OrderFieldGroup, (typeof orderFieldGroups)[OrderFieldGroup]][]) {
    for (const [type, fields] of Object.entries(plain)) {
      const visibleRule = visible(`${type}:${group}`, groupVerdict(type, group));
      for (const field of fields) put(type, field, visibleRule);
    }
    for (const [type, fields] of Object.entries(audited ?? {})) {
      for (const field of fields) put(type, field, auditedField(`${type}.${field}`, groupVerdict(type, group)));
    }
  }
  return tree;
}

/** The verdict on a group of an Order's fields (by its id) or of a record's (by its order's id): one per type and group, shared by its fields. */
const groupVerdicts = new Map<string, VerdictOf<never>>();
function groupVerdict(type: string, group: OrderFieldGroup): VerdictOf<never> {
  const key = `${type === 'Order' ? 'Order' : 'record'}:${group}`;
  let verdict = groupVerdicts.get(key);
  if (!verdict) {
    const decide = (identity: Identity, order: OrderFacts) => maySeeOrderField(identity, order, group);
    verdict = (type === 'Order' ? byOrder(orderFacts, decide) : byOrder(recordFacts, decide)) as VerdictOf<never>;
    groupVerdicts.set(key, verdict);
  }
  return verdict;
}

const orderGroups = orderGroupFields();

export const ruleTree: RuleTree = {
  ...roleFields(),
  Query: {
    ...Object.fromEntries(Object.entries(queryAccess).map(([name, access]) => [name, rootRule('Query', name, access.roles, 'recorded' in access && access.recorded)])),
    ...serviceRules('Query'),
  },
  _Service: { sdl: deny },
  // The reconciliation answer: reached only through replicatedYouthRelations, read by the same peer.
  ReplicatedYouthRelations: fieldsOf(['youthId', 'consents', 'enrolledInstitutionIds', 'youthGuideId'], serviceRule(serviceAccess.Query.replicatedYouthRelations)),
  ReplicatedConsent: fieldsOf(['id', 'bodyId', 'scope', 'givenOn', 'withdrawnOn'], serviceRule(serviceAccess.Query.replicatedYouthRelations)),
  Mutation: { ...Object.fromEntries(Object.entries(mutationAccess).map(([name, allowed]) => [name, rootRule('Mutation', name, allowed)])), ...serviceRules('Mutation') },
  Youth: youthFields(),
  Order: { ...orderGroups.Order, youth: orderYouth },
  ...Object.fromEntries(Object.entries(orderGroups).filter(([type]) => type !== 'Order')),
  ScheduleEntry: allFields(recordFields.ScheduleEntry.plain, entryVisible),
  MentorSession: {
    ...allFields(recordFields.MentorSession.plain, sessionVisible),
    ...Object.fromEntries(recordFields.MentorSession.audited.map((field) => [field, auditedField(`MentorSession.${field}`, session)])),
  },
};

export const permissions = createPermissions(ruleTree);
