import { createPermissions, deny, isUuid, parentRule, roleRule, roles, type Identity, type RuleTree, type ShieldRule } from '@mentor/common';
import {
  maySeeOrderField,
  maySeeScheduleEntry,
  maySeeSession,
  maySeeYouthField,
  relatesToYouth,
  youthFieldGroups,
  type OrderFacts,
  type OrderFieldGroup,
  type YouthFieldGroup,
} from './access.js';
import type { OrdersContext } from './context.js';
import type { TimedEntry } from './teaching-hours.js';

/**
 * The field rules of DESIGN §4 for the orders subgraph: an explicit rule for every field of every
 * object type, deny for anything missed. Rules on a record decide from relation facts loaded by
 * the record's id (one statement per batch), never from fields of the parent object, so a forged
 * `_entities` representation cannot vouch for itself; they are `parentRule`s, never cached, so one
 * youth's answer never leaks to the next in a list. Reads of a youth's personal data are audited,
 * allowed or refused, and refused when the audit record cannot be stored. Lists and reference
 * lookups are scoped in the resolvers as well: these rules are the second line.
 */

const authenticated = roleRule(...roles);
const youthReaders = roleRule('CASEWORKER', 'MENTOR', 'PROVIDER_COORDINATOR', 'INSTITUTION_STAFF', 'YOUTH_GUIDE', 'SOCIAL_WORKER');
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

/** Writes the read to the audit trail; the field is refused when it was not allowed or the record was not stored. */
async function audited(context: OrdersContext, youthId: string, field: string, allowed: boolean): Promise<boolean> {
  const recorded = await context.audit.read(youthId, field, allowed);
  return allowed && recorded;
}

function youthField(field: string, group: YouthFieldGroup): ShieldRule {
  return parentRule<{ id: string }, OrdersContext>(`Youth.${field}`, async (youth, context) => {
    // No youth has such an id: there is nothing to read and nothing to audit.
    const facts = isUuid(youth.id) ? await context.loaders.youthFacts.load(youth.id) : null;
    if (!facts) return false;
    return audited(context, facts.id, `Youth.${field}`, maySeeYouthField(context.identity, facts, group));
  });
}

const youthId = parentRule<{ id: string }, OrdersContext>('Youth.id', async (youth, context) => {
  const facts = isUuid(youth.id) ? await context.loaders.youthFacts.load(youth.id) : null;
  return facts !== null && relatesToYouth(context.identity, facts);
});

async function orderFactsOf(context: OrdersContext, orderId: string): Promise<OrderFacts | null> {
  return isUuid(orderId) ? context.loaders.orderFacts.load(orderId) : null;
}

/** A rule on a record that belongs to an order, decided from the order's relations; `audit` names the field when it is personal data. */
function byOrder<Parent>(
  name: string,
  orderIdOf: (parent: Parent) => string,
  decide: (identity: Identity, order: OrderFacts, parent: Parent) => boolean,
  options: { audit?: boolean } = {},
): ShieldRule {
  return parentRule<Parent, OrdersContext>(name, async (parent, context) => {
    const order = await orderFactsOf(context, orderIdOf(parent));
    if (!order) return false;
    const allowed = decide(context.identity, order, parent);
    return options.audit ? audited(context, order.youthId, name, allowed) : allowed;
  });
}

type OfOrder = { orderId: string };
const orderGroup = (name: string, group: OrderFieldGroup, options?: { audit?: boolean }) =>
  byOrder<{ id: string }>(name, (order) => order.id, (identity, order) => maySeeOrderField(identity, order, group), options);
const recordGroup = (name: string, group: OrderFieldGroup) =>
  byOrder<OfOrder>(name, (record) => record.orderId, (identity, order) => maySeeOrderField(identity, order, group));

