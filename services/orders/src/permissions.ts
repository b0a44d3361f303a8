import { auditedField, createPermissions, deny, isUuid, parentRule, perParent, roleRule, roles, rule, searchTermKind, type Identity, type Role, type RuleTree, type ShieldRule, type Verdict } from '@mentor/common';
import {
  maySeeOrderField,
  maySeeScheduleEntry,
  maySeeSession,
  maySeeYouthField,
  relatesToYouth,
  youthFieldGroups,
  type OrderFacts,
  type OrderFieldGroup,
  type YouthFacts,
  type YouthFieldGroup,
} from './access.js';
import type { OrdersContext } from './context.js';
import { AUDIT_CPR_SEARCH } from './rules/audit-search.js';
import type { TimedEntry } from './teaching-hours.js';

/**
 * The field rules of DESIGN §4 for the orders subgraph: an explicit rule for every field of every
 * object type, deny for anything missed. Rules on a record decide from relation facts loaded by
 * the record's id (in the statement that read the record's row, or one statement per batch when
 * the row did not come from here), never from fields of the parent object, so a forged
 * `_entities` representation cannot vouch for itself. A record's facts are loaded, and each group
 * of its fields decided, once per request and record object (`perParent`, kept on the request's
 * context), so one youth's answer never serves the next in a list nor another request. Reads of a
 * youth's personal data are audited field by field, allowed or refused; the request's records are
 * stored when the operation is done, and a response whose records cannot be stored carries no data.
 * Lists and reference lookups are scoped in the resolvers as well: these rules are the second line.
 */

const authenticated = roleRule(...roles);
const youthReaderRoles: Role[] = ['CASEWORKER', 'MENTOR', 'PROVIDER_COORDINATOR', 'INSTITUTION_STAFF', 'YOUTH_GUIDE', 'SOCIAL_WORKER'];
const youthReaders = roleRule(...youthReaderRoles);
const orderReaders = roleRule('CASEWORKER', 'MENTOR', 'PROVIDER_COORDINATOR', 'INSTITUTION_STAFF', 'YOUTH_GUIDE');
const caseworkers = roleRule('CASEWORKER');
const providerCoordinators = roleRule('PROVIDER_COORDINATOR');
const mentors = roleRule('MENTOR');
const caseworkersAndProviders = roleRule('CASEWORKER', 'PROVIDER_COORDINATOR');
/** The callers whose action in partners (enrollment, consent, youth guide) changes a relation mirrored here. */
const relationRecorders = roleRule('INSTITUTION_STAFF', 'CASEWORKER', 'SOCIAL_WORKER', 'YOUTH_GUIDE');
const auditors = roleRule('AUDITOR');
/** The due list is every role's but the auditor's; its lists are filled only for the caller's own organisation. */
const dueListReaders = roleRule('CASEWORKER', 'MENTOR', 'PROVIDER_COORDINATOR', 'INSTITUTION_STAFF', 'YOUTH_GUIDE', 'SOCIAL_WORKER');
/** Success metrics are aggregates for those who buy, deliver or host the support; the scope is narrowed in the resolver. */
const metricsReaders = roleRule('CASEWORKER', 'PROVIDER_COORDINATOR', 'INSTITUTION_STAFF');

type VerdictOf<Parent> = (parent: Parent, context: OrdersContext) => Promise<Verdict | null>;

/** The youth's facts, loaded by its id once per request and youth object. */
const youthFactsOf = perParent<{ id: string }, OrdersContext, YouthFacts | null>(async (youth, context) =>
  // No youth has such an id: there is nothing to read and nothing to audit.
  isUuid(youth.id) ? context.loaders.youthFacts.load(youth.id) : null,
);

/** The verdict on one group of a youth's fields: every field of the group is read or refused alike. */
function youthGroupVerdict(group: YouthFieldGroup): VerdictOf<{ id: string }> {
  return perParent<{ id: string }, OrdersContext, Verdict | null>(async (youth, context) => {
    const facts = await youthFactsOf(youth, context);
    return facts && { youthId: facts.id, allowed: maySeeYouthField(context.identity, facts, group) };
  });
}

const youthId = parentRule<{ id: string }, OrdersContext>('Youth.id', async (youth, context) => {
  const facts = await youthFactsOf(youth, context);
  return facts !== null && relatesToYouth(context.identity, facts);
});

async function orderFactsOf(context: OrdersContext, orderId: string): Promise<OrderFacts | null> {
  return isUuid(orderId) ? context.loaders.orderFacts.load(orderId) : null;
}

/** The facts of the order a record belongs to, loaded once per request and record object. */
function factsOfOrder<Parent>(orderIdOf: (parent: Parent) => string) {
  return perParent<Parent, OrdersContext, OrderFacts | null>((parent, context) => orderFactsOf(context, orderIdOf(parent)));
}

/**
 * The verdict on a record that belongs to an order, decided from the order's relations; `factsOf`
 * is shared by every verdict on the same kind of record.
 */
function byOrder<Parent>(
  factsOf: (parent: Parent, context: OrdersContext) => Promise<OrderFacts | null>,
  decide: (identity: Identity, order: OrderFacts, parent: Parent) => boolean,
): VerdictOf<Parent> {
  return perParent<Parent, OrdersContext, Verdict | null>(async (parent, context) => {
    const order = await factsOf(parent, context);
    return order && { youthId: order.youthId, allowed: decide(context.identity, order, parent) };
  });
}

/** A rule for fields whose reads are not audited: the verdict alone, shared by every field it guards. */
function visible<Parent>(name: string, verdictOf: VerdictOf<Parent>): ShieldRule {
  return parentRule<Parent, OrdersContext>(name, async (parent, context) => (await verdictOf(parent, context))?.allowed === true);
}

type OfOrder = { orderId: string };
const orderFacts = factsOfOrder<{ id: string }>((order) => order.id);
const recordFacts = factsOfOrder<OfOrder>((record) => record.orderId);
const orderGroupVerdict = (group: OrderFieldGroup) => byOrder(orderFacts, (identity, order) => maySeeOrderField(identity, order, group));
const recordGroup = (name: string, group: OrderFieldGroup) =>
  visible(name, byOrder(recordFacts, (identity, order) => maySeeOrderField(identity, order, group)));

/**
 * The order's youth: the caller must relate to the youth itself (a mentor does for 30 days after the
 * order ends). The rule runs before the resolver reads the youth's row; reading it here first (the
 * resolver then finds it loaded) brings the facts along, so they cost no statement of their own.
 * A youth outside the caller's scope has no row to bring them: its facts are read by id.
 */
const orderYouth = parentRule<{ youthId: string }, OrdersContext>('Order.youth', async (order, context) => {
  if (!isUuid(order.youthId)) return false;
  await context.loaders.youth.load(order.youthId);
  const facts = await context.loaders.youthFacts.load(order.youthId);
  return facts !== null && relatesToYouth(context.identity, facts);
});

const orderCase = orderGroupVerdict('case');
const orderEligibility = orderGroupVerdict('eligibility');
const orderInfo = visible('Order:order', orderGroupVerdict('order'));
const orderProgress = visible('Order:progress', orderGroupVerdict('progress'));
const session = byOrder<OfOrder & { mentorId: string }>(recordFacts, maySeeSession);
const sessionVisible = visible('MentorSession', session);
const entryVisible = visible('ScheduleEntry', byOrder<OfOrder & TimedEntry>(recordFacts, maySeeScheduleEntry));

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
function recordedRefusal<Args>(name: string, allowed: readonly Role[], record: (args: Args, audit: OrdersContext['audit']) => void): ShieldRule {
  return rule(name, { cache: 'no_cache' })((_parent, args: Args, context: OrdersContext) => {
    if (allowed.some((role) => context.identity.roles.includes(role))) return true;
    record(args, context.audit);
    return false;
  });
}

/** An id tried: a REFUSED record under it, when it can be a youth's. */
const refuseId = (id: unknown, attempt: string, audit: OrdersContext['audit']) => {
  if (typeof id === 'string' && isUuid(id)) audit.refuse(id, attempt);
};