/** The order's youth: the caller must relate to the youth itself (a mentor does for 30 days after the order ends). */
const orderYouth = parentRule<{ youthId: string }, OrdersContext>('Order.youth', async (order, context) => {
  const facts = isUuid(order.youthId) ? await context.loaders.youthFacts.load(order.youthId) : null;
  return facts !== null && relatesToYouth(context.identity, facts);
});

const orderInfo = orderGroup('Order:order', 'order');
const orderCase = orderGroup('Order:case', 'case');
const orderProgress = orderGroup('Order:progress', 'progress');
const sessionVisible = byOrder<{ orderId: string; mentorId: string }>('MentorSession', (session) => session.orderId, maySeeSession);
const entryVisible = byOrder<OfOrder & TimedEntry>('ScheduleEntry', (entry) => entry.orderId, maySeeScheduleEntry);

/** The same rule for every field of a type whose objects are visible or hidden as a whole. */
function allFields<Field extends string>(fields: readonly Field[], rule: ShieldRule): Record<Field, ShieldRule> {
  return Object.fromEntries(fields.map((field) => [field, rule])) as Record<Field, ShieldRule>;
}

function youthFields(): Record<string, ShieldRule> {
  const rules: Record<string, ShieldRule> = { id: youthId };
  for (const [group, fields] of Object.entries(youthFieldGroups) as [YouthFieldGroup, readonly string[]][]) {
    for (const field of fields) rules[field] = youthField(field, group);
  }
  return rules;
}

const connection = allFields(['edges', 'pageInfo', 'totalCount'], authenticated);
const edge = allFields(['cursor', 'node'], authenticated);

export const ruleTree: RuleTree = {
  Query: {
    // Scoped in the resolvers: a youth or order the caller does not relate to is null, a list leaves it out.
    youth: youthReaders,
    youths: youthReaders,
    order: orderReaders,
    orders: orderReaders,
    // The municipalities' published rule sets.
    serviceStandards: authenticated,
    auditLog: auditors,
    dueList: dueListReaders,
    successMetrics: metricsReaders,
    // The resolver narrows it to the order's provider and the youth's caseworker.
    suggestMentors: caseworkersAndProviders,
    // The resolver exports the caller's own unit only, and audits every CPR number in it.
    nationalReport: caseworkers,
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
    ...allFields(['goalKind', 'requestedActivities', 'rejectionReason', 'cancellationReason'], orderCase),
    goal: orderGroup('Order.goal', 'case', { audit: true }),
    tasks: orderGroup('Order.tasks', 'case', { audit: true }),
    agreement: orderGroup('Order.agreement', 'case', { audit: true }),
    spsClarification: orderGroup('Order.spsClarification', 'case', { audit: true }),
    targetGroup: orderGroup('Order.targetGroup', 'eligibility', { audit: true }),
    legalBasis: orderGroup('Order.legalBasis', 'eligibility', { audit: true }),
    schedules: orderGroup('Order:schedules', 'schedules'),
    followUps: orderProgress,
    effectAssessments: orderProgress,
    sessions: orderGroup('Order:sessions', 'sessions'),
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
    journalNote: byOrder<{ orderId: string; mentorId: string }>('MentorSession.journalNote', (session) => session.orderId, maySeeSession, { audit: true }),
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
  MentorSuggestion: allFields(['mentor', 'eligible', 'score', 'reasons'], caseworkersAndProviders),
  SuccessMetrics: allFields(
    ['count', 'completedEducationShare', 'transferredShare', 'droppedOutShare', 'averageYouthSatisfaction', 'averagePartnerRating', 'partnerRatingCount', 'orderedHours', 'deliveredHours'],
    metricsReaders,
  ),
  PageInfo: allFields(['hasNextPage', 'endCursor'], authenticated),
  AuditLog: allFields(['youthId', 'records'], auditors),
  AuditRecord: allFields(['at', 'userId', 'role', 'unit', 'fields', 'deniedFields', 'purpose', 'requestId', 'outcome'], auditors),
};

export const permissions = createPermissions(ruleTree);