const youthById = recordedRefusal<{ id?: unknown }>('Query.youth', youthReaderRoles, (args, audit) => refuseId(args.id, 'Query.youth', audit));
const youthSearch = recordedRefusal<{ search?: unknown }>('Query.youths', youthReaderRoles, (args, audit) => {
  const search = typeof args.search === 'string' ? args.search.trim() : '';
  if (search) audit.action(`Query.youths(search: ${searchTermKind(search)})`, false);
});
const auditLogExport = recordedRefusal<{ youthId?: unknown }>('Query.auditLog', ['AUDITOR'], (args, audit) => refuseId(args.youthId, 'Query.auditLog', audit));
// A refused search by CPR number is recorded by its kind: the number is never stored.
const auditLogSearch = recordedRefusal('Query.auditLogByCpr', ['AUDITOR'], (_args, audit) => audit.action(AUDIT_CPR_SEARCH, false));
const nationalReportExport = recordedRefusal('Query.nationalReport', ['CASEWORKER'], (_args, audit) => audit.action('Query.nationalReport', false));

const connection = allFields(['edges', 'pageInfo', 'totalCount'], authenticated);
const edge = allFields(['cursor', 'node'], authenticated);

export const ruleTree: RuleTree = {
  Query: {
    // Scoped in the resolvers: a youth or order the caller does not relate to is null, a list leaves it out.
    youth: youthById,
    youths: youthSearch,
    order: orderReaders,
    orders: orderReaders,
    // The municipalities' published rule sets.
    serviceStandards: authenticated,
    auditLog: auditLogExport,
    auditLogByCpr: auditLogSearch,
    dueList: dueListReaders,
    successMetrics: metricsReaders,
    // The resolver narrows it to the order's provider and the youth's caseworker.
    suggestMentors: caseworkersAndProviders,
    // The resolver exports the caller's own unit only, and audits every CPR number in it.
    nationalReport: nationalReportExport,
    // Each reference resolver scopes what it returns, and the entity's field rules apply to it.
    _entities: authenticated,
    // The supergraph is composed from the committed files; nobody needs the SDL at runtime.
    _service: deny,
  },
  _Service: { sdl: deny },
  Mutation: {
    registerYouth: caseworkers,
    placeOrder: caseworkers,
    acceptOrder: providerCoordinators,
    rejectOrder: providerCoordinators,
    assignMentor: providerCoordinators,
    signAgreement: providerCoordinators,
    publishSchedule: providerCoordinators,
    logSession: mentors,
    recordFollowUp: caseworkers,
    recordEffectAssessment: caseworkers,
    recordSpsClarification: caseworkersAndProviders,
    extendOrder: caseworkers,
    completeOrder: caseworkers,
    cancelOrder: caseworkers,
    recordHomeVisitConsent: caseworkers,
    recordYouthRelations: relationRecorders,
  },
  Youth: youthFields(),
  YouthConnection: connection,
  YouthEdge: edge,
  Order: {
    ...allFields(
      [
        'id',
        'reference',
        'provider',
        'mentor',
        'institution',
        'weeklyHours',
        'weeks',
        'totalHours',
        'deliveredHours',
        'startDate',
        'endDate',
        'deliveryMunicipalityCode',
        'status',
        'version',
        'extensions',
        'followUpDue',
        'effectAssessmentDue',
        'weeklyReconciliation',
        'missedContactWeeks',
        'outcome',
        'serviceStandard',
        'createdAt',
        'updatedAt',
      ],
      orderInfo,
    ),
    youth: orderYouth,
    ...allFields(['goalKind', 'requestedActivities', 'rejectionReason', 'cancellationReason'], visible('Order:case', orderCase)),
    goal: auditedField('Order.goal', orderCase),
    tasks: auditedField('Order.tasks', orderCase),
    agreement: auditedField('Order.agreement', orderCase),
    spsClarification: auditedField('Order.spsClarification', orderCase),
    targetGroup: auditedField('Order.targetGroup', orderEligibility),
    legalBasis: auditedField('Order.legalBasis', orderEligibility),
    schedules: visible('Order:schedules', orderGroupVerdict('schedules')),
    followUps: orderProgress,
    effectAssessments: orderProgress,
    sessions: visible('Order:sessions', orderGroupVerdict('sessions')),
  },
  OrderConnection: connection,
  OrderEdge: edge,
  WeekDelivery: allFields(['weekStart', 'weekEnd', 'plannedHours', 'deliveredHours', 'difference', 'status', 'scheduled'], recordGroup('WeekDelivery', 'order')),
  SpsClarification: allFields(['text', 'clarifiedOn'], recordGroup('SpsClarification', 'case')),
  MentorAgreement: allFields(
    ['id', 'goal', 'mentorName', 'mentorContact', 'tasks', 'startDate', 'endDate', 'weeklyHours', 'totalHours', 'complaintGuidance', 'signedOn'],
    recordGroup('MentorAgreement', 'case'),
  ),
  Schedule: allFields(['id', 'kind', 'validFrom', 'validTo', 'publishedAt', 'entries'], recordGroup('Schedule', 'schedules')),
  ScheduleEntry: allFields(['id', 'date', 'startTime', 'endTime', 'hours', 'place', 'activity', 'duringTeachingHours'], entryVisible),
  MentorSession: {
    ...allFields(['id', 'date', 'minutes', 'form', 'place', 'specialReason', 'activities', 'phase', 'mentor', 'createdAt'], sessionVisible),
    journalNote: auditedField('MentorSession.journalNote', session),
  },
  MentorSessionConnection: connection,
  MentorSessionEdge: edge,
  FollowUp: allFields(['id', 'date', 'statusAssessment', 'progression', 'nextStep'], recordGroup('FollowUp', 'progress')),
  EffectAssessment: allFields(['id', 'date', 'effect', 'assessment', 'recommendation'], recordGroup('EffectAssessment', 'progress')),
  OrderExtension: {
    ...allFields(['id', 'weeks', 'previousEndDate', 'newEndDate', 'grantedAt'], recordGroup('OrderExtension:order', 'order')),
    specialJustification: recordGroup('OrderExtension:case', 'case'),
  },
  Outcome: {
    ...allFields(['kind', 'recordedAt'], recordGroup('Outcome:order', 'order')),
    ...allFields(['youthSatisfaction', 'note'], recordGroup('Outcome:case', 'case')),
  },
  ServiceStandard: allFields(['id', 'municipalityCode', 'name', 'version', 'effectiveFrom', 'rules'], authenticated),
  // Stubs of entities other subgraphs own: the id is theirs to show; the orders list is scoped in the resolver.
  Provider: { id: authenticated, orders: orderReaders },
  Mentor: { id: authenticated, orders: orderReaders },
  Institution: { id: authenticated, orders: orderReaders },
  DueList: allFields(['id', 'followUpsDue', 'effectAssessmentsDue', 'underDelivering', 'missedWeeklyContacts', 'awaitingAcceptance', 'awaitingMentor'], dueListReaders),
  MentorSuggestion: allFields(['mentor', 'eligible', 'score', 'reasons', 'reasonDetails'], caseworkersAndProviders),
  SuggestionReason: allFields(
    ['code', 'mentorKind', 'targetGroup', 'validUntil', 'knowsTargetGroup', 'weeklyHours', 'loadHours', 'capacityHours', 'freeHours', 'languages', 'municipalityCode'],
    caseworkersAndProviders,
  ),
  SuccessMetrics: allFields(
    ['count', 'suppressed', 'completedEducationShare', 'transferredShare', 'droppedOutShare', 'averageYouthSatisfaction', 'averagePartnerRating', 'partnerRatingCount', 'orderedHours', 'deliveredHours'],
    metricsReaders,
  ),
  PageInfo: allFields(['hasNextPage', 'endCursor'], authenticated),
  AuditLog: allFields(['youthId', 'records'], auditors),
  AuditRecord: allFields(['at', 'userId', 'role', 'unit', 'fields', 'deniedFields', 'purpose', 'requestId', 'outcome'], auditors),
};

export const permissions = createPermissions(ruleTree);
